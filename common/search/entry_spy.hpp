/** @file entry_spy.hpp
 *  @brief Counts facet entries match by match from the compact facets slot.
 *
 * One value read per match; countries and years are counted in arrays, people by their
 * number (group and member, person_registry.hpp) in an open-addressing table. Names are
 * not read here: the facet counter reads them from the index's person table afterwards,
 * one surname group at a time, only for the groups it may show.
 *
 * Given a facet column (facet_column.hpp) it reads nothing from the index: each match's
 * entry numbers are counted in one array.
 *
 * Local databases only: it has no name() or serialise(), so Xapian refuses to send it to
 * a remote shard rather than miscount (facet_counter.hpp picks the built-in spies there).
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace newsdex {

class FacetColumn;

/// How often the match set holds one person entry: group number in the high 32 bits of
/// the id, member number in the low.
struct IdCount {
    std::uint64_t id = 0;
    Xapian::doccount count = 0;
    [[nodiscard]] std::uint32_t group() const { return static_cast<std::uint32_t>(id >> 32); }
    [[nodiscard]] std::uint32_t member() const { return static_cast<std::uint32_t>(id); }
};

/// Counts per 64-bit id, open addressing with linear probing: no allocation per match.
/// The table is made at the first id: a spy that counts from a facet column never fills
/// one, and a one-shot search would otherwise zero its 64 KB (16 page faults).
class IdCounts {
  public:
    /// Adds one to `id`'s count.
    void add(std::uint64_t id);
    template <typename Visit>
    void for_each(Visit visit) const {
        for (const auto& slot : slots_) {
            if (slot.count) visit(slot);
        }
    }

  private:
    using Slot = IdCount;
    void grow();
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
};

/// What an entry spy with a facet column counted: its counts by entry number. Plain
/// numbers, so one thread can count part of the matches and hand its counts to another
/// (split_match.hpp).
struct ColumnCounts {
    std::vector<Xapian::doccount> by_entry;
};

class EntrySpy final : public Xapian::MatchSpy {
  public:
    /// `database`: the one local database searched (its value stream is read alongside
    /// the match, unless `column` holds its facets).
    EntrySpy(const Xapian::Database& database, std::shared_ptr<const FacetColumn> column);
    void operator()(const Xapian::Document& document, double weight) override;
    /// With a column: counts the entries of one match, as operator() does, for matches
    /// found without Xapian's matcher (conjunction_walk.hpp), in docid order.
    void count_from_column(Xapian::docid document);

    /// Whether it counts from a facet column.
    [[nodiscard]] bool has_column() const { return column_ != nullptr; }
    /// With a column: the counts so far, handed over (this spy starts again from none).
    [[nodiscard]] ColumnCounts take_column_counts();
    /// With a column: adds the counts of another spy over the same column. False (and
    /// nothing added) without a column or for counts of another column.
    bool add_column_counts(const ColumnCounts& counts);

    /// Without a column: visits each person entry counted, by id with its match count, in
    /// no set order (with one, person_counts() holds them).
    template <typename Visit>
    void for_each_person(Visit visit) const {
        people_.for_each(visit);
    }
    /// With a column: its person entries' counts, in its order (FacetColumn::person_groups()).
    [[nodiscard]] std::span<const Xapian::doccount> person_counts() const;
    /// The column counted from, if any.
    [[nodiscard]] const FacetColumn* column() const { return column_.get(); }
    /// ISO codes with their match counts.
    [[nodiscard]] std::vector<std::pair<std::string, Xapian::doccount>> countries() const;
    /// Years with their match counts, in year order.
    [[nodiscard]] std::map<int, Xapian::doccount> years() const;

  private:
    /// The compact facets of `document`.
    std::string compact_facets(const Xapian::Document& document);
    Xapian::Database database_;
    std::shared_ptr<const FacetColumn> column_;
    /// With a column: counts by entry number.
    ColumnCounts column_counts_;
    /// Xapian calls spies in docid order, so one forward pass over the slot's value
    /// stream reads each value chunk once; Document::get_value decodes the chunk from its
    /// start for every match (with a small value, ~100 documents a chunk: most of a
    /// 100,000-article query's facet time).
    Xapian::ValueIterator values_;
    IdCounts people_;
    /// Without a column: countries indexed by the code's letters, years by year (grown as met).
    std::vector<Xapian::doccount> countries_;
    std::vector<Xapian::doccount> years_;
};

}  // namespace newsdex
