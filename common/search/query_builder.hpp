/** @file query_builder.hpp
 *  @brief User query text and filter options → one Xapian::Query.
 *
 * Query text goes through Xapian's QueryParser after folding (so capitalised words are
 * stemmed and accents do not matter); the operators AND, OR, NOT, XOR, NEAR and ADJ are
 * kept in capitals. Field prefixes come from schema::fields: `title:` is free text,
 * `person:`, `country:` and `year:` are filters whose values are normalised by field
 * processors exactly as the indexer normalised them.
 */
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "common/search/search_request.hpp"

namespace newsdex {

struct BuiltQuery {
    Xapian::Query query;
    bool has_words = false;  ///< false when only filters were given: list by date
    Xapian::Stem stemmer;
};

/// Throws UsageError for a bad filter value and Xapian::QueryParserError for bad syntax.
[[nodiscard]] BuiltQuery build_query(const Xapian::Database& database, const SearchRequest& request);

/// Folds query text while keeping boolean operators in capitals.
[[nodiscard]] std::string fold_query_text(std::string_view text);

/// The filter for a `year:` value or --year option: "2020", "2017..2020", "2017..", "..2020".
[[nodiscard]] Xapian::Query year_query(std::string_view value);

}  // namespace newsdex
