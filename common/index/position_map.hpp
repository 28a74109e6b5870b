/** @file position_map.hpp
 *  @brief The word positions of one document, kept in value slots.
 *
 * Why not Xapian's own position table: glass keeps one B-tree entry per term and
 * document there, about 16 bytes even for a word seen once, which made positions the
 * largest part of the index (1.4× the input text on the BBC set, 1.8× on the generated
 * articles). These maps hold the same positions in values, about half the bytes, and
 * Xapian writes about a hundred values per document instead of a few hundred entries.
 * The searcher checks phrases, NEAR and ADJ against them (search/position_check.hpp).
 *
 * A term goes to the map of the position slot the top bits of its hash choose
 * (schema::slot::positions_first onwards), so a phrase check reads only its terms'
 * maps, each about a 128th of the document's positions: the bytes a phrase reads from
 * the index, not the decoding, are most of its cost at 100,000 articles ("chief
 * executive", 47,000 matches, warm, alternated: 10.8 ms with 32 slots, 7.1 with 128).
 *
 * Layout of a map: its terms in ascending order of their hashes' 24 bits below the
 * slot's, each as those 3 bytes and a header varint: position × 2 + 1 for a term seen
 * once (most are), else the byte length of its positions × 2 followed by the positions
 * as varint differences (the first from 0). A map holds three terms or so, so a check
 * walks it from the start. A term's hash is 31 bits (seven choose the slot): terms of
 * one document whose hashes collide share an entry, so a phrase could line up on the
 * wrong word of such a pair. With the 340 distinct words of a generated article, one
 * article in 36,000 has a colliding pair at all, and a false match also needs the pair
 * to hold a query word standing where the phrase wants it.
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdex {

/// The hash a term is filed under in a position map (31 bits, the lowest zero).
[[nodiscard]] std::uint32_t position_term_hash(std::string_view term);

/// Which position slot a term's hash goes to: 0 to schema::slot::position_slot_count - 1.
[[nodiscard]] unsigned position_slot_index(std::uint32_t hash);

/// A term's hash and its positions, ascending.
using HashedPositions = std::pair<std::uint32_t, std::vector<Xapian::termpos>>;

/// The hash and positions of the term `term` points at (a term with positions).
[[nodiscard]] HashedPositions hashed_positions(const Xapian::TermIterator& term);

/// The position maps of `terms`, one per position slot; empty when no term falls to that
/// slot.
[[nodiscard]] std::vector<std::string> encode_positions(std::vector<HashedPositions> terms);

/// The position maps of the terms of `document` that have positions (a document built
/// by a TermGenerator with positions on).
[[nodiscard]] std::vector<std::string> encode_positions(const Xapian::Document& document);

/// A view of an encoded position map.
class PositionMap {
  public:
    explicit PositionMap(std::string_view encoded) : encoded_(encoded) {}
    /// Fills positions[i] with the positions of hashes[i], ascending (empty when the
    /// document lacks it). `hashes` must be sorted, distinct and of this map's slot. False
    /// for a damaged map.
    bool find(std::span<const std::uint32_t> hashes, std::vector<std::vector<Xapian::termpos>>& positions) const;

  private:
    std::string_view encoded_;
};

}  // namespace newsdex
