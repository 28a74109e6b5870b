/** @file facet_column.hpp
 *  @brief Every document's facets in memory, for a process that searches one index often.
 *
 * Counting facets reads each match's compact facets value (facet_encoding.hpp) through
 * Xapian's value stream: a B-tree block read and a chunk decode per value, about a third
 * of a warm query at 100,000 articles. A process that searches the same index again (a
 * library user, a benchmark, a future server) reads the whole slot once instead, as
 * Lucene's field caches do, and decodes it into small numbers, one per facet entry:
 * counting a match is then a few array increments. A one-shot newsdex-search never loads
 * it (searcher.cpp). The column is a snapshot of the revision it was read at; the
 * searcher keeps that revision with it and reads the column again when the handle has
 * moved on.
 *
 * Entry numbers: countries first (26 × 26 letter pairs), then years (0 … the last year
 * met), then people in order of first appearance, each standing for its person-table
 * number (person_registry.hpp).
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/index/facet_encoding.hpp"

namespace newsdex {

class FacetColumn {
  public:
    /// Reads the compact facets slot of `database` (one local database), or nothing when
    /// the column would take more than `byte_budget` bytes: then the searcher streams.
    [[nodiscard]] static std::shared_ptr<const FacetColumn> load(const Xapian::Database& database,
                                                                 std::size_t byte_budget);

    /// The entry numbers of document `document` (none for a document without facets).
    [[nodiscard]] std::span<const std::uint32_t> entries(Xapian::docid document) const {
        if (document + 1 >= starts_.size()) return {};
        return {entries_.data() + starts_[document], entries_.data() + starts_[document + 1]};
    }
    /// How many entry numbers there are: the size of a counts array.
    [[nodiscard]] std::size_t entry_count() const { return first_person_ + people_.size(); }

    static constexpr std::uint32_t letters = 26;
    static constexpr std::uint32_t first_year = letters * letters;
    /// The ISO code of a country entry number (below first_year).
    [[nodiscard]] static std::string country_code(std::uint32_t entry);
    /// A year entry number is a year when it lies below this.
    [[nodiscard]] std::uint32_t first_person() const { return first_person_; }
    /// The person-table number of a person entry number.
    [[nodiscard]] PersonNumber person(std::uint32_t entry) const { return people_[entry - first_person_]; }

  private:
    std::uint32_t first_person_ = first_year;
    std::vector<std::uint32_t> starts_;   ///< by docid: where its entries begin (one past the last docid: the end)
    std::vector<std::uint32_t> entries_;  ///< every document's entry numbers, in docid order
    std::vector<PersonNumber> people_;    ///< by person entry number − first_person_
};

}  // namespace newsdex
