/** @file index_status.cpp
 *  @brief Read-only comparison of index and corpus.
 */
#include "common/index/index_status.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <unordered_map>

#include "common/corpus/corpus_walk.hpp"
#include "common/error.hpp"
#include "common/index/database_check.hpp"
#include "common/index/database_layout.hpp"
#include "common/index/indexed_documents.hpp"
#include "common/schema.hpp"

namespace newsdex {

IndexStatus index_status(const IndexOptions& options) {
    DatabaseLayout layout(options.database);
    auto live = layout.current();
    if (!live) throw DatabaseError(fmt::format("{}: no index here yet; run newsdex-index", options.database.string()));
    Xapian::Database database(live->string());
    IndexStatus status;
    status.generation = live->filename().string();
    status.shard = read_layout(database) == schema::Layout::shard;
    status.indexed = database.get_doccount();
    status.failed = decode_failures(database.get_metadata(std::string(schema::metadata::failed)));
    auto indexed = read_indexed_documents(database);
    for (const auto& entry : walk_corpus(options.corpus, {options.follow_outside_links}).articles) {
        auto found = indexed.find(entry.relative_path);
        if (found == indexed.end()) {
            status.new_files.push_back(entry.relative_path);
            continue;
        }
        bool unchanged = false;
        try {
            unchanged = check_source(entry.absolute_path, &found->second).unchanged;
        } catch (const ArticleError&) {
            // Unreadable now: listed as changed, and the next run reports why.
        }
        if (unchanged) {
            ++status.up_to_date;
        } else {
            status.changed.push_back(entry.relative_path);
        }
        indexed.erase(found);
    }
    for (const auto& [path, document] : indexed) status.deleted.push_back(path);
    return status;
}

}  // namespace newsdex
