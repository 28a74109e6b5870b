/** @file saved_beside_index.cpp
 *  @brief Naming, identifying and clearing away the files saved beside an index.
 */
#include "common/index/saved_beside_index.hpp"

#include <cstring>
#include <system_error>

namespace newsdex {

std::optional<SavedIdentity> saved_identity(const Xapian::Database& database, std::size_t uuid_capacity) {
    try {
        std::string uuid = database.get_uuid();
        if (uuid.empty() || uuid.size() >= uuid_capacity || database.size() != 1) return std::nullopt;
        return SavedIdentity{uuid, database.get_revision()};
    } catch (const Xapian::UnimplementedError&) {
        return std::nullopt;
    }
}

std::filesystem::path saved_file_path(const std::filesystem::path& root, std::string_view prefix,
                                      std::string_view uuid) {
    return root / (std::string(prefix) + std::string(uuid));
}

void remove_saved_files_except(const std::filesystem::path& root, std::string_view prefix,
                               const std::filesystem::path& kept) {
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(root, ignored)) {
        if (entry.path().filename().string().starts_with(prefix) && entry.path() != kept) {
            std::filesystem::remove(entry.path(), ignored);
        }
    }
}

bool holds_uuid(const char* field, std::size_t field_size, std::string_view uuid) {
    return std::string_view(field, strnlen(field, field_size)) == uuid;
}

}  // namespace newsdex
