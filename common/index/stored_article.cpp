/** @file stored_article.cpp
 *  @brief StoredArticle ⇄ JSON.
 */
#include "common/index/stored_article.hpp"

#include <nlohmann/json.hpp>

namespace newsdex {

namespace {

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
    std::string body;
    for (const auto& paragraph : paragraphs) {
        if (!body.empty()) body += "\n\n";
        body += paragraph;
    }
    return body;
}

}  // namespace

StoredArticle make_stored_article(const Article& article, const CleanedArticle& cleaned,
                                  const ExtractedFacets& facets) {
    StoredArticle stored;
    stored.path = article.path;
    stored.title = cleaned.title.empty() ? article.path : cleaned.title;
    if (facets.date) {
        stored.date = facets.date->iso();
        stored.year = facets.date->year;
    }
    stored.year_source = std::string(date_source_name(facets.date_source));
    stored.source = article.front_matter.source.value_or("");
    stored.url = article.front_matter.url.value_or("");
    stored.body = join_paragraphs(cleaned.paragraphs);
    for (const auto& person : facets.people) {
        stored.people.push_back({person.key, person.name, person.mentions, person.variant_keys});
    }
    for (const auto& country : facets.countries) {
        stored.countries.push_back({country.code, country.name, country.mentions});
    }
    return stored;
}

nlohmann::json to_json(const StoredArticle& article) {
    nlohmann::json people = nlohmann::json::array();
    for (const auto& person : article.people) {
        people.push_back({{"name", person.name},
                          {"key", person.key},
                          {"mentions", person.mentions},
                          {"variant_keys", person.variant_keys}});
    }
    nlohmann::json countries = nlohmann::json::array();
    for (const auto& country : article.countries) {
        countries.push_back({{"code", country.code}, {"name", country.name}, {"mentions", country.mentions}});
    }
    return {
        {"path", article.path},
        {"title", article.title},
        {"date", article.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(article.date)},
        {"year", article.year ? nlohmann::json(*article.year) : nlohmann::json(nullptr)},
        {"year_source", article.year_source.empty() ? nlohmann::json(nullptr) : nlohmann::json(article.year_source)},
        {"source", article.source},
        {"url", article.url},
        {"people", people},
        {"countries", countries},
        {"body", article.body}};
}

StoredArticle stored_article_from_json(const nlohmann::json& json) {
    StoredArticle article;
    article.path = json.value("path", "");
    article.title = json.value("title", "");
    if (json.contains("date") && json["date"].is_string()) article.date = json["date"].get<std::string>();
    if (json.contains("year") && json["year"].is_number_integer()) article.year = json["year"].get<int>();
    if (json.contains("year_source") && json["year_source"].is_string()) {
        article.year_source = json["year_source"].get<std::string>();
    }
    article.source = json.value("source", "");
    article.url = json.value("url", "");
    article.body = json.value("body", "");
    for (const auto& person : json.value("people", nlohmann::json::array())) {
        article.people.push_back({person.value("key", ""), person.value("name", ""), person.value("mentions", 0),
                                  person.value("variant_keys", std::vector<std::string>{})});
    }
    for (const auto& country : json.value("countries", nlohmann::json::array())) {
        article.countries.push_back(
            {country.value("code", ""), country.value("name", ""), country.value("mentions", 0)});
    }
    return article;
}

std::string encode_document_data(const StoredArticle& article) {
    std::vector<std::uint8_t> bytes = nlohmann::json::to_cbor(to_json(article));
    return {bytes.begin(), bytes.end()};
}

StoredArticle decode_document_data(const std::string& data) {
    return stored_article_from_json(nlohmann::json::from_cbor(data));
}

}  // namespace newsdex
