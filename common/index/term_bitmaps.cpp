/** @file term_bitmaps.cpp
 *  @brief The frequent terms' bitmaps saved beside the index, and found by a search.
 *
 * The file: a header; the terms' entries, sorted by name; then each term's block (its
 * bitmap in 64-bit words, its ranks in 32 bits a word, its wdf bytes, padded to 8 bytes),
 * so that a search touches one place of the file a term; then the names. A block is
 * written as soon as its term's list is decoded: the indexer holds one term's bitmap at a
 * time, not the file.
 */
#include "common/index/term_bitmaps.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/index/saved_beside_index.hpp"

namespace newsdex {

struct TermBitmaps::Entry {
    std::uint64_t block = 0;  ///< where the term's block begins in the file
    std::uint32_t name_start = 0, name_length = 0;
    std::uint32_t frequency = 0;  ///< how many documents: the bits set and the wdf bytes
    std::uint32_t unused = 0;
};

namespace {

constexpr char file_prefix[] = "term-bitmaps-";

struct FileHeader {
    char magic[8] = {'n', 'e', 'w', 's', 'd', 'e', 'x', 'B'};
    std::uint32_t byte_order = 0x01020304;
    std::uint32_t unused = 0;
    std::uint64_t revision = 0;
    std::uint64_t term_count = 0;
    std::uint64_t word_count = 0;  ///< of every bitmap: the docids 0 to 64 × word_count − 1
    std::uint64_t names = 0;       ///< where the names begin; they run to the end of the file
    char uuid[40] = {};            ///< the database's, NUL-padded
};
static_assert(sizeof(FileHeader) % 8 == 0 && sizeof(TermBitmaps::Entry) % 8 == 0, "the blocks follow aligned");

/// The bytes of a term's bitmap, ranks and wdfs.
std::uint64_t block_content_bytes(std::uint64_t word_count, std::uint64_t frequency) {
    return word_count * (sizeof(std::uint64_t) + sizeof(std::uint32_t)) + frequency;
}

/// The bytes of a term's block: its contents padded to 8.
std::uint64_t block_bytes(std::uint64_t word_count, std::uint64_t frequency) {
    return (block_content_bytes(word_count, frequency) + 7) / 8 * 8;
}

/// Whether `header` describes bitmaps of `identity` whose entries and names fit in
/// `file_size` bytes.
bool fits(const FileHeader& header, const SavedIdentity& identity, std::size_t file_size) {
    FileHeader expected;
    if (std::memcmp(header.magic, expected.magic, sizeof expected.magic) != 0) return false;
    if (header.byte_order != expected.byte_order || header.revision != identity.revision) return false;
    if (!holds_uuid(header.uuid, sizeof header.uuid, identity.uuid)) return false;
    if (header.term_count > file_size || header.word_count > file_size) return false;
    std::uint64_t blocks = sizeof(FileHeader) + header.term_count * sizeof(TermBitmaps::Entry);
    return header.names >= blocks && header.names <= file_size;
}

/// Whether `ranks` count the bits of `words` before each word, and the bits add up to
/// `frequency`.
bool ranks_add_up(const std::uint64_t* words, const std::uint32_t* ranks, std::size_t word_count,
                  std::uint64_t frequency) {
    std::uint64_t rank = 0;
    for (std::size_t word = 0; word < word_count; ++word) {
        if (ranks[word] != rank) return false;
        rank += count_bits(words[word]);
    }
    return rank == frequency;
}

/// One term's list decoded: its bitmap, ranks and wdfs.
struct DecodedList {
    std::vector<std::uint64_t> words;
    std::vector<std::uint32_t> ranks;
    std::vector<std::uint8_t> wdfs;
};

/// `term`'s list in `database` over `word_count` words; nothing when a wdf does not fit
/// in a byte.
std::optional<DecodedList> decode_list(const Xapian::Database& database, const std::string& term,
                                       std::size_t word_count) {
    DecodedList list;
    list.words.assign(word_count, 0);
    for (auto posting = database.postlist_begin(term); posting != database.postlist_end(term); ++posting) {
        Xapian::docid document = *posting;
        Xapian::termcount wdf = posting.get_wdf();
        if (wdf > 255 || document / 64 >= word_count) return std::nullopt;
        list.words[document / 64] |= std::uint64_t{1} << (document % 64);
        list.wdfs.push_back(static_cast<std::uint8_t>(wdf));
    }
    list.ranks.resize(word_count);
    std::uint32_t rank = 0;
    for (std::size_t word = 0; word < word_count; ++word) {
        list.ranks[word] = rank;
        rank += count_bits(list.words[word]);
    }
    return list;
}

template <typename Number>
void write_numbers(std::ofstream& out, const std::vector<Number>& numbers) {
    out.write(reinterpret_cast<const char*>(numbers.data()),
              static_cast<std::streamsize>(numbers.size() * sizeof(Number)));
}

/// The terms of `database` in at least `least` documents, sorted.
std::vector<std::string> frequent_terms(const Xapian::Database& database, Xapian::doccount least) {
    std::vector<std::string> chosen;
    for (auto term = database.allterms_begin(); term != database.allterms_end(); ++term) {
        if (term.get_termfreq() >= least) chosen.push_back(*term);
    }
    return chosen;
}

/// Writes the file of the `chosen` terms of `database` to `path`: their blocks, then the
/// names, then `header` (filled in with the terms' count and the names' place) and the
/// entries. Throws std::runtime_error when the file cannot be written.
void write_file(const std::filesystem::path& path, const Xapian::Database& database,
                const std::vector<std::string>& chosen, FileHeader& header) {
    std::vector<TermBitmaps::Entry> entries;
    std::string names;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    // The header and entries are written last, once the blocks' places are known.
    std::uint64_t at = sizeof(FileHeader) + chosen.size() * sizeof(TermBitmaps::Entry);
    out.seekp(static_cast<std::streamoff>(at));
    for (const auto& term : chosen) {
        auto list = decode_list(database, term, header.word_count);
        if (!list) continue;
        TermBitmaps::Entry entry{at, static_cast<std::uint32_t>(names.size()), static_cast<std::uint32_t>(term.size()),
                                 static_cast<std::uint32_t>(list->wdfs.size())};
        entries.push_back(entry);
        names += term;
        write_numbers(out, list->words);
        write_numbers(out, list->ranks);
        write_numbers(out, list->wdfs);
        std::uint64_t bytes = block_bytes(header.word_count, entry.frequency);
        out.write("\0\0\0\0\0\0\0",
                  static_cast<std::streamsize>(bytes - block_content_bytes(header.word_count, entry.frequency)));
        at += bytes;
    }
    header.term_count = entries.size();
    header.names = at;
    out.write(names.data(), static_cast<std::streamsize>(names.size()));
    // Terms dropped (a wdf past a byte) leave their entries' places unused, before the
    // first block.
    out.seekp(0);
    out.write(reinterpret_cast<const char*>(&header), sizeof header);
    write_numbers(out, entries);
    out.close();
    if (!out) throw std::runtime_error(path.string() + ": cannot write the term bitmaps");
}

}  // namespace

std::shared_ptr<const TermBitmaps> TermBitmaps::open_saved(const std::filesystem::path& root,
                                                           const Xapian::Database& database) {
    auto id = saved_identity(database, sizeof(FileHeader::uuid));
    if (!id) return nullptr;
    // Not populated: a search reads the blocks of its few terms.
    SavedFile file =
        open_saved_file(root, file_prefix, id->uuid, sizeof(FileHeader), SavedFileReading::mapped_on_demand);
    if (!file.contents) return nullptr;
    const char* start = static_cast<const char*>(file.contents.get());
    FileHeader header;
    std::memcpy(&header, start, sizeof header);
    if (!fits(header, *id, file.size)) return nullptr;
    auto bitmaps = std::make_shared<TermBitmaps>();
    bitmaps->entries_ = reinterpret_cast<const Entry*>(start + sizeof header);
    bitmaps->term_count_ = header.term_count;
    bitmaps->word_count_ = header.word_count;
    bitmaps->names_ = start + header.names;
    bitmaps->name_bytes_ = file.size - header.names;
    bitmaps->blocks_end_ = header.names;
    bitmaps->checked_ = std::make_unique<std::atomic<std::uint16_t>[]>(header.term_count);
    bitmaps->file_contents_ = std::move(file.contents);
    return bitmaps;
}

std::string_view TermBitmaps::name_of(const Entry& entry) const {
    if (entry.name_start > name_bytes_ || entry.name_length > name_bytes_ - entry.name_start) return {};
    return {names_ + entry.name_start, entry.name_length};
}

const TermBitmaps::Entry* TermBitmaps::entry_of(std::string_view term) const {
    const Entry* end = entries_ + term_count_;
    const Entry* found = std::lower_bound(
        entries_, end, term, [this](const Entry& entry, std::string_view name) { return name_of(entry) < name; });
    return found != end && name_of(*found) == term ? found : nullptr;
}

bool TermBitmaps::block_fits(const Entry& entry) const {
    std::uint64_t first_block = sizeof(FileHeader) + term_count_ * sizeof(Entry);
    return entry.block % 8 == 0 && entry.block >= first_block && entry.block <= blocks_end_ &&
           block_bytes(word_count_, entry.frequency) <= blocks_end_ - entry.block;
}

std::optional<TermBitmap> TermBitmaps::find(std::string_view term) const {
    const Entry* found = entry_of(term);
    if (!found || !block_fits(*found)) return std::nullopt;
    const char* block = static_cast<const char*>(file_contents_.get()) + found->block;
    const auto* words = reinterpret_cast<const std::uint64_t*>(block);
    const auto* ranks = reinterpret_cast<const std::uint32_t*>(block + word_count_ * sizeof(std::uint64_t));
    const auto* wdfs = reinterpret_cast<const std::uint8_t*>(ranks + word_count_);
    std::atomic<std::uint16_t>& checked = checked_[static_cast<std::size_t>(found - entries_)];
    std::uint16_t state = checked.load(std::memory_order_relaxed);
    if (state == 0) {
        state = found->frequency > 0 && ranks_add_up(words, ranks, word_count_, found->frequency)
                    ? static_cast<std::uint16_t>(*std::max_element(wdfs, wdfs + found->frequency) + 1)
                    : unsound;
        checked.store(state, std::memory_order_relaxed);
    }
    if (state == unsound) return std::nullopt;
    return TermBitmap(words, ranks, wdfs, word_count_, state - 1u);
}

void TermBitmaps::save(const std::filesystem::path& root, Xapian::doccount least_documents,
                       Xapian::doccount least_share_inverse) {
    Xapian::Database database(root.string());
    auto id = saved_identity(database, sizeof(FileHeader::uuid));
    if (!id) return;
    if (open_saved(root, database)) return;  // a run that changed nothing: saved for this revision
    Xapian::docid last = database.get_lastdocid();
    std::vector<std::string> chosen =
        frequent_terms(database, std::max(least_documents, last / std::max<Xapian::doccount>(least_share_inverse, 1)));
    if (chosen.empty()) {
        remove_saved_files_except(root, file_prefix, {});
        return;
    }
    FileHeader header;
    header.revision = id->revision;
    header.word_count = last / 64 + 1;
    std::memcpy(header.uuid, id->uuid.data(), id->uuid.size());
    std::filesystem::path draft = saved_file_draft(root, file_prefix);
    write_file(draft, database, chosen, header);
    publish_saved_file(root, file_prefix, draft, saved_file_path(root, file_prefix, id->uuid));
}

}  // namespace newsdex
