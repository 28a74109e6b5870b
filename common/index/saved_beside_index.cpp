/** @file saved_beside_index.cpp
 *  @brief Naming, identifying and clearing away the files saved beside an index.
 */
#include "common/index/saved_beside_index.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <system_error>

#include "common/index/huge_page_mapping.hpp"

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

std::filesystem::path saved_file_draft(const std::filesystem::path& root, std::string_view prefix) {
    return saved_file_path(root, prefix, "new");
}

void publish_saved_file(const std::filesystem::path& root, std::string_view prefix, const std::filesystem::path& draft,
                        const std::filesystem::path& target) {
    std::filesystem::rename(draft, target);
    remove_saved_files_except(root, prefix, target);
    settle_in_huge_pages(target);
}

SavedFile open_saved_file(const std::filesystem::path& root, std::string_view prefix, std::string_view uuid,
                          std::size_t least_size, SavedFileReading reading) {
    int descriptor = ::open(saved_file_path(root, prefix, uuid).c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) return {};
    struct stat status {};
    SavedFile file;
    if (::fstat(descriptor, &status) == 0 && static_cast<std::size_t>(status.st_size) >= least_size) {
        file.size = static_cast<std::size_t>(status.st_size);
        if (reading == SavedFileReading::read_whole) file.contents = read_into_huge_pages(descriptor, file.size);
        if (!file.contents) {
            file.contents = map_in_huge_pages(descriptor, file.size, reading != SavedFileReading::mapped_on_demand);
        }
    }
    ::close(descriptor);
    return file;
}

bool holds_uuid(const char* field, std::size_t field_size, std::string_view uuid) {
    return std::string_view(field, strnlen(field, field_size)) == uuid;
}

}  // namespace newsdex
