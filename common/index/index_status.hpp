/** @file index_status.hpp
 *  @brief What an index holds compared with its corpus, without changing anything.
 */
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/index/index_run.hpp"

namespace newsdex {

struct IndexStatus {
    std::string generation;              ///< the live generation folder
    bool shard = false;                  ///< built with --shard (schema::Layout)
    std::size_t indexed = 0;             ///< documents in the index
    std::size_t up_to_date = 0;          ///< files whose document matches their content
    std::vector<std::string> new_files;  ///< in the corpus, not in the index
    std::vector<std::string> changed;    ///< content differs from what was indexed
    std::vector<std::string> deleted;    ///< in the index, gone from the corpus
    std::vector<IndexFailure> failed;    ///< failures recorded by the last run
};

/// Compares the index at `options.database` with `options.corpus` (reads every file to
/// hash it; writes nothing). Throws DatabaseError when there is no index.
[[nodiscard]] IndexStatus index_status(const IndexOptions& options);

}  // namespace newsdex
