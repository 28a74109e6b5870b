/** @file text_terms.hpp
 *  @brief The terms of a document's text, with their wdf and positions, gathered apart
 *  from the Xapian::Document.
 *
 * What a Xapian::TermGenerator with a stemmer, STEM_ALL and positions would file, without
 * its cost: it adds every occurrence to the document's tree of terms (a string compared
 * at each level of the tree), and as the positions go to values in an index of our own
 * (position_map.hpp) the builder then had to read them all back and take them out. Here
 * each term is looked up once an occurrence in a hash table, and the document receives
 * each term once: a BBC build (one article thread, callgrind) went from 13.07 to 11.67
 * billion instructions, the index byte for byte the same.
 */
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/index/caching_stemmer.hpp"
#include "common/index/position_map.hpp"

namespace newsdex {

class TextTerms {
  public:
    /// Stems with `stemmer`, which must outlive this.
    explicit TextTerms(CachingStemmer& stemmer) : stemmer_(stemmer) {}

    /// Forgets the terms of the document before.
    void clear();
    /// Files the stem of each word of `text` (IndexedWordReader) under `prefix` at the
    /// next position, adding `wdf` each time, as TermGenerator::index_text does: a word
    /// longer than 64 bytes, or one whose stem is empty, is left out and takes no position.
    void add_text(std::string_view text, Xapian::termcount wdf, std::string_view prefix = {});
    /// Leaves `gap` positions free, as TermGenerator::increase_termpos.
    void skip_positions(Xapian::termpos gap) { position_ += gap; }
    /// The last position taken.
    [[nodiscard]] Xapian::termpos position() const { return position_; }
    /// One occurrence of `term` at `position`, adding `wdf`.
    void add_posting(const std::string& term, Xapian::termpos position, Xapian::termcount wdf);
    /// The positions of `term`, ascending; nullptr if it was not filed.
    [[nodiscard]] const std::vector<Xapian::termpos>* positions_of(const std::string& term) const;

    /// Adds each term to `document` with its wdf, and with its positions when
    /// `with_positions` (as a shard keeps them).
    void add_to(Xapian::Document& document, bool with_positions);
    /// Calls `visit` with the schema::word_pair of each two terms filed at positions side
    /// by side, neither a function word (word_pairs.hpp), once for each place they stand
    /// (the string is only valid during the call); before take_hashed_positions.
    void visit_adjacent_pairs(const std::function<void(const std::string&)>& visit) const;
    /// Those pairs, each once, sorted.
    [[nodiscard]] std::vector<std::string> adjacent_pairs() const;
    /// Each term's hash and positions, for encode_positions: the positions are moved out,
    /// so this is the last use of the document's terms before clear().
    [[nodiscard]] std::vector<HashedPositions> take_hashed_positions();

  private:
    struct Occurrences {
        Xapian::termcount wdf = 0;
        std::vector<Xapian::termpos> positions;  ///< ascending, each once
    };
    CachingStemmer& stemmer_;
    std::unordered_map<std::string, Occurrences> terms_;
    Xapian::termpos position_ = 0;
    std::string word_;  ///< scratch, kept to reuse its buffer
    std::string term_;  ///< scratch
};

}  // namespace newsdex
