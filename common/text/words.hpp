/** @file words.hpp
 *  @brief Splitting text into words with their byte positions.
 *
 * Word boundaries follow Xapian's TermGenerator closely enough (letters and digits, with
 * apostrophes inside a word) that a word found here is a term found there. A Chinese
 * character or Japanese kana is a word of its own (cjk.hpp), as the indexer spaces them
 * apart before Xapian reads them.
 */
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

struct WordSpan {
    std::size_t offset;  ///< byte offset in the text
    std::size_t length;  ///< byte length
    [[nodiscard]] std::string_view in(std::string_view text) const { return text.substr(offset, length); }
};

/// The words of a text one at a time, for readers that may stop early.
class WordReader {
  public:
    /// With `as_indexed`, the words are those the index holds: an elided article glued to
    /// a word (elided_article_length, in any case) is a word of its own, its apostrophe in
    /// neither (separate_elided_articles); an acronym with full stops is one word ("U.S.",
    /// acronyms.hpp); and so is a number with a point or comma between digits ("1.5",
    /// "10,000.50"), as Xapian's TermGenerator reads them.
    explicit WordReader(std::string_view text, bool as_indexed = false) : text_(text), as_indexed_(as_indexed) {}
    /// The next word; an empty one (length 0) at the end of the text. Returned by value,
    /// in registers: read back from memory, a span just stored stalled the snippet loop.
    [[nodiscard]] WordSpan next();

  private:
    std::string_view text_;
    std::size_t offset_ = 0;
    bool as_indexed_ = false;
    WordSpan after_article_{0, 0};  ///< the rest of a word whose article was given
};

/// The words of `text`, in order. Apostrophes (' and ’) count only between letters.
[[nodiscard]] std::vector<WordSpan> split_words(std::string_view text);

/// The number of words in `text`, counted no further than `limit`: enough to compare the
/// count with a bound without reading a long block to its end or storing its words. A run
/// of CJK characters counts a word for every two, as a Chinese word has one to three
/// (about two on average), so that a line's length in words means what it does in
/// English: a Chinese byline or menu line is as short as an English one.
[[nodiscard]] std::size_t count_words(std::string_view text, std::size_t limit = SIZE_MAX);

/// The length of an elided French or Italian article glued to the front of `word`
/// ("d’Emmanuel", "l’Italie", "dell’Europa", "qu’il"), apostrophe included; 0 if none.
/// Lower-case articles only unless `any_case`: "D'Arcy" and "O'Brien" are names. The
/// extractors split such a word in two, so that a name or a country after the article is
/// seen.
[[nodiscard]] std::size_t elided_article_length(std::string_view word, bool any_case = false);

/// An elided article glued to a word in folded text (fold() has made every ’ an '): byte
/// offsets of the article, of its apostrophe, and of the end of the word after it.
struct ElidedArticle {
    std::size_t start = 0, apostrophe = 0, word_end = 0;
};

/// The elided articles of folded text (elided_article_length; folded, so in any case).
[[nodiscard]] std::vector<ElidedArticle> find_elided_articles(std::string_view folded);

/// Makes the apostrophe of each elided article in folded text a space, so that the index
/// sees "l'italie" as "l" and "italie", and a search for "italie" finds it. Case does not
/// matter once folded: "D'Arcy" is indexed as "d arcy" (and searched so). Offsets are
/// unchanged.
void separate_elided_articles(std::string& folded);

/// True for a code point that can be part of a word.
[[nodiscard]] bool is_word_char(char32_t c);

}  // namespace newsdex
