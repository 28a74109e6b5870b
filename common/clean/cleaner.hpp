/** @file cleaner.hpp
 *  @brief The cleaning stage: the story and its headline, without the page around it.
 */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

struct CleanedArticle {
    std::string title;
    std::vector<std::string> paragraphs;  ///< the story, in order
    std::vector<std::string> removed;     ///< what was dropped, in order, for --extract
    std::vector<std::string> blocks;      ///< every block of the page, kept or not
    std::size_t story_start = 0;          ///< index in blocks of the headline, else of the first kept block
    std::string language;                 ///< ISO 639-1 code of its stop words; empty if unknown
};

/// Cleans an article body. `given_title` (from front matter) wins over the headline found
/// in the text; a block repeating it is not kept in the story.
[[nodiscard]] CleanedArticle clean_article(std::string_view text, const std::optional<std::string>& given_title);

/// Removes parenthesised photo credits inside a block ("… (AP Photo/Felipe Dana)"),
/// appending each to `removed`.
[[nodiscard]] std::string strip_inline_credits(std::string_view block, std::vector<std::string>& removed);

}  // namespace newsdex
