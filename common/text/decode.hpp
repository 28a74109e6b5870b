/** @file decode.hpp
 *  @brief Turn the bytes of a file into UTF-8 text, or say why that is not possible.
 */
#pragma once

#include <string>
#include <string_view>

namespace newsdex {

struct DecodedText {
    std::string text;      ///< valid UTF-8, BOM removed
    std::string encoding;  ///< "UTF-8", or the charset it was converted from
};

/// UTF-8 passes through; UTF-16 with a BOM is converted; other bytes are converted only
/// when ICU's charset detector is confident of a legacy Latin charset (Latin-1,
/// Windows-1252...). Throws ArticleError naming the problem (binary, NUL byte, unknown
/// encoding) otherwise.
[[nodiscard]] DecodedText decode(std::string_view bytes);

/// The same, but bytes that are not UTF-8 are converted from `declared_charset` when the
/// file names one that ICU knows (a web page's <meta charset>): what a page says of its
/// own bytes beats a guess from them, and covers the charsets detection is not trusted
/// with (GB18030, Shift_JIS, KOI8-R…).
[[nodiscard]] DecodedText decode(std::string_view bytes, const std::string& declared_charset);

}  // namespace newsdex
