/** @file indexed_words.hpp
 *  @brief The words of a text exactly as Xapian's TermGenerator cuts them.
 *
 * The indexer files the stems of these words itself instead of running a TermGenerator
 * over each article (index/text_terms.hpp): the TermGenerator kept every position of every
 * word in a tree of strings only for the indexer to read them back and take them out again
 * (positions go into values, index/position_map.hpp). What it files must stay what
 * Xapian's QueryParser looks up, so the rules are Xapian 1.4's, without CJK n-grams
 * (separate_cjk_characters spaces those characters apart beforehand), and a unit test
 * compares the two on real articles and on random text.
 *
 * Word characters are Unicode letters, marks, numbers and connector punctuation (`_`),
 * lower-cased. A word runs on over an apostrophe, `&`, a middle dot or an invisible joiner
 * between word characters ("don’t" → "don't", "AT&T" → "at&t"), and over a point, comma or
 * semicolon between digits ("1,000.5"); it keeps up to three trailing `+` or `#` not
 * followed by a word character ("C++", "C#"); capitals with full stops between them are one
 * word ("U.S.A." → "usa").
 */
#pragma once

#include <string>
#include <string_view>

namespace newsdex {

class IndexedWordReader {
  public:
    /// `text` must be valid UTF-8 (as fold() makes it).
    explicit IndexedWordReader(std::string_view text) : text_(text) {}
    /// Puts the next word into `word`; false at the end of the text.
    bool next(std::string& word);

  private:
    bool read_acronym(std::string& word);
    void read_suffixes(std::string& word);
    std::string_view text_;
    std::size_t offset_ = 0;
};

}  // namespace newsdex
