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

/// Where a file of `prefix` is written before publish_saved_file() renames it over.
[[nodiscard]] std::filesystem::path saved_file_draft(const std::filesystem::path& root, std::string_view prefix);

/// Renames the written `draft` over `target`, so that a search maps the old file or the
/// new one, never half of one; removes the other files of `prefix` in `root`; and caches
/// the new one afresh in huge folios for searches to map (huge_page_mapping.hpp).
void publish_saved_file(const std::filesystem::path& root, std::string_view prefix, const std::filesystem::path& draft,
                        const std::filesystem::path& target);

/// Removes every file in `root` whose name starts with `prefix`, except `kept`.
void remove_saved_files_except(const std::filesystem::path& root, std::string_view prefix,
                               const std::filesystem::path& kept);

/// How a saved file is brought into memory (huge_page_mapping.hpp).
enum class SavedFileReading {
    mapped,            ///< mapped in huge pages where the kernel can, populated
    mapped_on_demand,  ///< mapped so, each page read when first touched
    read_whole         ///< read into this process's huge pages (mapped when it cannot be)
};

/// A saved file's contents, and how many bytes there are.
struct SavedFile {
    std::shared_ptr<const void> contents;
    std::size_t size = 0;
};

/// The file `<prefix><uuid>` in `root`, brought in as `reading` says; nothing (no
/// contents) when it is missing, shorter than `least_size` or cannot be brought in.
[[nodiscard]] SavedFile open_saved_file(const std::filesystem::path& root, std::string_view prefix,
                                        std::string_view uuid, std::size_t least_size, SavedFileReading reading);

/// Whether a NUL-padded UUID field of a saved file's header holds `uuid`.
[[nodiscard]] bool holds_uuid(const char* field, std::size_t field_size, std::string_view uuid);

}  // namespace newsdex
