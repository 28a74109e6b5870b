/** @file entry_spy.hpp
 *  @brief Counts facet entries match by match from the compact facets slot.
 *
 * One value read per match; countries and years are counted in arrays, people by their
 * 64-bit entry id in an open-addressing table, with the first match holding each id and
 * the id's position there. Names are not read here: the facet counter reads them from the
 * people slot of those documents (the compact slot lists ids in the people slot's entry
 * order) only for the people it may show — reading them for every document that brings
 * someone new cost a third of the query time on the 100k benchmark. Ids are hashes
 * (facet_encoding.hpp): two entries of one surname group would have to share 40 bits to
 * be miscounted (about 1 in 10^9 for a group of a thousand spellings).
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

/// How often the match set holds one person entry, and where its name was kept.
struct IdCount {
    std::uint64_t id = 0;
    Xapian::doccount count = 0;
    Xapian::docid document = 0;  ///< the first match that holds it
    std::uint32_t entry = 0;     ///< its position among that document's people entries
};

/// Counts per 64-bit id, open addressing with linear probing: no allocation per match.
class IdCounts {
  public:
    IdCounts();
    /// Adds one to `id`'s count. Returns its slot when `id` was not counted before (to
    /// note where it is named), else nullptr. The pointer lasts until the next add().
    IdCount* add(std::uint64_t id);
    template <typename Visit>
    void for_each(Visit visit) const {
        for (const auto& slot : slots_) {
            if (slot.count) visit(slot);
        }
    }

  private:
    using Slot = IdCount;
    IdCount* grow(std::uint64_t id);
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
};

class EntrySpy final : public Xapian::MatchSpy {
  public:
    EntrySpy();
    void operator()(const Xapian::Document& document, double weight) override;

    /// People entries by id, with their match counts.
    [[nodiscard]] const IdCounts& people() const { return people_; }
    /// ISO codes with their match counts.
    [[nodiscard]] std::vector<std::pair<std::string, Xapian::doccount>> countries() const;
    /// Years with their match counts, in year order.
    [[nodiscard]] std::map<int, Xapian::doccount> years() const;

  private:
    IdCounts people_;
    std::vector<Xapian::doccount> countries_;  ///< indexed by the code's letters
    std::vector<Xapian::doccount> years_;      ///< indexed by year, grown as met
};

}  // namespace newsdex
