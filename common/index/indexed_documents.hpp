/** @file indexed_documents.hpp
 *  @brief What an index says about its own contents: each document's path, content
 *  signature and source stamp, and the failures recorded by the last run; and whether a
 *  corpus file is unchanged since. Shared by the indexing run and by --status, so both
 *  read the index and decide "unchanged" the same way.
 */
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/index/index_run.hpp"

namespace newsdex {

struct IndexedDocument {
    Xapian::docid id = 0;
    std::string signature;
    std::string stamp;  ///< the source file's stamp when it was read; may be empty

    /// Whether the file, whose stamp is now `current` (source_stamp), is unchanged since
    /// this document was written, known without reading it; if not, its content signature
    /// decides.
    [[nodiscard]] bool stamped_unchanged(const std::string& current) const {
        return !current.empty() && current == stamp;
    }
};

/// A corpus file as checked against its document before any processing.
struct SourceCheck {
    bool unchanged = false;  ///< the file holds what its document was built from
    std::string stamp;       ///< taken before reading (source_stamp); may be empty
    std::string bytes;       ///< the file's bytes, read unless its stamp vouched for it
};

/// Checks the file at `file` against `indexed` (null for a file the index lacks): by its
/// stamp without reading it, else by its content signature. Throws ArticleError when it
/// must be read and cannot be.
[[nodiscard]] SourceCheck check_source(const std::filesystem::path& file, const IndexedDocument* indexed);

/// Every document by corpus-relative path (value streams only: no document is read).
[[nodiscard]] std::unordered_map<std::string, IndexedDocument> read_indexed_documents(const Xapian::Database& database);

/// The failures list as stored in metadata schema::metadata::failed: one
/// "path<TAB>reason" line each (tabs and newlines inside either become spaces).
[[nodiscard]] std::string encode_failures(const std::vector<IndexFailure>& failures);
[[nodiscard]] std::vector<IndexFailure> decode_failures(const std::string& metadata);

}  // namespace newsdex
