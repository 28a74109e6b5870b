/** @file words.cpp
 *  @brief Word splitting over UTF-8.
 */
#include "common/text/words.hpp"

#include <unicode/uchar.h>

#include <array>

#include "common/text/utf8.hpp"

namespace newsdex {

namespace {

/// ASCII letters and digits: most bytes of any text are decided by this table alone.
constexpr std::array<bool, 0x80> ascii_word_chars = [] {
    std::array<bool, 0x80> table{};
    for (char c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = true;
    for (char c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
    return table;
}();

}  // namespace

bool is_word_char(char32_t c) {
    if (c < 0x80) return ascii_word_chars[c];
    auto category = u_charType(static_cast<UChar32>(c));
    return u_isalnum(static_cast<UChar32>(c)) || category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK;
}

namespace {

bool is_apostrophe(char32_t c) {
    return c == '\'' || c == U'\u2019';
}

/// The code point at `offset`, with `after` set past it.
char32_t code_point_at(std::string_view text, std::size_t offset, std::size_t& after) {
    auto byte = static_cast<unsigned char>(text[offset]);
    after = offset + 1;
    if (byte < 0x80) return byte;
    after = offset;
    return utf8::next(text, after);
}

/// Whether the code point at `offset` can be part of a word, with `after` set past it.
inline bool word_char_at(std::string_view text, std::size_t offset, std::size_t& after) {
    auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {
        after = offset + 1;
        return ascii_word_chars[byte];
    }
    return is_word_char(code_point_at(text, offset, after));
}

}  // namespace

bool WordReader::next(WordSpan& word) {
    // A local position: the compiler cannot keep offset_ in a register, as `word` might
    // alias it, and this loop runs for every byte a snippet reads. ASCII bytes are
    // decided by the table alone, without decoding.
    const std::string_view text = text_;
    std::size_t at = offset_, after = 0;
    auto ascii = [&](std::size_t offset) { return static_cast<unsigned char>(text[offset]) < 0x80; };
    auto ascii_word_char = [&](std::size_t offset) {
        return ascii_word_chars[static_cast<unsigned char>(text[offset])];
    };
    while (at < text.size()) {
        if (ascii(at)) {
            if (ascii_word_char(at)) break;
            ++at;
        } else if (word_char_at(text, at, after)) {
            break;
        } else {
            at = after;
        }
    }
    if (at >= text.size()) {
        offset_ = at;
        return false;
    }
    std::size_t start = at;
    while (at < text.size()) {
        if (ascii(at) && ascii_word_char(at)) {
            ++at;
            continue;
        }
        if (word_char_at(text, at, after)) {
            at = after;
            continue;
        }
        // An apostrophe between word characters is inside the word ("don't", "O'Neill").
        std::size_t peek_after = 0;
        bool inside = is_apostrophe(code_point_at(text, at, after)) && after < text.size() &&
                      word_char_at(text, after, peek_after);
        if (!inside) break;
        at = peek_after;
    }
    offset_ = at;
    word = {start, at - start};
    return true;
}

std::vector<WordSpan> split_words(std::string_view text) {
    std::vector<WordSpan> words;
    WordReader reader(text);
    for (WordSpan word{}; reader.next(word);) words.push_back(word);
    return words;
}

}  // namespace newsdex
