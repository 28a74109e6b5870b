/** @file text_output.hpp
 *  @brief Human-readable search results for a terminal or a pipe.
 */
#pragma once

#include <ostream>

#include "common/search/search_request.hpp"

namespace newsdex {

struct TextStyle {
    bool color = false;  ///< ANSI colours and bold (only on a terminal, never with NO_COLOR)
};

/// The markers snippets get for this style: ANSI bold colour, or visible "**" in plain text.
[[nodiscard]] SnippetMarkers snippet_markers(const TextStyle& style);

/// Hits, then facets (years as a bar chart), or what to try when nothing matched.
/// Every string from an article or a file name is scrubbed of control characters first.
void print_text(std::ostream& out, const SearchResult& result, const TextStyle& style);

}  // namespace newsdex
