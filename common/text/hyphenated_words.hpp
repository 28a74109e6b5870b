/** @file hyphenated_words.hpp
 *  @brief Words of two parts joined by a hyphen ("e-mail", "co-operation", "on-line").
 *
 * British copy writes "e-mail", "co-operation" and "on-line" where American copy writes
 * "email", "cooperation" and "online", and Xapian's TermGenerator makes the hyphenated
 * word two words: a search for "email" found 12 BBC stories of the 81 that name it. So
 * the indexer also files such a word joined, at the positions of both its parts, and a
 * query's hyphenated word also matches the joined word (search/joined_words.hpp): either
 * spelling finds both. Only words of two parts, each of ASCII letters after folding:
 * "state-of-the-art", "2004-05" and "mid-1990s" are left as they are.
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// The two parts of a hyphenated word.
struct HyphenatedWord {
    std::string_view first, second;
    [[nodiscard]] std::string joined() const { return std::string(first) + std::string(second); }
};

/// The hyphenated words of two parts in folded text ("well-known", not "state-of-the-art",
/// "e-mail's" or "b-52"), in order, repeats included.
[[nodiscard]] std::vector<HyphenatedWord> hyphenated_words(std::string_view folded);

/// Whether the words at `first` and `second` of `text` (WordSpan-style byte ranges, the
/// second right after the first) are the two parts of a hyphenated word: one hyphen
/// between them, no hyphen or word before the first or after the second.
[[nodiscard]] bool form_hyphenated_word(std::string_view text, std::size_t first_start, std::size_t first_end,
                                        std::size_t second_start, std::size_t second_end);

}  // namespace newsdex
