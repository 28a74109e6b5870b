/** @file indexed_documents.hpp
 *  @brief What an index says about its own contents: each document's path and content
 *  signature, and the failures recorded by the last run. Shared by the indexing run and
 *  by --status so both read the index the same way.
 */
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "common/index/index_run.hpp"

namespace newsdex {

struct IndexedDocument {
    Xapian::docid id = 0;
    std::string signature;
};

/// Every document by corpus-relative path (value slots only: no document data is read).
[[nodiscard]] std::unordered_map<std::string, IndexedDocument> read_indexed_documents(const Xapian::Database& database);

/// The failures list as stored in metadata schema::metadata::failed: one
/// "path<TAB>reason" line each (tabs and newlines inside either become spaces).
[[nodiscard]] std::string encode_failures(const std::vector<IndexFailure>& failures);
[[nodiscard]] std::vector<IndexFailure> decode_failures(const std::string& metadata);

}  // namespace newsdex
