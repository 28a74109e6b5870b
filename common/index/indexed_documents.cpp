/** @file indexed_documents.cpp
 *  @brief Reading paths, signatures, stamps and failures back from an index; checking a
 *  corpus file against its document.
 */
#include "common/index/indexed_documents.hpp"

#include <algorithm>
#include <sstream>

#include "common/corpus/article.hpp"
#include "common/corpus/source_stamp.hpp"
#include "common/schema.hpp"

namespace newsdex {

namespace {
std::string one_field(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
    return text;
}

/// The value of document `id` in a slot's `stream`, which moves forward as the ids asked
/// for grow; "" when the document has none.
std::string value_of(Xapian::ValueIterator& stream, Xapian::docid id) {
    if (stream == Xapian::ValueIterator()) return {};
    stream.skip_to(id);
    return stream != Xapian::ValueIterator() && stream.get_docid() == id ? *stream : std::string();
}

}  // namespace

// Each slot is read as one stream. Asking each document for its values walked the value
// table from its root for every value: six to seven block reads per document, and 100,000
// unchanged articles took 4 s to check, most of it here.
std::unordered_map<std::string, IndexedDocument> read_indexed_documents(const Xapian::Database& database) {
    auto signatures = database.valuestream_begin(schema::slot::signature);
    auto stamps = database.valuestream_begin(schema::slot::source_stamp);
    std::unordered_map<std::string, IndexedDocument> documents;
    documents.reserve(database.get_doccount());
    auto path_end = database.valuestream_end(schema::slot::path);
    for (auto path = database.valuestream_begin(schema::slot::path); path != path_end; ++path) {
        Xapian::docid id = path.get_docid();
        documents[*path] = {id, value_of(signatures, id), value_of(stamps, id)};
    }
    return documents;
}

SourceCheck check_source(const std::filesystem::path& file, const IndexedDocument* indexed) {
    SourceCheck check;
    // Stamped before reading: a change while the file is read then shows next run.
    check.stamp = source_stamp(file);
    if (indexed && indexed->stamped_unchanged(check.stamp)) {
        check.unchanged = true;
        return check;
    }
    check.bytes = read_file_bytes(file);
    check.unchanged = indexed && signature(check.bytes) == indexed->signature;
    return check;
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
