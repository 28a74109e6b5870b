/** @file front_matter.hpp
 *  @brief The optional "---" block at the top of an article file.
 */
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/corpus/partial_date.hpp"

namespace newsdex {

struct FrontMatter {
    std::optional<std::string> title;
    std::optional<PartialDate> date;
    std::optional<std::string> source;
    std::optional<std::string> url;
};

struct SplitArticle {
    FrontMatter front_matter;
    std::string body;             ///< the text after the front matter
    std::size_t body_first_line;  ///< 1-based line number of body's first line in the file
};

/// Splits front matter (between a first line "---" and the next "---") from the body.
/// Keys: date (YYYY, YYYY-MM, YYYY-MM-DD), title, source, url; others are ignored.
/// Throws ArticleError with the line number for a block that never closes or a bad date.
[[nodiscard]] SplitArticle split_front_matter(std::string_view text);

}  // namespace newsdex
