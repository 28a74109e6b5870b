/** @file entry_spy.hpp
 *  @brief Counts facet entries match by match from the compact facets slot.
 *
 * One value read per match; countries and years are counted in arrays, people by their
 * number (group and member, person_registry.hpp) in an open-addressing table. Names are
 * not read here: the facet counter reads them from the index's person table afterwards,
 * one surname group at a time, only for the groups it may show.
 *
 * Local databases only: it has no name() or serialise(), so Xapian refuses to send it to
 * a remote shard rather than miscount (facet_counter.hpp picks the built-in spies there).
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace newsdex {

/// How often the match set holds one person entry: group number in the high 32 bits of
/// the id, member number in the low.
struct IdCount {
    std::uint64_t id = 0;
    Xapian::doccount count = 0;
    [[nodiscard]] std::uint32_t group() const { return static_cast<std::uint32_t>(id >> 32); }
    [[nodiscard]] std::uint32_t member() const { return static_cast<std::uint32_t>(id); }
};

/// Counts per 64-bit id, open addressing with linear probing: no allocation per match.
class IdCounts {
  public:
    IdCounts();
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

class EntrySpy final : public Xapian::MatchSpy {
  public:
    /// `database`: the one local database searched (its value stream is read alongside
    /// the match).
    explicit EntrySpy(const Xapian::Database& database);
    void operator()(const Xapian::Document& document, double weight) override;

    /// People entries by id, with their match counts.
    [[nodiscard]] const IdCounts& people() const { return people_; }
    /// ISO codes with their match counts.
    [[nodiscard]] std::vector<std::pair<std::string, Xapian::doccount>> countries() const;
    /// Years with their match counts, in year order.
    [[nodiscard]] std::map<int, Xapian::doccount> years() const;

  private:
    /// The compact facets of `document`.
    std::string compact_facets(const Xapian::Document& document);

    Xapian::Database database_;
    /// Xapian calls spies in docid order, so one forward pass over the slot's value
    /// stream reads each value chunk once; Document::get_value decodes the chunk from its
    /// start for every match (with a small value, ~100 documents a chunk: most of a
    /// 100,000-article query's facet time).
    Xapian::ValueIterator values_;
    IdCounts people_;
    std::vector<Xapian::doccount> countries_;  ///< indexed by the code's letters
    std::vector<Xapian::doccount> years_;      ///< indexed by year, grown as met
};

}  // namespace newsdex
