/** @file json_output.hpp
 *  @brief The JSON shapes of newsdex's output, documented in docs/json.md.
 */
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "common/index/pipeline.hpp"
#include "common/search/search_request.hpp"

namespace newsdex {

/// Version of the JSON shapes; bump with every change and note it in docs/json.md.
inline constexpr int json_format_version = 6;

/// `newsdex-search --format json`.
[[nodiscard]] nlohmann::json search_result_json(const SearchRequest& request, const SearchResult& result);

/// One line of `newsdex-index --extract --format json`.
[[nodiscard]] nlohmann::json extract_json(const ProcessedArticle& article);

}  // namespace newsdex
