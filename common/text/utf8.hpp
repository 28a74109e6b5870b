/** @file utf8.hpp
 *  @brief Small UTF-8 helpers: validation, code point iteration, control-character scrubbing.
 */
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsdex::utf8 {

/// Byte offset of the first invalid sequence, or nullopt when `text` is valid UTF-8.
[[nodiscard]] std::optional<std::size_t> first_invalid(std::string_view text);

/// next() past a lead byte of 0x80 or more.
char32_t next_multibyte(std::string_view text, std::size_t& offset);
/// append() of a code point of 0x80 or more.
void append_multibyte(std::string& out, char32_t c);

/// Decodes the code point at `offset` and advances it; invalid bytes yield U+FFFD.
/// Inline for ASCII, most bytes of most text: cleaning reads every byte several times.
inline char32_t next(std::string_view text, std::size_t& offset) {
    auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {
        ++offset;
        return byte;
    }
    return next_multibyte(text, offset);
}

/// Appends `c` encoded as UTF-8.
inline void append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
        return;
    }
    append_multibyte(out, c);
}

/// Where the run of bytes from `at` that `keep` accepts ends. The passes that copy ASCII
/// whole use it with a `keep` that refuses bytes of 0x80 and more, so a run never ends
/// inside a multi-byte sequence.
template <typename Keep>
std::size_t run_end(std::string_view text, std::size_t at, Keep keep) {
    while (at < text.size() && keep(static_cast<unsigned char>(text[at]))) ++at;
    return at;
}

/// Replaces control characters (C0 except TAB and LF, DEL, C1 — ESC included) with
/// U+FFFD, so untrusted text can never drive a terminal; makes the line ends of Windows
/// (CR LF) and of old Macs (CR) LF, as a blank line between paragraphs must read as one
/// (files saved on Windows are common in scraped collections); and drops the invisible marks
/// of where a word may break or must not (soft hyphen, zero-width space, word joiner,
/// a byte-order mark inside the text), which would otherwise cut "Em\u00ADma\u00ADnuel"
/// into three words for the index and the extractors (one page in 16 of cleaneval-dev
/// carries soft hyphens). Joiners that shape a script (U+200C, U+200D) stay.
[[nodiscard]] std::string scrub_controls(std::string_view text);

}  // namespace newsdex::utf8
