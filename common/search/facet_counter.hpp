/** @file facet_counter.hpp
 *  @brief Exact facet counts over the whole match set, from value slots.
 *
 * Facet entries sit in value slots (facet_encoding.hpp); whole documents are never read.
 * On one local database an entry spy reads each match's compact facets slot and counts
 * entries by number (entry_spy.hpp); people are named afterwards from the index's person
 * table, surname group by group, only as far as the list shown needs
 * (people_merging.hpp). Stock xapian-tcpsrv only runs
 * Xapian's built-in spies, so on remote shards three ValueCountMatchSpy count whole slot
 * values, which are split afterwards — also exact, but a multi-valued slot is nearly
 * unique per document, which makes that way several times slower on large match sets.
 */
#pragma once

#include <xapian.h>

#include <map>
#include <memory>
#include <optional>

#include "common/search/people_merging.hpp"
#include "common/search/search_request.hpp"

namespace newsdex {

class EntrySpy;
class FacetColumn;
struct ColumnCounts;
class PersonTable;

enum class FacetSpyKind {
    entries,   ///< our entry spy: local databases
    built_in,  ///< Xapian's ValueCountMatchSpy: works on remote shards too
};

/// Entry counts of a match set, whichever spies counted them.
struct FacetTally {
    std::vector<PeopleGroup> people;
    std::shared_ptr<const void> people_storage;  ///< what the groups' namers and counts point into
    EntryCounts countries;
    std::map<int, Xapian::doccount> years;
};

class FacetCounter {
  public:
    /// Registers the spies with `enquire`, which searches `database`; the entry spy reads
    /// `column` instead of the index when given one (facet_column.hpp), and names people
    /// from `person_table` when given one (person_table.hpp).
    FacetCounter(const Xapian::Database& database, Xapian::Enquire& enquire, FacetSpyKind kind,
                 std::shared_ptr<const FacetColumn> column = nullptr, PersonTable* person_table = nullptr);
    /// The counts after get_mset() ran with check_at_least covering every document.
    /// `named_people` receives every person named on the way, most frequent first: at
    /// least those shown.
    [[nodiscard]] Facets collect(std::size_t limit, std::vector<PersonCount>& named_people) const;

    /// Whether it counts from a facet column, so that matches found without Xapian's
    /// matcher can be counted one by one (count_match).
    [[nodiscard]] bool counts_from_column() const;
    /// Counts one match's facets, as the spy does; matches in docid order, only when
    /// counts_from_column().
    void count_match(Xapian::docid document);

    /// The entry spy's counts, handed over, when it counts from a facet column; else none.
    [[nodiscard]] std::optional<ColumnCounts> take_column_counts();
    /// Adds counts another counter over the same facet column took (split_match.hpp).
    /// False when this counter has no such column.
    bool add_column_counts(const ColumnCounts& counts);

  private:
    /// The entry spy's tally, holding only the surname groups that may hold one of the
    /// `limit` people shown.
    [[nodiscard]] FacetTally entry_spy_tally(std::size_t limit) const;
    [[nodiscard]] FacetTally built_in_tally() const;

    const Xapian::Database& database_;
    PersonTable* person_table_;
    EntrySpy* entries_ = nullptr;  ///< spies are owned by the enquire
    Xapian::ValueCountMatchSpy* people_ = nullptr;
    Xapian::ValueCountMatchSpy* countries_ = nullptr;
    Xapian::ValueCountMatchSpy* years_ = nullptr;
};

}  // namespace newsdex
