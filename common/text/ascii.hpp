/** @file ascii.hpp
 *  @brief ASCII letters and digits, tested byte by byte without a locale.
 */
#pragma once

namespace newsdex {

[[nodiscard]] constexpr bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

[[nodiscard]] constexpr bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

/// A byte that may belong to a word: an ASCII letter or digit, or any byte of a UTF-8
/// sequence (most letters beyond ASCII).
[[nodiscard]] constexpr bool may_be_word_byte(char c) {
    return static_cast<unsigned char>(c) >= 0x80 || is_ascii_letter(c) || is_ascii_digit(c);
}

}  // namespace newsdex
