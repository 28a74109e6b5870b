/** @file words.cpp
 *  @brief Word splitting over UTF-8.
 */
#include "common/text/words.hpp"

#include <unicode/uchar.h>

#include "common/text/utf8.hpp"

namespace newsdex {

bool is_word_char(char32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    auto category = u_charType(static_cast<UChar32>(c));
    return u_isalnum(static_cast<UChar32>(c)) || category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK;
}

namespace {
bool is_apostrophe(char32_t c) {
    return c == '\'' || c == U'\u2019';
}
}  // namespace

namespace {

/// The code point at `offset`, advancing it; ASCII without a call (most of any text).
char32_t next_code_point(std::string_view text, std::size_t& offset) {
    auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {
        ++offset;
        return byte;
    }
    return utf8::next(text, offset);
}

}  // namespace

bool WordReader::next(WordSpan& word) {
    std::size_t start = 0;
    bool in_word = false;
    while (offset_ < text_.size()) {
        std::size_t here = offset_;
        char32_t c = next_code_point(text_, offset_);
        if (is_word_char(c)) {
            if (!in_word) start = here;
            in_word = true;
            continue;
        }
        if (in_word && is_apostrophe(c) && offset_ < text_.size()) {
            std::size_t peek = offset_;
            if (is_word_char(next_code_point(text_, peek))) continue;
        }
        if (in_word) {
            word = {start, here - start};
            return true;
        }
    }
    if (!in_word) return false;
    word = {start, text_.size() - start};
    return true;
}

std::vector<WordSpan> split_words(std::string_view text) {
    std::vector<WordSpan> words;
    WordReader reader(text);
    for (WordSpan word{}; reader.next(word);) words.push_back(word);
    return words;
}

}  // namespace newsdex
