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
 * met), then people in person-table order (group, then member; person_registry.hpp), so
 * that a surname group's people are one run of entry numbers: the facet counter hands
 * groups over as runs of the counts array, with no per-query sort of thousands of people
 * by group (facet_counter.cpp).
 *
 * The column also holds each document's length in words, which BM25 weighs every match
 * by: Xapian's own lookup of a length walks its length list from the start of a chunk
 * (some 400 entries decoded per match when matches are sparse; at 100,000 articles more
 * than a third of a one-word search's instructions), where the column is one array read
 * (ranked_walk.hpp).
 *
 * A one-shot search (a newsdex-search run) cannot pay for reading the column, so the
 * indexer saves it beside the index after each run (facet_column_file.cpp), named by the
 * database's UUID and stamped with its revision, and a search maps that file instead of
 * streaming the slot, in huge pages where the kernel can (huge_page_mapping.hpp). A file
 * that does not belong to the revision opened (an indexer stopped between its commit and
 * the file, a database changed by other means) is ignored, and the search streams as
 * before; the numbers of a saved file are checked where they are used, not up front, so a
 * damaged file can miscount but never read out of bounds.
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
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

    /// How a saved column will be used, which decides how it is opened.
    enum class Use {
        one_search,    ///< mapped in huge pages where the kernel can: touched in under 0.1 ms
        many_searches  ///< read into this process's huge pages: no reclaim takes it away
    };
    /// The column saved beside the index folder `root` for the revision of `database`
    /// (one local database); nothing when there is none for that revision.
    [[nodiscard]] static std::shared_ptr<const FacetColumn> open_saved(const std::filesystem::path& root,
                                                                       const Xapian::Database& database,
                                                                       Use use = Use::one_search);
    /// Reads the column of the index folder `root` as it is now and saves it there for
    /// open_saved(), replacing any saved before (nothing is saved past `byte_budget`).
    /// Throws std::runtime_error when the file cannot be written.
    /// Entry numbers are saved in 16 bits when every one is below `narrow_below` (65,536;
    /// a test may lower it): half the pages a one-shot search reads (a counting loop over
    /// 24,000 documents' entries, caches cold: 1.6 ms in 32 bits, 0.7 ms in 16).
    static void save(const std::filesystem::path& root, std::size_t byte_budget,
                     std::uint32_t narrow_below = std::uint32_t{1} << 16);

    /// Calls `visit` with each entry number of document `document` (none for a document
    /// without facets).
    template <typename Visit>
    void for_each_entry(Xapian::docid document, Visit visit) const {
        if (document + 1 >= starts_.size()) return;
        std::uint32_t begin = starts_[document], end = starts_[document + 1];
        if (begin > end) return;  // only in a damaged file
        // The arrays' addresses held in locals, as `visit` writes counts the compiler
        // cannot tell apart from them.
        if (!narrow_entries_.empty()) {
            if (end > narrow_entries_.size()) return;
            const std::uint16_t* narrow = narrow_entries_.data();
            for (std::uint32_t at = begin; at < end; ++at) visit(std::uint32_t{narrow[at]});
        } else {
            if (end > entries_.size()) return;
            const std::uint32_t* wide = entries_.data();
            for (std::uint32_t at = begin; at < end; ++at) visit(wide[at]);
        }
    }
    /// Each document's length in words by docid (Xapian's document length), for BM25:
    /// empty for a column without them; a docid past its end (only in a damaged file) has
    /// none.
    [[nodiscard]] std::span<const std::uint32_t> lengths() const { return lengths_; }

    /// How many entry numbers there are: the size of a counts array. A number at or past
    /// it (only in a damaged file) is to be skipped.
    [[nodiscard]] std::size_t entry_count() const { return first_person_ + person_groups_.size(); }

    static constexpr std::uint32_t letters = 26;
    static constexpr std::uint32_t first_year = letters * letters;
    /// The ISO code of a country entry number (below first_year).
    [[nodiscard]] static std::string country_code(std::uint32_t entry);
    /// A year entry number is a year when it lies below this.
    [[nodiscard]] std::uint32_t first_person() const { return first_person_; }
    /// The person-table number of a person entry number.
    [[nodiscard]] PersonNumber person(std::uint32_t entry) const {
        std::size_t at = entry - first_person_;
        return {person_groups_[at], person_members_[at]};
    }
    /// The surname group of each person entry number − first_person(), in order: a run
    /// of equal numbers is one group (numbers run up, a damaged file aside).
    [[nodiscard]] std::span<const std::uint32_t> person_groups() const { return person_groups_; }
    /// The member number of each, in the same order.
    [[nodiscard]] std::span<const std::uint32_t> person_members() const { return person_members_; }

  private:
    std::uint32_t first_person_ = first_year;
    std::span<const std::uint32_t> starts_;   ///< by docid: where its entries begin (one past the last docid: the end)
    std::span<const std::uint32_t> entries_;  ///< every document's entry numbers, in docid order
    /// A saved file's entry numbers in 16 bits, standing in for entries_ when not empty.
    std::span<const std::uint16_t> narrow_entries_;
    std::span<const std::uint32_t> person_groups_;   ///< by person entry number − first_person_: its group
    std::span<const std::uint32_t> person_members_;  ///< and its member number
    std::span<const std::uint32_t> lengths_;         ///< by docid: the document's length (docid 0: none)
    /// What the views look at: vectors read by load(), or a saved file's contents.
    std::vector<std::uint32_t> read_starts_, read_entries_, read_person_groups_, read_person_members_, read_lengths_;
    std::shared_ptr<const void> file_contents_;
};

/// The document lengths of `column` (FacetColumn::lengths()), none without a column.
[[nodiscard]] inline std::span<const std::uint32_t> column_lengths(const FacetColumn* column) {
    return column ? column->lengths() : std::span<const std::uint32_t>{};
}

/// The length of `document`: from `lengths` (FacetColumn::lengths(), one array read), or
/// for a docid past them (a column without lengths) from `database`'s length list.
[[nodiscard]] inline Xapian::termcount document_length(std::span<const std::uint32_t> lengths,
                                                       const Xapian::Database& database, Xapian::docid document) {
    return document < lengths.size() ? lengths[document] : database.get_doclength(document);
}

}  // namespace newsdex
