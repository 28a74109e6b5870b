/** @file json_output.cpp
 *  @brief JSON building with nlohmann::json (which escapes control characters).
 */
#include "common/output/json_output.hpp"

#include <nlohmann/json.hpp>

namespace newsdex {

namespace {

nlohmann::json hit_json(const Hit& hit) {
    const StoredArticle& article = hit.article;
    nlohmann::json people = nlohmann::json::array();
    for (const auto& person : article.people) people.push_back({{"name", person.name}, {"mentions", person.mentions}});
    nlohmann::json countries = nlohmann::json::array();
    for (const auto& country : article.countries) {
        countries.push_back({{"code", country.code}, {"name", country.name}, {"mentions", country.mentions}});
    }
    return {{"rank", hit.rank},
            {"path", article.path},
            {"title", article.title},
            {"year", article.year ? nlohmann::json(*article.year) : nlohmann::json(nullptr)},
            {"date", article.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(article.date)},
            {"source", article.source},
            {"score", hit.score},
            {"people", people},
            {"countries", countries},
            {"snippet", hit.snippet}};
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
            {"offset", request.offset},
            {"hits", hits},
            {"facets", facets_json(result.facets)}};
}

nlohmann::json extract_json(const ProcessedArticle& article) {
    nlohmann::json json = to_json(article.stored);
    for (auto& person : json["people"]) {
        person.erase("key");
        person.erase("variant_keys");
    }
    json["encoding"] = article.encoding;
    json["removed"] = article.removed;
    return json;
}

}  // namespace newsdex
