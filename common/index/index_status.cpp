/** @file index_status.cpp
 *  @brief Read-only comparison of index and corpus.
 */
#include "common/index/index_status.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <sstream>
#include <unordered_map>

#include "common/corpus/article.hpp"
#include "common/corpus/corpus_walk.hpp"
#include "common/error.hpp"
#include "common/index/database_layout.hpp"
#include "common/schema.hpp"

namespace newsdex {

namespace {

std::vector<IndexFailure> recorded_failures(const Xapian::Database& database) {
    std::vector<IndexFailure> failures;
    std::istringstream lines(database.get_metadata(std::string(schema::metadata::failed)));
    for (std::string line; std::getline(lines, line);) {
        auto tab = line.find('\t');
        if (tab != std::string::npos) failures.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return failures;
}

std::unordered_map<std::string, std::string> indexed_signatures(const Xapian::Database& database) {
    std::unordered_map<std::string, std::string> signatures;
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        Xapian::Document document = database.get_document(*it);
        signatures[document.get_value(schema::slot::path)] = document.get_value(schema::slot::signature);
    }
    return signatures;
}

}  // namespace

IndexStatus index_status(const IndexOptions& options) {
    DatabaseLayout layout(options.database);
    auto live = layout.current();
    if (!live) throw DatabaseError(fmt::format("{}: no index here yet; run newsdex-index", options.database.string()));
    Xapian::Database database(live->string());
    IndexStatus status;
    status.generation = live->filename().string();
    status.indexed = database.get_doccount();
    status.failed = recorded_failures(database);
    auto signatures = indexed_signatures(database);
    for (const auto& entry : walk_corpus(options.corpus, {options.follow_outside_links}).articles) {
        auto found = signatures.find(entry.relative_path);
        if (found == signatures.end()) {
            status.new_files.push_back(entry.relative_path);
            continue;
        }
        std::string current;
        try {
            current = signature(read_file_bytes(entry.absolute_path));
        } catch (const ArticleError&) {
        }
        if (current == found->second) {
            ++status.up_to_date;
        } else {
            status.changed.push_back(entry.relative_path);
        }
        signatures.erase(found);
    }
    for (const auto& [path, signature] : signatures) status.deleted.push_back(path);
    return status;
}

}  // namespace newsdex
