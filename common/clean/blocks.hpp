/** @file blocks.hpp
 *  @brief Splitting an article's text into paragraph blocks.
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// The paragraph blocks of a text, whitespace collapsed, glued sentences repaired.
///
/// Scraped pages put one block element per line, so each line is a block. Wire copy and
/// archives are hard-wrapped at ~70 columns: when nearly every line is short and most
/// lines of some length stop mid-sentence, lines are joined into paragraphs that end at a
/// blank line or an indented line.
[[nodiscard]] std::vector<std::string> split_blocks(std::string_view text);

/// Collapses runs of white space (including no-break spaces) to one space and trims.
[[nodiscard]] std::string collapse_whitespace(std::string_view text);

}  // namespace newsdex
