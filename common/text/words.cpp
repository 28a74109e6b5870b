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

std::vector<WordSpan> split_words(std::string_view text) {
    std::vector<WordSpan> words;
    std::size_t offset = 0;
    std::size_t start = 0;
    bool in_word = false;
    while (offset < text.size()) {
        std::size_t here = offset;
        char32_t c = utf8::next(text, offset);
        if (is_word_char(c)) {
            if (!in_word) start = here;
            in_word = true;
            continue;
        }
        if (in_word && is_apostrophe(c) && offset < text.size()) {
            std::size_t peek = offset;
            if (is_word_char(utf8::next(text, peek))) continue;
        }
        if (in_word) words.push_back({start, here - start});
        in_word = false;
    }
    if (in_word) words.push_back({start, text.size() - start});
    return words;
}

}  // namespace newsdex
