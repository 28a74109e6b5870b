/** @file letter_case.hpp
 *  @brief Whether a text is written all in capitals.
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

}  // namespace newsdex
