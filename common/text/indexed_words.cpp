/** @file indexed_words.cpp
 *  @brief Xapian's word rules over UTF-8, ASCII decided by table.
 */
#include "common/text/indexed_words.hpp"

#include <xapian.h>

#include <array>

#include "common/text/ascii.hpp"
#include "common/text/utf8.hpp"

namespace newsdex {

namespace {

/// Xapian's word characters among ASCII: letters, digits and the connector `_` (a unit
/// test checks this against Xapian::Unicode::is_wordchar).
constexpr auto ascii_word_chars =
    ascii_table([](char c) { return is_ascii_letter(c) || is_ascii_digit(c) || c == '_'; });

bool is_word_char(char32_t c) {
    return c < 0x80 ? ascii_word_chars[c] : Xapian::Unicode::is_wordchar(static_cast<unsigned>(c));
}

char32_t to_lower(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    return Xapian::Unicode::tolower(static_cast<unsigned>(c));
}

bool is_ascii_capital(char32_t c) {
    return c >= 'A' && c <= 'Z';
}

bool is_decimal_digit(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return Xapian::Unicode::get_category(static_cast<unsigned>(c)) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER;
}

/// Marks between two word characters that leave them one word but are not kept in it.
bool is_invisible_joiner(char32_t c) {
    return c == 0x200b || c == 0x200c || c == 0x200d || c == 0x2060 || c == 0xfeff;
}

/// What a word keeps of `c` standing between two word characters: the mark itself, an
/// apostrophe for a typographic one, `dropped` for an invisible joiner, or 0 when `c`
/// ends the word. Between two digits (`between_digits`) the marks of numbers join instead.
constexpr char32_t dropped = 0xffffffff;
char32_t infix_kept(char32_t c, bool between_digits) {
    if (is_invisible_joiner(c)) return dropped;
    if (between_digits) {
        switch (c) {
            case ',':
            case '.':
            case ';':
            case 0x037e:  // Greek question mark
            case 0x0589:  // Armenian full stop
            case 0x060d:  // Arabic date separator
            case 0x07f8:  // N'Ko comma
            case 0x2044:  // fraction slash
            case 0xfe10:  // presentation forms for vertical comma, colon and semicolon
            case 0xfe13:
            case 0xfe14:
                return c;
            default:
                return 0;
        }
    }
    if (c == '\'' || c == '&' || c == 0xb7 || c == 0x05f4 || c == 0x2027) return c;
    if (c == 0x2019 || c == 0x201b) return '\'';
    return 0;
}

/// The code point at `offset` (inside `text`), with `after` set past it.
char32_t code_point_at(std::string_view text, std::size_t offset, std::size_t& after) {
    after = offset;
    return utf8::next(text, after);
}

}  // namespace

bool IndexedWordReader::next(std::string& word) {
    word.clear();
    std::size_t after = 0;
    char32_t c = 0;
    for (;; offset_ = after) {
        if (offset_ >= text_.size()) return false;
        c = code_point_at(text_, offset_, after);
        if (is_word_char(c)) break;
    }
    if (is_ascii_capital(c) && read_acronym(word)) return true;
    for (;;) {
        char32_t last = 0;  // the last word character, lower-cased
        do {
            last = to_lower(c);
            utf8::append(word, last);
            offset_ = after;
            if (offset_ == text_.size()) return true;  // no suffix at the very end either
            c = code_point_at(text_, offset_, after);
        } while (is_word_char(c));
        if (after == text_.size()) break;
        std::size_t next_after = 0;
        char32_t following = code_point_at(text_, after, next_after);
        if (!is_word_char(following)) break;
        char32_t kept = infix_kept(c, is_decimal_digit(last) && is_decimal_digit(following));
        if (kept == 0) break;
        if (kept != dropped) utf8::append(word, kept);
        offset_ = after;
        c = following;
        after = next_after;
    }
    read_suffixes(word);
    return true;
}

/// Capitals with a full stop after each but perhaps the last ("U.S.A.", "U.N"), not
/// followed by a word character: lower-cased, without the stops. A single capital is no
/// acronym: "M&S" is read as an ordinary word.
bool IndexedWordReader::read_acronym(std::string& word) {
    std::size_t at = offset_;
    do {
        word += static_cast<char>(to_lower(static_cast<unsigned char>(text_[at++])));
    } while (at < text_.size() && text_[at] == '.' && ++at < text_.size() && is_ascii_capital(text_[at]));
    std::size_t after = 0;
    if (word.size() > 1 && (at == text_.size() || !is_word_char(code_point_at(text_, at, after)))) {
        offset_ = at;
        return true;
    }
    word.clear();
    return false;
}

/// Up to three `+` or `#` after a word ("C++", "F#"), unless a word character follows
/// them ("fish+chips"); four or more are no suffix.
void IndexedWordReader::read_suffixes(std::string& word) {
    std::size_t length = word.size();
    std::size_t after = 0;
    char32_t c = code_point_at(text_, offset_, after);
    for (unsigned count = 1; c == '+' || c == '#'; ++count) {
        if (count > 3) {
            word.resize(length);
            return;
        }
        word += static_cast<char>(c);
        offset_ = after;
        if (offset_ == text_.size()) return;
        c = code_point_at(text_, offset_, after);
    }
    if (is_word_char(c)) word.resize(length);
}

}  // namespace newsdex
