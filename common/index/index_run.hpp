/** @file index_run.hpp
 *  @brief Bringing an index up to date with a corpus folder.
 */
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace newsdex {

struct IndexOptions {
    std::filesystem::path database;
    std::filesystem::path corpus;
    bool rebuild = false;               ///< build a fresh index beside the old, then swap
    bool follow_outside_links = false;  ///< follow symbolic links leading out of the corpus
    std::size_t batch_size = 500;       ///< documents per commit: bounds memory, limits loss
    unsigned threads = 0;               ///< article workers; 0 = one per core
    bool wait_for_lock = false;         ///< wait for another writer instead of failing
    bool shard = false;                 ///< build a shard (schema::Layout); kept by later runs
};

struct IndexFailure {
    std::string path;
    std::string reason;
};

struct IndexSummary {
    std::size_t added = 0, updated = 0, removed = 0, unchanged = 0;
    std::vector<IndexFailure> failures;
    /// Problems that cost no article (the index is whole), one line each.
    std::vector<std::string> warnings;
    double seconds = 0;
};

struct IndexCallbacks {
    /// Called after each article with (done, total).
    std::function<void(std::size_t, std::size_t)> progress;
    /// Called for each article that fails, as it fails.
    std::function<void(const IndexFailure&)> failure;
};

/// Indexes new and changed articles, removes deleted ones, and leaves unchanged ones
/// alone (content signatures decide). Commits every batch; a crash leaves the last commit
/// readable. Throws DatabaseError or Xapian errors for problems with the database itself.
IndexSummary run_index(const IndexOptions& options, const IndexCallbacks& callbacks);

}  // namespace newsdex
