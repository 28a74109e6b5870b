/** @file person_registry.hpp
 *  @brief Small dense numbers for person entries, kept in the index's metadata.
 *
 * The searcher counts people match by match from the compact facets slot, so the fewer
 * bytes a person takes there, the fewer blocks a query reads (at 100,000 articles that
 * slot was most of what a query read). A person entry ("key<US>display name") is numbered
 * as a pair: its surname group (person_identity.hpp: spellings that may be one person
 * share it) and its place among that group's entries. Both are dense, so they take one or
 * two bytes each as varints instead of a 64-bit hash, and the searcher groups counts
 * without knowing names; it names a group by reading one metadata entry, the group's
 * entries in member order (schema::metadata::person_group_prefix).
 *
 * Numbers are only ever added: a number once written names the same entry for the life
 * of the index, so a batch commit never has to touch older documents. The table also
 * records which groups hold two entries that may be one person: in the others (nearly
 * all) the searcher knows every person's count without reading a name. Indexer threads
 * share one registry; its changes are written with the commit that first uses them.
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <mutex>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/index/facet_encoding.hpp"
#include "common/text/hash.hpp"

namespace newsdex {

class PersonRegistry {
  public:
    /// Takes the numbers stored in `database` (none for a fresh index), before any number().
    void read(const Xapian::Database& database);

    /// The number of `entry`, given now if it has none. Safe to call from several threads.
    [[nodiscard]] PersonNumber number(std::string_view entry);
    /// Writes the groups changed since the last call into `database`'s metadata, to be
    /// committed with the documents that use them.
    void write_changes(Xapian::WritableDatabase& database);

  private:
    /// Records `member` of `group` and any earlier member that may be one person with it
    /// (same_person) as mergeable.
    void note_same_person(std::uint32_t group, std::uint32_t member);

    std::mutex mutex_;
    /// surname group → group number
    std::unordered_map<std::string, std::uint32_t, ViewHash, std::equal_to<>> groups_;
    std::vector<std::vector<std::string>> members_;  ///< group number → entries
    /// entry → number; looked up by view, as nearly every entry met is already numbered
    std::unordered_map<std::string, PersonNumber, ViewHash, std::equal_to<>> numbers_;
    std::set<std::uint32_t> changed_;  ///< groups not yet written
    /// groups with two same_person entries → the members that may be one person with
    /// another (the others are each their own person)
    std::map<std::uint32_t, std::set<std::uint32_t>> merging_;
    /// The index's table was made by other rules of same_person (or none): write it anew.
    bool rewrite_merging_ = false;
};

/// Which person groups of an index may merge spellings (schema::metadata::
/// merging_person_groups), and within each the members that may be one person with
/// another. Kept as the short list it is (a few hundred groups of thousands): a one-shot
/// search reads it for every query, and a table by group number was most of the pages
/// such a process touched for its facets.
class MergingPersonGroups {
  public:
    /// Whether the index says which groups merge; when it does not, every group may.
    [[nodiscard]] bool known() const { return known_; }
    /// Whether `group` may hold two spellings of one person.
    [[nodiscard]] bool merges(std::uint32_t group) const {
        return !known_ || (group < merging_bits_.size() && merging_bits_[group]);
    }
    /// The members of `group` that may be one person with another, sorted; empty when the
    /// index did not record them (then any member may merge) or the group does not merge.
    [[nodiscard]] std::span<const std::uint32_t> mergeable(std::uint32_t group) const;

    /// Parses the metadata value (empty: an index that does not say).
    explicit MergingPersonGroups(std::string_view value);

  private:
    /// Where `group` is in groups_, or groups_.size().
    [[nodiscard]] std::size_t listed(std::uint32_t group) const;

    bool known_ = false;
    std::vector<std::uint32_t> groups_;   ///< the merging groups, ascending
    std::vector<std::uint32_t> starts_;   ///< by place in groups_: where its members begin; then the end
    std::vector<std::uint32_t> members_;  ///< their mergeable members, group after group
    /// By group number, whether it merges: a facet count asks for every group it met, and
    /// a bit each (a few KiB at most) answers faster than a search of groups_.
    std::vector<bool> merging_bits_;
};
/// The table of `database`; unknown (every group may merge) when made by other rules of
/// same_person than these (schema::metadata::person_identity) or by none.
[[nodiscard]] MergingPersonGroups read_merging_person_table(const Xapian::Database& database);

/// The entries of person group `group` in member order, as the indexer stored them
/// (empty if the index has no such group).
[[nodiscard]] std::vector<std::string> read_person_group(const Xapian::Database& database, std::uint32_t group);

}  // namespace newsdex
