/** @file stored_article.cpp
 *  @brief StoredArticle ⇄ JSON, and the CBOR document data.
 */
#include "common/index/stored_article.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "common/index/cbor_reader.hpp"
#include "common/index/document_compression.hpp"

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

std::string encode_document_data(const StoredArticle& article) {
    std::vector<std::uint8_t> bytes = nlohmann::json::to_cbor(to_json(article));
    return compress_document_data({reinterpret_cast<const char*>(bytes.data()), bytes.size()});
}

namespace {

/// The text at the cursor, or skipped (and left as it was) when the value is of another
/// type: a field of the wrong type reads as missing, as an unknown key is skipped.
void read_text_into(CborReader& reader, std::string& field) {
    if (reader.peek() == CborReader::Type::text) {
        field = reader.read_text();
    } else {
        reader.skip();
    }
}

bool is_integer(CborReader& reader) {
    auto type = reader.peek();
    return type == CborReader::Type::unsigned_integer || type == CborReader::Type::negative_integer;
}

/// The integer at the cursor, or skipped when the value is of another type.
void read_int_into(CborReader& reader, int& field) {
    if (is_integer(reader)) {
        field = reader.read_int();
    } else {
        reader.skip();
    }
}

/// Calls read_entry(key) for each entry of the map at the cursor (skipping anything else).
template <typename ReadEntry>
void read_map(CborReader& reader, ReadEntry read_entry) {
    if (reader.peek() != CborReader::Type::map) return reader.skip();
    for (auto entries = reader.read_map(); entries > 0; --entries) read_entry(reader.read_text());
}

/// Calls read_item() for each item of the array at the cursor (skipping anything else).
template <typename ReadItem>
void read_array(CborReader& reader, ReadItem read_item) {
    if (reader.peek() != CborReader::Type::array) return reader.skip();
    for (auto items = reader.read_array(); items > 0; --items) read_item();
}

StoredPerson read_person(CborReader& reader) {
    StoredPerson person;
    read_map(reader, [&](std::string_view key) {
        if (key == "name") return read_text_into(reader, person.name);
        if (key == "key") return read_text_into(reader, person.key);
        if (key == "mentions") return read_int_into(reader, person.mentions);
        if (key == "variant_keys") {
            return read_array(reader, [&] { read_text_into(reader, person.variant_keys.emplace_back()); });
        }
        reader.skip();
    });
    return person;
}

StoredCountry read_country(CborReader& reader) {
    StoredCountry country;
    read_map(reader, [&](std::string_view key) {
        if (key == "code") return read_text_into(reader, country.code);
        if (key == "name") return read_text_into(reader, country.name);
        if (key == "mentions") return read_int_into(reader, country.mentions);
        reader.skip();
    });
    return country;
}

}  // namespace

StoredArticle decode_document_data(const std::string& stored) {
    std::string data = decompress_document_data(stored);
    // Read field by field rather than through a JSON tree: the searcher decodes every hit it
    // shows, and the tree and nlohmann's byte-at-a-time strings were most of that time.
    StoredArticle article;
    CborReader reader(data);
    if (reader.peek() != CborReader::Type::map) throw std::runtime_error("document data: not a map");
    read_map(reader, [&](std::string_view key) {
        for (auto [name, field] : {std::pair{"path", &article.path},
                                   {"title", &article.title},
                                   {"date", &article.date},
                                   {"year_source", &article.year_source},
                                   {"source", &article.source},
                                   {"url", &article.url},
                                   {"body", &article.body}}) {
            if (key == name) return read_text_into(reader, *field);
        }
        if (key == "year" && is_integer(reader)) {
            article.year = reader.read_int();
            return;
        }
        if (key == "people") return read_array(reader, [&] { article.people.push_back(read_person(reader)); });
        if (key == "countries") return read_array(reader, [&] { article.countries.push_back(read_country(reader)); });
        reader.skip();
    });
    if (!reader.at_end()) throw std::runtime_error("document data: bytes after the article");
    return article;
}

}  // namespace newsdex
