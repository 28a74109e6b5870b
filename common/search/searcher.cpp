/** @file searcher.cpp
 *  @brief Matching, facets and snippets.
 */
#include "common/search/searcher.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "common/error.hpp"
#include "common/index/database_check.hpp"
#include "common/schema.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/query_builder.hpp"
#include "common/search/snippet.hpp"

namespace newsdex {

namespace {

Hit make_hit(const Xapian::MSetIterator& it, const Highlighter& highlighter, const SearchRequest& request,
             const SnippetMarkers& markers) {
    Hit hit;
    hit.rank = it.get_rank() + 1;
    hit.score = it.get_weight();
    hit.article = decode_document_data(it.get_document().get_data());
    hit.snippet = highlighter.snippet(hit.article.body, request.snippet_words, markers);
    return hit;
}

/// Shows each hit's people by the name chosen across the whole match set, so one person
/// reads the same in every hit and in the facet list.
void use_index_wide_names(std::vector<Hit>& hits, const std::vector<PersonCount>& people) {
    std::unordered_map<std::string, const std::string*> names;
    for (const auto& person : people) {
        names[person.key] = &person.name;
        for (const auto& key : person.merged_keys) names[key] = &person.name;
    }
    for (auto& hit : hits) {
        for (auto& person : hit.article.people) {
            if (auto it = names.find(person.key); it != names.end()) person.name = *it->second;
        }
    }
}

SearchResult search_once(const Xapian::Database& database, const SearchRequest& request,
                         const SnippetMarkers& markers) {
    BuiltQuery built = build_query(database, request);
    Xapian::Enquire enquire(database);
    enquire.set_query(built.query);
    if (!built.has_words || request.sort == SortOrder::date) {
        enquire.set_sort_by_value_then_relevance(schema::slot::date, true);
    }
    FacetCounter facets(enquire);
    Xapian::MSet matches = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                            static_cast<Xapian::doccount>(request.limit), database.get_doccount());
    SearchResult result;
    result.query_description = built.query.get_description();
    result.total = matches.get_matches_estimated();
    Highlighter highlighter =
        built.has_words ? Highlighter::for_query(built.query, built.stemmer) : Highlighter({}, built.stemmer);
    for (auto it = matches.begin(); it != matches.end(); ++it) {
        result.hits.push_back(make_hit(it, highlighter, request, markers));
    }
    std::vector<PersonCount> all_people;
    result.facets = facets.collect(request.facet_limit, all_people);
    use_index_wide_names(result.hits, all_people);
    return result;
}

}  // namespace

Xapian::Database open_database(const std::string& path) {
    if (!std::filesystem::exists(path)) {
        throw DatabaseError(fmt::format("{}: no database here; run newsdex-index --db {} first", path, path));
    }
    try {
        Xapian::Database database(path);
        check_schema(database);
        return database;
    } catch (const Xapian::DatabaseOpeningError& error) {
        throw DatabaseError(fmt::format("{}: cannot open as a database ({})", path, error.get_msg()));
    } catch (const Xapian::DatabaseCorruptError& error) {
        throw DatabaseError(
            fmt::format("{}: database is corrupt ({}); re-run newsdex-index --rebuild", path, error.get_msg()));
    }
}

SearchResult run_search(Xapian::Database& database, const SearchRequest& request, const SnippetMarkers& markers) {
    try {
        return search_once(database, request, markers);
    } catch (const Xapian::DatabaseModifiedError&) {
        // The indexer committed twice while we read: read the newest revision instead.
        database.reopen();
        return search_once(database, request, markers);
    }
}

}  // namespace newsdex
