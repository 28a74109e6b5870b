/** @file facet_column_file.cpp
 *  @brief The facet column saved beside the index, and mapped by a search.
 *
 * The file `facet-column-<database UUID>` in the index folder: a header, then the
 * column's arrays in this machine's byte order (the header says which; a file of
 * another order is ignored): document starts in 32 bits, entry numbers in 16 bits when
 * all fit (else 32; padded to 4 bytes), the people's groups then their member numbers in
 * 32 bits, document lengths in 32 bits. Files of earlier layouts (magic "newsdexF":
 * entries always 32 bits; "newsdexG": no lengths; "newsdexH": people in order of first
 * appearance, group and member interleaved) are ignored, and the next index run saves
 * the new one. Named and stamped as
 * saved_beside_index.hpp says. Written to a temporary file and
 * renamed over, so a search maps the old file or the new one, never half of one; then
 * cached afresh in huge folios, for searches to map with few page-table entries
 * (huge_page_mapping.hpp).
 */

#include <cstring>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "common/index/facet_column.hpp"
#include "common/index/saved_beside_index.hpp"

namespace newsdex {

namespace {

constexpr char file_prefix[] = "facet-column-";

struct FileHeader {
    char magic[8] = {'n', 'e', 'w', 's', 'd', 'e', 'x', 'I'};
    std::uint32_t byte_order = 0x01020304;
    std::uint32_t first_person = 0;
    std::uint32_t entry_bytes = 4;  ///< 2 or 4
    std::uint32_t unused = 0;
    std::uint64_t revision = 0;
    /// How many numbers each array holds (`people`: the groups' and the members' together).
    std::uint64_t starts = 0, entries = 0, people = 0, lengths = 0;
    char uuid[40] = {};  ///< the database's, NUL-padded
};
static_assert(sizeof(FileHeader) % sizeof(std::uint32_t) == 0, "the arrays follow the header aligned");

/// The bytes the entry numbers take, padded so that the people after them are aligned.
std::size_t entry_array_bytes(std::uint64_t entries, std::uint32_t entry_bytes) {
    std::size_t bytes = static_cast<std::size_t>(entries) * entry_bytes;
    return (bytes + 3) / 4 * 4;
}

/// Whether `header` describes a column of `uuid` at `revision` that fills `file_size`.
bool fits(const FileHeader& header, const std::string& uuid, Xapian::rev revision, std::size_t file_size) {
    FileHeader expected;
    if (std::memcmp(header.magic, expected.magic, sizeof expected.magic) != 0) return false;
    if (header.byte_order != expected.byte_order || header.revision != revision) return false;
    // Years run from 0 to 65535 at most (facet_encoding.hpp): a bound on the counts array.
    if (header.first_person < FacetColumn::first_year || header.first_person > FacetColumn::first_year + 65536) {
        return false;
    }
    if (!holds_uuid(header.uuid, sizeof header.uuid, uuid)) return false;
    if (header.people % 2 != 0 || header.starts > file_size || header.entries > file_size ||
        header.people > file_size || header.lengths > file_size ||
        (header.entry_bytes != 2 && header.entry_bytes != 4)) {
        return false;
    }
    return sizeof(FileHeader) + sizeof(std::uint32_t) * (header.starts + header.people + header.lengths) +
               entry_array_bytes(header.entries, header.entry_bytes) ==
           file_size;
}

}  // namespace

std::shared_ptr<const FacetColumn> FacetColumn::open_saved(const std::filesystem::path& root,
                                                           const Xapian::Database& database, Use use) {
    auto id = saved_identity(database, sizeof(FileHeader::uuid));
    if (!id) return nullptr;
    SavedFile file =
        open_saved_file(root, file_prefix, id->uuid, sizeof(FileHeader),
                        use == Use::many_searches ? SavedFileReading::read_whole : SavedFileReading::mapped);
    if (!file.contents) return nullptr;
    const void* address = file.contents.get();
    FileHeader header;
    std::memcpy(&header, address, sizeof header);
    if (!fits(header, id->uuid, id->revision, file.size)) return nullptr;
    auto column = std::make_shared<FacetColumn>();
    const char* at = static_cast<const char*>(address) + sizeof header;
    column->first_person_ = header.first_person;
    column->starts_ = {reinterpret_cast<const std::uint32_t*>(at), header.starts};
    at += sizeof(std::uint32_t) * header.starts;
    if (header.entry_bytes == 2) {
        column->narrow_entries_ = {reinterpret_cast<const std::uint16_t*>(at), header.entries};
    } else {
        column->entries_ = {reinterpret_cast<const std::uint32_t*>(at), header.entries};
    }
    at += entry_array_bytes(header.entries, header.entry_bytes);
    const std::size_t people = header.people / 2;  // a group and a member number each
    column->person_groups_ = {reinterpret_cast<const std::uint32_t*>(at), people};
    at += sizeof(std::uint32_t) * people;
    column->person_members_ = {reinterpret_cast<const std::uint32_t*>(at), people};
    at += sizeof(std::uint32_t) * people;
    column->lengths_ = {reinterpret_cast<const std::uint32_t*>(at), header.lengths};
    column->file_contents_ = std::move(file.contents);
    return column;
}

void FacetColumn::save(const std::filesystem::path& root, std::size_t byte_budget, std::uint32_t narrow_below) {
    Xapian::Database database(root.string());
    auto id = saved_identity(database, sizeof(FileHeader::uuid));
    if (!id) return;
    if (open_saved(root, database)) return;  // a run that changed nothing: saved for this revision
    std::filesystem::path target = saved_file_path(root, file_prefix, id->uuid);
    auto column = load(database, byte_budget);
    if (!column) {
        remove_saved_files_except(root, file_prefix, {});
        return;
    }
    FileHeader header;
    header.entry_bytes = column->entry_count() <= narrow_below ? 2 : 4;
    header.first_person = column->first_person_;
    header.revision = id->revision;
    header.starts = column->starts_.size();
    header.entries = column->entries_.size();
    header.people = column->person_groups_.size() + column->person_members_.size();
    header.lengths = column->lengths_.size();
    std::memcpy(header.uuid, id->uuid.data(), id->uuid.size());
    std::filesystem::path temporary = saved_file_draft(root, file_prefix);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        auto write = [&out](const auto& numbers) {
            out.write(reinterpret_cast<const char*>(numbers.data()),
                      static_cast<std::streamsize>(numbers.size() * sizeof numbers[0]));
        };
        out.write(reinterpret_cast<const char*>(&header), sizeof header);
        write(column->starts_);
        if (header.entry_bytes == 2) {
            write(std::vector<std::uint16_t>(column->entries_.begin(), column->entries_.end()));
        } else {
            write(column->entries_);
        }
        const std::uint32_t padding = 0;
        std::size_t written = column->entries_.size() * header.entry_bytes;
        out.write(reinterpret_cast<const char*>(&padding),
                  static_cast<std::streamsize>(entry_array_bytes(header.entries, header.entry_bytes) - written));
        write(column->person_groups_);
        write(column->person_members_);
        write(column->lengths_);
        out.close();
        if (!out) throw std::runtime_error(temporary.string() + ": cannot write the facet column");
    }
    publish_saved_file(root, file_prefix, temporary, target);
}

}  // namespace newsdex
