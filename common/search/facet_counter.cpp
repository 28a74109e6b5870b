/** @file facet_counter.cpp
 *  @brief Splitting and merging spy counts.
 */
#include "common/search/facet_counter.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "common/extract/countries.hpp"
#include "common/extract/person_identity.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/schema.hpp"

namespace newsdex {

namespace {

/// Spellings of one surname share their first letters (see person_lookup.cpp).
constexpr std::size_t surname_bucket_letters = 4;

template <typename Count>
void sort_and_cap(std::vector<Count>& counts, std::size_t limit) {
    std::stable_sort(counts.begin(), counts.end(), [](const Count& a, const Count& b) { return a.count > b.count; });
    if (counts.size() > limit) counts.resize(limit);
}

/// Calls `add(entry, count)` for each entry of each distinct slot value the spy saw.
/// Entries are views into one string per value: no allocation per entry (large match
/// sets have tens of thousands of distinct values).
template <typename Add>
void for_each_entry(const Xapian::ValueCountMatchSpy& spy, Add add) {
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        const std::string value = *it;
        std::string_view rest = value;
        while (!rest.empty()) {
            auto end = rest.find(schema::facet_record_separator);
            std::string_view entry = rest.substr(0, end);
            if (!entry.empty()) add(entry, it.get_termfreq());
            if (end == std::string_view::npos) break;
            rest.remove_prefix(end + 1);
        }
    }
}

/// Hashing that lets a std::string-keyed map be searched with a string_view.
struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

}  // namespace

FacetCounter::FacetCounter(Xapian::Enquire& enquire)
    : people_(new Xapian::ValueCountMatchSpy(schema::slot::people)),
      countries_(new Xapian::ValueCountMatchSpy(schema::slot::countries)),
      years_(new Xapian::ValueCountMatchSpy(schema::slot::year)) {
    enquire.add_matchspy(people_->release());
    enquire.add_matchspy(countries_->release());
    enquire.add_matchspy(years_->release());
}

namespace {

/// People already merged, by surname, with the spelling variants of each surname found
/// once per surname: comparisons stay within one family name instead of all pairs.
class PeopleIndex {
  public:
    explicit PeopleIndex(std::vector<PersonCount>& merged) : merged_(merged) {}

    /// The merged entry `count` belongs to, if any.
    PersonCount* find(const PersonCount& count) {
        std::string surname(key_surname(count.key));
        for (const auto& variant : variants(surname)) {
            for (std::size_t index : by_surname_[variant]) {
                if (same_person(merged_[index].key, count.key)) return &merged_[index];
            }
        }
        return nullptr;
    }

    void add(PersonCount count) {
        std::string surname(key_surname(count.key));
        (void)variants(surname);
        by_surname_[surname].push_back(merged_.size());
        merged_.push_back(std::move(count));
    }

  private:
    const std::vector<std::string>& variants(const std::string& surname) {
        auto found = variants_.find(surname);
        if (found != variants_.end()) return found->second;
        std::vector<std::string> related{surname};
        auto& bucket = buckets_[surname.substr(0, surname_bucket_letters)];
        for (const auto& other : bucket) {
            if (!same_name_word(other, surname)) continue;
            related.push_back(other);
            variants_[other].push_back(surname);
        }
        bucket.push_back(surname);
        return variants_[surname] = std::move(related);
    }

    std::vector<PersonCount>& merged_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_surname_;
    std::unordered_map<std::string, std::vector<std::string>> buckets_;   ///< surname start → surnames
    std::unordered_map<std::string, std::vector<std::string>> variants_;  ///< surname → itself and variants
};

}  // namespace

std::vector<PersonCount> merge_people(std::vector<PersonCount> counts) {
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    std::vector<PersonCount> merged;
    merged.reserve(counts.size());
    PeopleIndex index(merged);
    for (auto& count : counts) {
        PersonCount* person = index.find(count);
        if (!person) {
            index.add(std::move(count));
            continue;
        }
        person->count += count.count;
        person->merged_keys.push_back(count.key);
        if (better_display_name(count.name, person->name)) person->name = count.name;
    }
    return merged;
}

Facets FacetCounter::collect(std::size_t limit, std::vector<PersonCount>& all_people) const {
    Facets facets;
    std::unordered_map<std::string, PersonCount, ViewHash, std::equal_to<>> people;
    for_each_entry(*people_, [&](std::string_view entry, Xapian::doccount count) {
        auto [key, name] = decode_person_entry(entry);
        auto found = people.find(key);
        if (found == people.end())
            found = people.emplace(std::string(key), PersonCount{std::string(name), std::string(key), 0, {}}).first;
        PersonCount& person = found->second;
        person.count += count;
        // Spellings of one key are nearly always identical: compare only when they differ.
        if (name != person.name && better_display_name(name, person.name)) person.name = std::string(name);
    });
    std::vector<PersonCount> person_counts;
    for (auto& [key, person] : people) person_counts.push_back(std::move(person));
    all_people = merge_people(std::move(person_counts));
    facets.people = all_people;
    sort_and_cap(facets.people, limit);
    std::map<std::string, std::size_t, std::less<>> countries;
    for_each_entry(*countries_, [&](std::string_view code, Xapian::doccount count) {
        auto found = countries.find(code);
        if (found == countries.end()) found = countries.emplace(std::string(code), 0).first;
        found->second += count;
    });
    for (const auto& [code, count] : countries) facets.countries.push_back({code, country_name(code), count});
    sort_and_cap(facets.countries, limit);
    for (auto it = years_->values_begin(); it != years_->values_end(); ++it) {
        int year = static_cast<int>(std::lround(Xapian::sortable_unserialise(*it)));
        facets.years.push_back({year, it.get_termfreq()});
    }
    std::sort(facets.years.begin(), facets.years.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
    return facets;
}

}  // namespace newsdex
