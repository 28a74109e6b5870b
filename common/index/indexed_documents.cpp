/** @file indexed_documents.cpp
 *  @brief Reading paths, signatures, stamps and failures back from an index.
 */
#include "common/index/indexed_documents.hpp"

#include <algorithm>
#include <sstream>
#include <utility>
#include <vector>

#include "common/schema.hpp"

namespace newsdex {

namespace {
std::string one_field(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
    return text;
}
}  // namespace

namespace {

/// Every value of `slot`, in document id order.
std::vector<std::pair<Xapian::docid, std::string>> slot_values(const Xapian::Database& database, Xapian::valueno slot) {
    std::vector<std::pair<Xapian::docid, std::string>> values;
    for (auto it = database.valuestream_begin(slot); it != database.valuestream_end(slot); ++it) {
        values.emplace_back(it.get_docid(), *it);
    }
    return values;
}

/// The value of document `id` in `values` (document id order), moved out, or "" if it has
/// none; `next` walks forward as the ids asked for grow.
std::string take_value(std::vector<std::pair<Xapian::docid, std::string>>& values, std::size_t& next,
                       Xapian::docid id) {
    while (next < values.size() && values[next].first < id) ++next;
    return next < values.size() && values[next].first == id ? std::move(values[next].second) : std::string();
}

}  // namespace

// Each slot is read as one stream. Asking each document for its values walked the value
// table from its root for every value: six to seven block reads per document, and 100,000
// unchanged articles took 4 s to check, most of it here.
std::unordered_map<std::string, IndexedDocument> read_indexed_documents(const Xapian::Database& database) {
    auto signatures = slot_values(database, schema::slot::signature);
    auto stamps = slot_values(database, schema::slot::source_stamp);
    std::size_t next_signature = 0, next_stamp = 0;
    std::unordered_map<std::string, IndexedDocument> documents;
    documents.reserve(database.get_doccount());
    auto path_end = database.valuestream_end(schema::slot::path);
    for (auto path = database.valuestream_begin(schema::slot::path); path != path_end; ++path) {
        Xapian::docid id = path.get_docid();
        documents[*path] = {id, take_value(signatures, next_signature, id), take_value(stamps, next_stamp, id)};
    }
    return documents;
}

std::string encode_failures(const std::vector<IndexFailure>& failures) {
    std::string text;
    for (const auto& failure : failures) text += one_field(failure.path) + "\t" + one_field(failure.reason) + "\n";
    return text;
}

std::vector<IndexFailure> decode_failures(const std::string& metadata) {
    std::vector<IndexFailure> failures;
    std::istringstream lines(metadata);
    for (std::string line; std::getline(lines, line);) {
        auto tab = line.find('\t');
        if (tab != std::string::npos) failures.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return failures;
}

}  // namespace newsdex
