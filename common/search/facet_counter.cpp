/** @file facet_counter.cpp
 *  @brief From spy counts to the facet lists.
 */
#include "common/search/facet_counter.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <queue>
#include <span>
#include <unordered_map>

#include "common/extract/countries.hpp"
#include "common/extract/person_identity.hpp"
#include "common/index/facet_column.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/index/person_registry.hpp"
#include "common/schema.hpp"
#include "common/search/entry_spy.hpp"
#include "common/search/person_table.hpp"

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

/// The `limit` most frequent countries, named (only those: naming is a table lookup each).
std::vector<CountryCount> most_frequent_countries(const EntryCounts& entries, std::size_t limit) {
    std::vector<CountryCount> countries;
    for (const auto& [code, count] : entries) countries.push_back({code, {}, count});
    // By count; equal counts in code order, whatever order the hash map held them in.
    auto shown = countries.begin() + static_cast<std::ptrdiff_t>(std::min(limit, countries.size()));
    std::partial_sort(countries.begin(), shown, countries.end(), [](const auto& a, const auto& b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    countries.erase(shown, countries.end());
    for (auto& country : countries) country.name = country_name(country.code);
    return countries;
}

}  // namespace

FacetCounter::FacetCounter(const Xapian::Database& database, Xapian::Enquire& enquire, FacetSpyKind kind,
                           std::shared_ptr<const FacetColumn> column, PersonTable* person_table)
    : database_(database), person_table_(person_table) {
    if (kind == FacetSpyKind::entries) {
        entries_ = new EntrySpy(database, std::move(column));
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

namespace {

/// The entry spy's people by surname group: each group met is a run of members and
/// their counts (a count may be 0 where a column lists a person no match holds). The
/// groups' namers and count views point into it: a query allocates once for all its
/// groups instead of several times per group.
class PeopleByGroup {
  public:
    /// One group's people: [begin, end) of members() and counts(), and their total.
    struct Run {
        std::uint32_t group = 0, begin = 0, end = 0;
        Xapian::doccount total = 0;
    };

    /// `table`: the handle's person table, if it keeps one (person_table.hpp).
    PeopleByGroup(const Xapian::Database& database, PersonTable* table, const EntrySpy& spy)
        : database_(database), table_(table) {
        if (const FacetColumn* column = spy.column()) {
            // A column numbers people in group order: its counts are already runs.
            find_runs(column->person_groups(), column->person_members(), spy.person_counts());
        } else {
            sort_by_group(spy);
        }
    }

    /// The groups with a match, each once (a damaged column aside).
    [[nodiscard]] const std::vector<Run>& runs() const { return runs_; }
    /// The counts of a group's people.
    [[nodiscard]] std::span<const Xapian::doccount> counts(const Run& run) const {
        return counts_.subspan(run.begin, run.end - run.begin);
    }
    /// Their member numbers, in the same order.
    [[nodiscard]] std::span<const std::uint32_t> members(const Run& run) const {
        return members_.subspan(run.begin, run.end - run.begin);
    }
    /// The entries of a group's people met in the match set, from the handle's person
    /// table or read for this query (one metadata read), with their counts.
    [[nodiscard]] EntryList entries(const Run& run) const {
        std::vector<std::string> read;
        const auto& names = table_ ? table_->group(run.group) : (read = read_person_group(database_, run.group));
        EntryList entries;
        for (auto index = run.begin; index < run.end; ++index) {
            // Missing only in a damaged index: count no nameless person.
            if (counts_[index] && members_[index] < names.size())
                entries.emplace_back(names[members_[index]], counts_[index]);
        }
        return entries;
    }

  private:
    /// Runs of equal group numbers in `groups` whose counts are not all 0.
    void find_runs(std::span<const std::uint32_t> groups, std::span<const std::uint32_t> members,
                   std::span<const Xapian::doccount> counts) {
        members_ = members;
        counts_ = counts;
        std::size_t people = std::min({groups.size(), members.size(), counts.size()});
        for (std::uint32_t begin = 0, end = 0; begin < people; begin = end) {
            Run run{groups[begin], begin, begin, 0};
            for (end = begin; end < people && groups[end] == run.group; ++end) run.total += counts[end];
            run.end = end;
            if (run.total) runs_.push_back(run);
        }
    }

    /// Puts the counted people side by side by group (a counting sort: group numbers are
    /// dense).
    void sort_by_group(const EntrySpy& spy) {
        // Group g is counted at g + 1, so that after the sums g holds where it begins and
        // can serve as its cursor: once filled, g holds where it ends.
        std::vector<std::uint32_t> starts;
        spy.for_each_person([&](const IdCount& person) {
            if (person.group() + 2 > starts.size()) starts.resize(person.group() + 2);
            ++starts[person.group() + 1];
        });
        for (std::size_t index = 1; index < starts.size(); ++index) starts[index] += starts[index - 1];
        for (std::uint32_t group = 0; group + 1 < starts.size(); ++group) {
            if (starts[group] != starts[group + 1]) runs_.push_back({group, starts[group], starts[group + 1], 0});
        }
        sorted_members_.resize(starts.empty() ? 0 : starts.back());
        sorted_counts_.resize(sorted_members_.size());
        spy.for_each_person([&](const IdCount& person) {
            std::uint32_t at = starts[person.group()]++;
            sorted_members_[at] = person.member();
            sorted_counts_[at] = person.count;
        });
        members_ = sorted_members_;
        counts_ = sorted_counts_;
        for (auto& run : runs_) {
            for (auto count : counts(run)) run.total += count;
        }
    }

    const Xapian::Database& database_;
    PersonTable* table_;
    std::vector<Run> runs_;
    std::span<const std::uint32_t> members_;
    std::span<const Xapian::doccount> counts_;
    /// Without a column: what members_ and counts_ view.
    std::vector<std::uint32_t> sorted_members_;
    std::vector<Xapian::doccount> sorted_counts_;
};

/// The most one person of a merging group can count, when the index recorded which of
/// its members may be one person with another (`mergeable`, sorted): those together, or
/// any other member alone.
std::optional<Xapian::doccount> most_in_merging_group(std::span<const std::uint32_t> members,
                                                      std::span<const Xapian::doccount> counts,
                                                      std::span<const std::uint32_t> mergeable) {
    if (mergeable.empty()) return std::nullopt;
    Xapian::doccount together = 0, alone = 0;
    for (std::size_t index = 0; index < members.size(); ++index) {
        if (std::binary_search(mergeable.begin(), mergeable.end(), members[index])) {
            together += counts[index];
        } else {
            alone = std::max(alone, counts[index]);
        }
    }
    return std::max(together, alone);
}

/// The `limit`-th largest count that some person of the match set is known to reach
/// before any name is read (0 when fewer are known; out of reach when `limit` is 0, as
/// no list is shown): each entry of a group that holds no two spellings of one person is
/// a person, and in any other group the person holding its largest entry counts at least
/// that much. most_frequent_people stops before any group that cannot reach this (its
/// bar is at least as high), so no other group need be handed over.
Xapian::doccount shown_person_floor(const PeopleByGroup& people, const MergingPersonGroups& merging,
                                    std::size_t limit) {
    if (limit == 0) return std::numeric_limits<Xapian::doccount>::max();
    std::priority_queue<Xapian::doccount, std::vector<Xapian::doccount>, std::greater<>> largest;
    auto add = [&](Xapian::doccount count) {
        if (largest.size() < limit) {
            largest.push(count);
        } else if (count > largest.top()) {
            largest.pop();
            largest.push(count);
        }
    };
    for (const auto& run : people.runs()) {
        auto counts = people.counts(run);
        if (!merging.merges(run.group)) {
            for (auto count : counts) {
                if (count) add(count);
            }
        } else {
            add(*std::max_element(counts.begin(), counts.end()));
        }
    }
    return largest.size() >= limit ? largest.top() : 0;
}

}  // namespace

FacetTally FacetCounter::entry_spy_tally(std::size_t limit) const {
    FacetTally tally;
    auto people = std::make_shared<const PeopleByGroup>(database_, person_table_, *entries_);
    tally.people_storage = people;
    // An empty list: unknown, all may merge.
    std::optional<MergingPersonGroups> read;
    const MergingPersonGroups& merging =
        person_table_ ? person_table_->merging() : read.emplace(read_merging_person_table(database_));
    // Only groups that may reach the list: a large match set meets thousands, and a
    // one-shot search pays for every fresh page their list would take.
    Xapian::doccount floor = shown_person_floor(*people, merging, limit);
    for (const auto& run : people->runs()) {
        if (run.total < floor) continue;  // no one in it counts more than the group
        auto counts = people->counts(run);
        bool distinct = !merging.merges(run.group);
        std::optional<Xapian::doccount> most;
        if (!distinct) most = most_in_merging_group(people->members(run), counts, merging.mergeable(run.group));
        // Named only if the group may reach the list shown: one metadata read per group.
        PeopleGroup reaching{run.total, [people = people.get(), run] { return people->entries(run); },
                             distinct ? std::optional(counts) : std::nullopt, most};
        if (person_count_bound(reaching) >= floor) tally.people.push_back(std::move(reaching));
    }
    for (auto& [code, count] : entries_->countries()) tally.countries.emplace(std::move(code), count);
    tally.years = entries_->years();
    return tally;
}

FacetTally FacetCounter::built_in_tally() const {
    FacetTally tally;
    // Spellings of one person share a surname group (person_identity.hpp).
    std::unordered_map<std::string, std::shared_ptr<EntryList>> groups;
    for (auto& [entry, count] : split_spy_counts(*people_)) {
        auto& group = groups[std::string(surname_group(decode_person_entry(entry).first))];
        if (!group) group = std::make_shared<EntryList>();
        group->emplace_back(entry, count);
    }
    for (auto& [surnames, entries] : groups) {
        Xapian::doccount total = 0;
        for (const auto& [entry, count] : *entries) total += count;
        tally.people.push_back({total, [entries = entries] { return *entries; }, std::nullopt, std::nullopt});
    }
    tally.countries = split_spy_counts(*countries_);
    for (auto it = years_->values_begin(); it != years_->values_end(); ++it) {
        tally.years[static_cast<int>(std::lround(Xapian::sortable_unserialise(*it)))] += it.get_termfreq();
    }
    return tally;
}

bool FacetCounter::counts_from_column() const {
    return entries_ && entries_->has_column();
}

void FacetCounter::count_match(Xapian::docid document) {
    entries_->count_from_column(document);
}

std::optional<ColumnCounts> FacetCounter::take_column_counts() {
    if (!entries_ || !entries_->has_column()) return std::nullopt;
    return entries_->take_column_counts();
}

bool FacetCounter::add_column_counts(const ColumnCounts& counts) {
    return entries_ && entries_->add_column_counts(counts);
}

Facets FacetCounter::collect(std::size_t limit, std::vector<PersonCount>& named_people) const {
    FacetTally tally = entries_ ? entry_spy_tally(limit) : built_in_tally();
    Facets facets;
    named_people = most_frequent_people(std::move(tally.people), limit);
    facets.people.assign(named_people.begin(), named_people.begin() + std::min(limit, named_people.size()));
    facets.countries = most_frequent_countries(tally.countries, limit);
    for (const auto& [year, count] : tally.years) facets.years.push_back({year, count});
    return facets;
}

}  // namespace newsdex
