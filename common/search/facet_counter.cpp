/** @file facet_counter.cpp
 *  @brief From spy counts to the facet lists.
 */
#include "common/search/facet_counter.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

#include "common/extract/countries.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/schema.hpp"
#include "common/search/entry_spy.hpp"

namespace newsdex {

namespace {

void add_entry(EntryCounts& counts, std::string_view entry, Xapian::doccount count) {
    auto found = counts.find(entry);
    if (found == counts.end()) {
        counts.emplace(std::string(entry), count);
    } else {
        found->second += count;
    }
}

/// Splits a built-in spy's whole-value counts into entry counts.
EntryCounts split_spy_counts(const Xapian::ValueCountMatchSpy& spy) {
    EntryCounts counts;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        const std::string value = *it;
        for (auto entry : decode_facet(value)) add_entry(counts, entry, it.get_termfreq());
    }
    return counts;
}

/// The n-th entry of a people slot value; empty if it has fewer.
std::string nth_entry(std::string_view value, std::uint32_t n) {
    auto entries = decode_facet(value);
    return n < entries.size() ? std::string(entries[n]) : std::string();
}

/// Person entries by id, from the people slot of the first match holding each. Reading
/// many at once walks the slot's value stream forward once, in document order.
class PeopleNames {
  public:
    explicit PeopleNames(const Xapian::Database& database) : database_(database) {}

    void read_many(std::vector<IdCount> people) {
        std::sort(people.begin(), people.end(), [](const auto& a, const auto& b) { return a.document < b.document; });
        auto values = database_.valuestream_begin(schema::slot::people);
        for (const auto& person : people) {
            if (names_.contains(person.id)) continue;
            values.skip_to(person.document);
            if (values == database_.valuestream_end(schema::slot::people)) break;
            if (values.get_docid() == person.document) names_[person.id] = nth_entry(*values, person.entry);
        }
    }

    const std::string& entry(const IdCount& person) {
        auto found = names_.find(person.id);
        if (found != names_.end()) return found->second;
        std::string value = database_.get_document(person.document).get_value(schema::slot::people);
        return names_[person.id] = nth_entry(value, person.entry);
    }

  private:
    const Xapian::Database& database_;
    std::unordered_map<std::uint64_t, std::string> names_;
};

std::vector<CountryCount> countries_by_code(const EntryCounts& entries) {
    std::vector<CountryCount> countries;
    for (const auto& [code, count] : entries) countries.push_back({code, country_name(code), count});
    // By count; equal counts in code order, whatever order the hash map held them in.
    std::sort(countries.begin(), countries.end(),
              [](const auto& a, const auto& b) { return a.count != b.count ? a.count > b.count : a.code < b.code; });
    return countries;
}

}  // namespace

FacetCounter::FacetCounter(const Xapian::Database& database, Xapian::Enquire& enquire, FacetSpyKind kind)
    : database_(database) {
    if (kind == FacetSpyKind::entries) {
        entries_ = new EntrySpy;
        enquire.add_matchspy(entries_->release());
        return;
    }
    people_ = new Xapian::ValueCountMatchSpy(schema::slot::people);
    countries_ = new Xapian::ValueCountMatchSpy(schema::slot::countries);
    years_ = new Xapian::ValueCountMatchSpy(schema::slot::year);
    enquire.add_matchspy(people_->release());
    enquire.add_matchspy(countries_->release());
    enquire.add_matchspy(years_->release());
}

FacetTally FacetCounter::entry_spy_tally(std::size_t limit) const {
    FacetTally tally;
    std::unordered_map<std::uint32_t, std::vector<IdCount>> groups;
    std::vector<Xapian::doccount> counts;
    entries_->people().for_each([&](const IdCount& person) {
        groups[static_cast<std::uint32_t>(person.id >> person_group_shift)].push_back(person);
        counts.push_back(person.count);
    });
    // Read at once the names of every group that is likely to be named: those whose total
    // reaches the limit-th largest single count. Others are read one by one if needed.
    Xapian::doccount likely = 0;
    if (limit > 0 && counts.size() >= limit) {
        std::nth_element(counts.begin(), counts.begin() + static_cast<long>(limit - 1), counts.end(), std::greater<>());
        likely = counts[limit - 1];
    }
    auto names = std::make_shared<PeopleNames>(database_);
    std::vector<IdCount> wanted;
    for (auto& [group, people] : groups) {
        Xapian::doccount total = 0;
        for (const auto& person : people) total += person.count;
        if (total >= likely) wanted.insert(wanted.end(), people.begin(), people.end());
        tally.people.push_back({total, [names, people = std::move(people)] {
                                    EntryCounts entries;
                                    for (const auto& person : people) {
                                        // Empty only if the two facet slots disagree
                                        // (a damaged index): count no nameless person.
                                        const std::string& entry = names->entry(person);
                                        if (!entry.empty()) add_entry(entries, entry, person.count);
                                    }
                                    return entries;
                                }});
    }
    names->read_many(std::move(wanted));
    for (auto& [code, count] : entries_->countries()) tally.countries.emplace(std::move(code), count);
    tally.years = entries_->years();
    return tally;
}

FacetTally FacetCounter::built_in_tally() const {
    FacetTally tally;
    std::unordered_map<std::uint32_t, std::shared_ptr<EntryCounts>> groups;
    for (auto& [entry, count] : split_spy_counts(*people_)) {
        auto& group = groups[person_group_id(decode_person_entry(entry).first)];
        if (!group) group = std::make_shared<EntryCounts>();
        group->emplace(entry, count);
    }
    for (auto& [id, entries] : groups) {
        Xapian::doccount total = 0;
        for (const auto& [entry, count] : *entries) total += count;
        tally.people.push_back({total, [counts = entries] { return *counts; }});
    }
    tally.countries = split_spy_counts(*countries_);
    for (auto it = years_->values_begin(); it != years_->values_end(); ++it) {
        tally.years[static_cast<int>(std::lround(Xapian::sortable_unserialise(*it)))] += it.get_termfreq();
    }
    return tally;
}

Facets FacetCounter::collect(std::size_t limit, std::vector<PersonCount>& named_people) const {
    FacetTally tally = entries_ ? entry_spy_tally(limit) : built_in_tally();
    Facets facets;
    named_people = most_frequent_people(std::move(tally.people), limit);
    facets.people.assign(named_people.begin(), named_people.begin() + std::min(limit, named_people.size()));
    facets.countries = countries_by_code(tally.countries);
    if (facets.countries.size() > limit) facets.countries.resize(limit);
    for (const auto& [year, count] : tally.years) facets.years.push_back({year, count});
    return facets;
}

}  // namespace newsdex
