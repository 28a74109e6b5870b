/** @file letter_case.hpp
 *  @brief Capitals and small letters: whole texts, single words.
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// True when four letters in five or more are capitals (wire copy, archives): such text
/// marks neither sentence starts nor names by case. The cleaner asks it of a page's lines,
/// the extractors of its paragraphs.
[[nodiscard]] bool is_upper_case_text(const std::vector<std::string_view>& texts);
[[nodiscard]] bool is_upper_case_text(const std::vector<std::string>& texts);

/// True when the first letter of `word` is a capital ("Madrid", "Émile").
[[nodiscard]] bool starts_with_capital(std::string_view word);
/// `word` in small letters, accents kept ("Pública" → "pública"); code point by code
/// point, as word lists spell their entries.
[[nodiscard]] std::string lower_case(std::string_view word);

}  // namespace newsdex
