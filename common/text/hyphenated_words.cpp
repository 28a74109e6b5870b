/** @file hyphenated_words.cpp
 *  @brief Words of two parts joined by a hyphen.
 */
#include "common/text/hyphenated_words.hpp"

#include "common/text/ascii.hpp"

namespace newsdex {

namespace {

/// A byte that carries on a word or a hyphenated chain: one of a word, a hyphen or an
/// apostrophe.
bool continues_word(char c) {
    return may_be_word_byte(c) || c == '-' || c == '\'';
}

}  // namespace

bool form_hyphenated_word(std::string_view text, std::size_t first_start, std::size_t first_end,
                          std::size_t second_start, std::size_t second_end) {
    if (first_start >= first_end || second_start >= second_end || second_end > text.size()) return false;
    if (first_end + 1 != second_start || text[first_end] != '-') return false;
    for (std::size_t i = first_start; i < first_end; ++i) {
        if (!is_ascii_letter(text[i])) return false;
    }
    for (std::size_t i = second_start; i < second_end; ++i) {
        if (!is_ascii_letter(text[i])) return false;
    }
    bool alone_before = first_start == 0 || !continues_word(text[first_start - 1]);
    bool alone_after = second_end == text.size() || !continues_word(text[second_end]);
    return alone_before && alone_after;
}

std::vector<HyphenatedWord> hyphenated_words(std::string_view folded) {
    std::vector<HyphenatedWord> found;
    for (std::size_t hyphen = folded.find('-'); hyphen != std::string_view::npos;
         hyphen = folded.find('-', hyphen + 1)) {
        std::size_t start = hyphen, end = hyphen + 1;
        while (start > 0 && is_ascii_letter(folded[start - 1])) --start;
        while (end < folded.size() && is_ascii_letter(folded[end])) ++end;
        if (form_hyphenated_word(folded, start, hyphen, hyphen + 1, end)) {
            found.push_back({folded.substr(start, hyphen - start), folded.substr(hyphen + 1, end - hyphen - 1)});
        }
    }
    return found;
}

}  // namespace newsdex
