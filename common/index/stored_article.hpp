/** @file stored_article.hpp
 *  @brief What a document stores for display: the article after cleaning and extraction.
 *
 * Stored as JSON in a value slot (schema::slot::stored_article), so the searcher shows titles, facets and
 * snippets without reading the original files. The same structure is what
 * `newsdex-index --extract` prints (plus the removed text).
 */
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/clean/cleaner.hpp"
#include "common/corpus/article.hpp"
#include "common/extract/extractor.hpp"

namespace newsdex {

struct StoredPerson {
    std::string key;
    std::string name;
    int mentions = 0;
    std::vector<std::string> variant_keys;
    bool operator==(const StoredPerson&) const = default;
};

struct StoredCountry {
    std::string code;
    std::string name;
    int mentions = 0;
    bool operator==(const StoredCountry&) const = default;
};

struct StoredArticle {
    std::string path;
    std::string title;
    std::string date;  ///< ISO partial date, or empty
    std::optional<int> year;
    std::string year_source;  ///< "front-matter", "text" or empty
    std::string source;
    std::string url;
    std::string body;  ///< paragraphs separated by blank lines
    std::vector<StoredPerson> people;
    std::vector<StoredCountry> countries;
    bool operator==(const StoredArticle&) const = default;
};

[[nodiscard]] StoredArticle make_stored_article(const Article& article, const CleanedArticle& cleaned,
                                                const ExtractedFacets& facets);

/// The JSON stored in a document (and printed by --extract, which adds "removed").
[[nodiscard]] nlohmann::json to_json(const StoredArticle& article);

/// The document data: the JSON above encoded as CBOR (RFC 8949), which decodes several
/// times faster than JSON text on the searcher's hot path, in a Zstandard frame
/// (document_compression.hpp).
[[nodiscard]] std::string encode_document_data(const StoredArticle& article);
/// Reads document data back field by field (cbor_reader.hpp). Unknown keys and values of
/// the wrong type are skipped; damaged data throws std::runtime_error saying where.
[[nodiscard]] StoredArticle decode_document_data(const std::string& stored);

}  // namespace newsdex
