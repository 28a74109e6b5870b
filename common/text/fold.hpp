/** @file fold.hpp
 *  @brief The one function that turns text into its searchable form.
 *
 * Used at index time, at query time and by the highlighter, so that "Nicolás", "NICOLAS"
 * and "nicolas" are the same word everywhere.
 */
#pragma once

#include <string>
#include <string_view>

namespace newsdex {

/// NFKD, drop combining marks (accents), case-fold, NFC; U+2019 becomes an apostrophe.
/// Invalid UTF-8 is replaced by U+FFFD rather than rejected.
[[nodiscard]] std::string fold(std::string_view text);

/// Latin transliteration of any script (ICU "Any-Latin"), then fold(): "Сергей" → "sergej".
/// Slower than fold(); meant for names, not whole texts.
[[nodiscard]] std::string fold_to_latin(std::string_view text);

}  // namespace newsdex
