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

/// Decodes the code point at `offset` and advances it; invalid bytes yield U+FFFD.
char32_t next(std::string_view text, std::size_t& offset);

/// Appends `c` encoded as UTF-8.
void append(std::string& out, char32_t c);

/// Replaces control characters (C0 except TAB and LF, DEL, C1 — ESC included) with
/// U+FFFD, so untrusted text can never drive a terminal.
[[nodiscard]] std::string scrub_controls(std::string_view text);

}  // namespace newsdex::utf8
