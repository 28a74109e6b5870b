/** @file json_output.cpp
 *  @brief JSON building with nlohmann::json (which escapes control characters).
 */
#include "common/output/json_output.hpp"

#include <nlohmann/json.hpp>

namespace newsdex {

namespace {

/// The stored article as printed: person identity keys are internal to the index.
nlohmann::json public_article_json(const StoredArticle& article) {
    nlohmann::json json = to_json(article);
    for (auto& person : json["people"]) {
        person.erase("key");
        person.erase("variant_keys");
    }
    return json;
}

/// A hit: the stored article without its body (the snippet stands for it), plus rank,
/// score, snippet, whether it has only some of the words and which hit's text it repeats.
nlohmann::json hit_json(const Hit& hit) {
    nlohmann::json json = public_article_json(hit.article);
    for (const char* internal : {"body", "url", "year_source"}) json.erase(internal);
    json["rank"] = hit.rank;
    json["score"] = hit.score;
    json["snippet"] = hit.snippet;
    json["partial"] = hit.partial;
    json["same_text_as"] = hit.same_text_as ? nlohmann::json(*hit.same_text_as) : nlohmann::json(nullptr);
    return json;
}

nlohmann::json facets_json(const Facets& facets) {
    nlohmann::json people = nlohmann::json::array(), countries = nlohmann::json::array(),
                   years = nlohmann::json::array();
    for (const auto& person : facets.people) people.push_back({{"name", person.name}, {"count", person.count}});
    for (const auto& country : facets.countries) {
        countries.push_back({{"code", country.code}, {"name", country.name}, {"count", country.count}});
    }
    for (const auto& year : facets.years) years.push_back({{"year", year.year}, {"count", year.count}});
    return {{"people", people}, {"countries", countries}, {"years", years}};
}

}  // namespace

nlohmann::json search_result_json(const SearchRequest& request, const SearchResult& result) {
    nlohmann::json hits = nlohmann::json::array();
    for (const auto& hit : result.hits) hits.push_back(hit_json(hit));
    return {{"version", json_format_version},
            {"query",
             {{"text", request.query},
              {"people", request.people},
              {"countries", request.countries},
              {"years", request.years},
              {"xapian", result.query_description}}},
            {"total", result.total},
            {"total_with_some_words",
             result.total_with_some_words ? nlohmann::json(*result.total_with_some_words) : nlohmann::json(nullptr)},
            {"did_you_mean", result.did_you_mean ? nlohmann::json(*result.did_you_mean) : nlohmann::json(nullptr)},
            {"corrected", result.corrected},
            {"offset", request.offset},
            {"hits", hits},
            {"facets", facets_json(result.facets)}};
}

nlohmann::json extract_json(const ProcessedArticle& article) {
    nlohmann::json json = public_article_json(article.stored);
    json["encoding"] = article.encoding;
    json["language"] = article.language;
    json["removed"] = article.removed;
    return json;
}

}  // namespace newsdex
