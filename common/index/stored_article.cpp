/** @file stored_article.cpp
 *  @brief StoredArticle ⇄ JSON.
 */
#include "common/index/stored_article.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <stdexcept>

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

namespace {

/// Reads the CBOR document data straight into a StoredArticle, without building a JSON
/// tree first: the searcher decodes ten of these per query, and the tree's allocations
/// were most of the decoding time. Same rules as stored_article_from_json: unknown keys
/// and values of the wrong type are skipped.
class StoredArticleReader : public nlohmann::json_sax<nlohmann::json> {
  public:
    explicit StoredArticleReader(StoredArticle& article) : article_(article) {}

    bool null() override { return value_done(); }
    bool boolean(bool) override { return value_done(); }
    bool number_integer(number_integer_t value) override { return integer(value); }
    bool number_unsigned(number_unsigned_t value) override {
        return integer(static_cast<number_integer_t>(std::min<number_unsigned_t>(value, INT32_MAX)));
    }
    bool number_float(number_float_t, const string_t&) override { return value_done(); }
    bool binary(binary_t&) override { return value_done(); }

    bool string(string_t& value) override {
        if (std::string* field = string_field()) *field = std::move(value);
        if (depth_ == 4 && in("people") && key_ == "variant_keys") {
            article_.people.back().variant_keys.push_back(std::move(value));
            return true;
        }
        return value_done();
    }

    bool start_object(std::size_t) override {
        ++depth_;
        if (depth_ == 3 && in("people")) article_.people.emplace_back();
        if (depth_ == 3 && in("countries")) article_.countries.emplace_back();
        return true;
    }
    bool end_object() override {
        --depth_;
        return value_done();
    }
    bool start_array(std::size_t) override {
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        return value_done();
    }
    bool key(string_t& name) override {
        if (depth_ == 1) top_key_ = name;
        key_ = std::move(name);
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

  private:
    bool in(std::string_view top_key) const { return top_key_ == top_key; }

    /// The string member the current key names, at this depth, or nullptr.
    std::string* string_field() {
        if (depth_ == 1) {
            if (key_ == "path") return &article_.path;
            if (key_ == "title") return &article_.title;
            if (key_ == "date") return &article_.date;
            if (key_ == "year_source") return &article_.year_source;
            if (key_ == "source") return &article_.source;
            if (key_ == "url") return &article_.url;
            if (key_ == "body") return &article_.body;
        } else if (depth_ == 3 && in("people")) {
            if (key_ == "name") return &article_.people.back().name;
            if (key_ == "key") return &article_.people.back().key;
        } else if (depth_ == 3 && in("countries")) {
            if (key_ == "code") return &article_.countries.back().code;
            if (key_ == "name") return &article_.countries.back().name;
        }
        return nullptr;
    }

    bool integer(number_integer_t value) {
        int number = static_cast<int>(std::clamp<number_integer_t>(value, INT32_MIN, INT32_MAX));
        if (depth_ == 1 && key_ == "year") article_.year = number;
        if (depth_ == 3 && key_ == "mentions" && in("people")) article_.people.back().mentions = number;
        if (depth_ == 3 && key_ == "mentions" && in("countries")) article_.countries.back().mentions = number;
        return value_done();
    }

    bool value_done() { return true; }

    StoredArticle& article_;
    int depth_ = 0;
    std::string top_key_;
    std::string key_;
};

}  // namespace

StoredArticle decode_document_data(const std::string& data) {
    StoredArticle article;
    StoredArticleReader reader(article);
    if (!nlohmann::json::sax_parse(data, &reader, nlohmann::json::input_format_t::cbor)) {
        throw std::runtime_error("document data is not valid CBOR");
    }
    return article;
}

}  // namespace newsdex
