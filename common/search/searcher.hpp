/** @file searcher.hpp
 *  @brief parse → query → match: one search over an open database.
 */
#pragma once

#include <xapian.h>

#include <string>

#include "common/search/search_request.hpp"

namespace newsdex {

/// Opens the database at `path` (a newsdex folder, a Xapian database or a stub listing
/// remote shards) and checks its schema. Throws DatabaseError with a hint.
[[nodiscard]] Xapian::Database open_database(const std::string& path);

/// Runs `request`: ranked (BM25) or by date, exact total and facets over the whole match
/// set, snippets for the page of hits. Retries once after the index changed underneath.
[[nodiscard]] SearchResult run_search(Xapian::Database& database, const SearchRequest& request,
                                      const SnippetMarkers& markers);

}  // namespace newsdex
