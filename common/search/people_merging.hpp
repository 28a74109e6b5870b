/** @file people_merging.hpp
 *  @brief One entry per person across the match set, and only as many as will be shown.
 *
 * Facet entries are "key<US>display" strings counted per match. Keys that are one person
 * (same_person) add up and show the best spelling. Merging never crosses a surname group
 * (person_identity.hpp), so the counter hands people over by group with each group's
 * total, and naming (which may mean reading a document) stops as soon as no group left
 * can hold a person counting as much as the last one shown: exact, and on large match
 * sets a few dozen groups are named instead of every person in them. A group the index
 * knows to hold no two spellings of one person gives its people's counts up front; it is
 * named only if one of them reaches the list, and never merged.
 */
#pragma once

#include <xapian.h>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/search/search_request.hpp"
#include "common/text/hash.hpp"

namespace newsdex {

/// Match counts per facet entry (a person entry, a country code).
using EntryCounts = std::unordered_map<std::string, Xapian::doccount, ViewHash, std::equal_to<>>;
/// The same as a list, each entry once: what a surname group hands over when it is named.
using EntryList = std::vector<std::pair<std::string, Xapian::doccount>>;

/// The people of one surname group, named on demand.
struct PeopleGroup {
    Xapian::doccount total = 0;          ///< sum of its entries' counts: no one in it counts more
    std::function<EntryList()> entries;  ///< its person entries with their counts
    /// When the index knows no two of the group's entries are one person, each entry is
    /// a person and these are their counts, known before any name is read (a view into
    /// storage the group's maker keeps; a count of 0 is no one).
    std::optional<std::span<const Xapian::doccount>> distinct_counts;
    /// Otherwise, when the index knows which of its entries may be one person with
    /// another: the most one person can count (the largest of the other entries' counts,
    /// or all those entries together), at most `total`.
    std::optional<Xapian::doccount> most;
};

/// The most any person of `group` can count.
[[nodiscard]] Xapian::doccount person_count_bound(const PeopleGroup& group);

/// Merges per-key person counts: keys that are one person add up, shown by the best name.
[[nodiscard]] std::vector<PersonCount> merge_people(std::vector<PersonCount> counts);

/// One count per person key, shown by the best spelling of that key.
[[nodiscard]] std::vector<PersonCount> people_by_key(const EntryList& entries);

/// The merged people of every group that may hold one of the `limit` most frequent,
/// most frequent first (ties in key order). The first `limit` are exactly those a merge of
/// all groups would rank first.
[[nodiscard]] std::vector<PersonCount> most_frequent_people(std::vector<PeopleGroup> groups, std::size_t limit);

}  // namespace newsdex
