/** @file ascii.hpp
 *  @brief ASCII letters, digits and white space, tested byte by byte without a locale.
 */
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace newsdex {

[[nodiscard]] constexpr bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

[[nodiscard]] constexpr bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

/// The 128 ASCII bytes that `accept` accepts, as a table: loops over every byte of a text
/// decide most bytes by one look-up.
template <typename Accept>
[[nodiscard]] constexpr std::array<bool, 0x80> ascii_table(Accept accept) {
    std::array<bool, 0x80> table{};
    for (std::size_t c = 0; c < table.size(); ++c) table[c] = accept(static_cast<char>(c));
    return table;
}

/// A byte that may belong to a word: an ASCII letter or digit, or any byte of a UTF-8
/// sequence (most letters beyond ASCII).
[[nodiscard]] constexpr bool may_be_word_byte(char c) {
    return static_cast<unsigned char>(c) >= 0x80 || is_ascii_letter(c) || is_ascii_digit(c);
}

/// Space, tab, line feed, carriage return, form feed: what separates words in text and
/// markup (a no-break space is no separator there).
[[nodiscard]] constexpr bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/// `text` with its ASCII capitals in lower case (other bytes as they are): for names
/// that are ASCII by definition, file extensions, tag names, charset names.
[[nodiscard]] inline std::string lower_ascii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

}  // namespace newsdex
