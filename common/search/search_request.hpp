/** @file search_request.hpp
 *  @brief What the user asked for, and what comes back.
 */
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/index/stored_article.hpp"

namespace newsdex {

enum class SortOrder { relevance, date };

struct SearchRequest {
    std::string query;                   ///< query text in Xapian QueryParser syntax
    std::vector<std::string> people;     ///< each must match (AND)
    std::vector<std::string> countries;  ///< each must match (AND)
    std::vector<std::string> years;      ///< "2020" or "2017..2020"; any may match (OR)
    bool any_word = false;               ///< default operator OR instead of AND
    SortOrder sort = SortOrder::relevance;
    /// Re-rank the best matches of several words by how close the words stand
    /// (proximity.hpp); off only to measure what it does (newsdex-eval-ranking).
    bool proximity = true;
    std::size_t offset = 0;
    std::size_t limit = 10;
    std::size_t facet_limit = 10;
    std::size_t snippet_words = 40;
};

struct Hit {
    std::size_t rank = 0;  ///< 1-based over the whole match set
    double score = 0;
    StoredArticle article;
    std::string snippet;  ///< with highlight markers (see SnippetMarkers)
    /// Has only some of the words: shown after the whole match set to fill its page.
    bool partial = false;
    /// The rank of the hit above it on the page whose text it repeats (same_text.hpp).
    std::optional<std::size_t> same_text_as;
};

struct PersonCount {
    std::string name;
    std::string key;
    std::size_t count = 0;
    std::vector<std::string> merged_keys;  ///< other spellings counted here
};
struct CountryCount {
    std::string code;
    std::string name;
    std::size_t count = 0;
};
struct YearCount {
    int year = 0;
    std::size_t count = 0;
};

struct Facets {
    std::vector<PersonCount> people;  ///< most frequent first, capped
    std::vector<CountryCount> countries;
    std::vector<YearCount> years;  ///< in year order
};

struct SearchResult {
    std::string query_description;  ///< Xapian's description of the final query
    std::size_t total = 0;          ///< exact number of matching articles
    /// When the match set does not fill the page asked: how many articles have some of
    /// the words (the default AND between words read as OR, as --any does), the match
    /// set included; none when that would change nothing or add no article.
    std::optional<std::size_t> total_with_some_words;
    std::vector<Hit> hits;
    Facets facets;
    /// The query with each word the index lacks replaced by a near word it holds
    /// (spelling.hpp); none when every word is indexed or none has a near one.
    std::optional<std::string> did_you_mean;
    /// True when no article has every word of the query as typed but some have every word
    /// of did_you_mean: the totals, hits and facets are then that query's.
    bool corrected = false;
};

/// Marks put around highlighted words in snippets.
struct SnippetMarkers {
    std::string start = "**";
    std::string end = "**";
};

}  // namespace newsdex
