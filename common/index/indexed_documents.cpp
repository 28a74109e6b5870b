/** @file indexed_documents.cpp
 *  @brief Reading paths, signatures and failures back from an index.
 */
#include "common/index/indexed_documents.hpp"

#include <algorithm>
#include <sstream>

#include "common/schema.hpp"

namespace newsdex {

namespace {
std::string one_field(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
    return text;
}
}  // namespace

std::unordered_map<std::string, IndexedDocument> read_indexed_documents(const Xapian::Database& database) {
    std::unordered_map<std::string, IndexedDocument> documents;
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        Xapian::Document document = database.get_document(*it, Xapian::DOC_ASSUME_VALID);
        documents[document.get_value(schema::slot::path)] = {*it, document.get_value(schema::slot::signature)};
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
