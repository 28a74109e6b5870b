/** @file saved_beside_index.hpp
 *  @brief Files the indexer saves beside a standalone index for searches to map: named by
 *  the database's UUID, stamped with its revision.
 *
 * Why a UUID and a revision: a compaction or a rebuild gives the database a new UUID, so
 * a file left from an older generation is never taken for the new one; within one
 * generation a file written for another revision (an indexer stopped between its commit
 * and the file, a database changed by other means) is ignored, and the search does
 * without it. The facet column (facet_column.hpp) and the frequent terms' bitmaps
 * (term_bitmaps.hpp) are such files.
 */
#pragma once

#include <xapian.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace newsdex {

/// Which database, at which revision, a saved file belongs to.
struct SavedIdentity {
    std::string uuid;
    Xapian::rev revision = 0;
};

/// The identity of one local database whose UUID is shorter than `uuid_capacity`
/// bytes; nothing for several databases or a backend without UUIDs or revisions.
[[nodiscard]] std::optional<SavedIdentity> saved_identity(const Xapian::Database& database, std::size_t uuid_capacity);

/// The file `<prefix><uuid>` in the index folder `root`.
[[nodiscard]] std::filesystem::path saved_file_path(const std::filesystem::path& root, std::string_view prefix,
                                                    std::string_view uuid);

/// Removes every file in `root` whose name starts with `prefix`, except `kept`.
void remove_saved_files_except(const std::filesystem::path& root, std::string_view prefix,
                               const std::filesystem::path& kept);

/// Whether a NUL-padded UUID field of a saved file's header holds `uuid`.
[[nodiscard]] bool holds_uuid(const char* field, std::size_t field_size, std::string_view uuid);

}  // namespace newsdex
