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

/// The offset of the first word character at or after `at`, or text.size(). ASCII bytes
/// are decided by the table alone, without decoding: this runs for every byte a snippet
/// reads.
std::size_t skip_to_word(std::string_view text, std::size_t at) {
    std::size_t after = 0;
    while (at < text.size()) {
        auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) {
            if (ascii_word_chars[byte]) return at;
            ++at;
        } else if (word_char_at(text, at, after)) {
            return at;
        } else {
            at = after;
        }
    }
    return text.size();
}

/// The end of the word starting at `at`. Apostrophes count only between word characters
/// ("don't", "O'Neill").
std::size_t word_end(std::string_view text, std::size_t at) {
    std::size_t after = 0;
    while (at < text.size()) {
        auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) {
            if (ascii_word_chars[byte]) {
                ++at;
                continue;
            }
            if (byte != '\'') return at;  // most words end at an ASCII space or mark
        } else if (word_char_at(text, at, after)) {
            at = after;
            continue;
        }
        std::size_t peek_after = 0;
        bool inside = is_apostrophe(code_point_at(text, at, after)) && after < text.size() &&
                      word_char_at(text, after, peek_after);
        if (!inside) return at;
        at = peek_after;
    }
    return at;
}

}  // namespace

WordSpan WordReader::next() {
    std::size_t start = skip_to_word(text_, offset_);
    offset_ = start < text_.size() ? word_end(text_, start) : start;
    return {start, offset_ - start};
}

std::vector<WordSpan> split_words(std::string_view text) {
    std::vector<WordSpan> words;
    WordReader reader(text);
    for (WordSpan word = reader.next(); word.length > 0; word = reader.next()) words.push_back(word);
    return words;
}

std::size_t count_words(std::string_view text, std::size_t limit) {
    WordReader reader(text);
    std::size_t count = 0;
    while (count < limit && reader.next().length > 0) ++count;
    return count;
}

std::size_t elided_article_length(std::string_view word) {
    static constexpr std::string_view articles[] = {"d", "l", "qu", "dell", "dall", "nell", "sull", "all"};
    for (std::string_view article : articles) {
        if (!word.starts_with(article)) continue;
        for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
            std::size_t length = article.size() + apostrophe.size();
            if (word.size() > length && word.substr(article.size()).starts_with(apostrophe)) return length;
        }
    }
    return 0;
}

}  // namespace newsdex
