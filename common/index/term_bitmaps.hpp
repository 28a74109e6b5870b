/** @file term_bitmaps.hpp
 *  @brief The posting lists of the index's most frequent terms as bitmaps, saved beside
 *  the index for the walk of a conjunction (conjunction_walk.hpp).
 *
 * Why: a conjunction of frequent words walks long posting lists. At 100,000 generated
 * articles "chief executive" (its word pair's term and both words, 47,000 matches) spent
 * some 290 of its 850 instructions a match in Xapian's posting lists (a skip_to 102, a
 * step 74), and the three lists alone took 3.8–4.1 ms over the whole docid range; as
 * bitmaps, one AND of three 64-bit words per 64 documents, the same intersection with
 * every wdf read took 0.53 ms. A term's wdf in a document is its byte in the term's wdf
 * array at the document's rank among the term's documents: the rank of the document's
 * 64-bit word (kept per word) plus the bits set below it in that word.
 *
 * Which terms: those in at least max(`least_documents`, 1/`least_share_inverse` of the
 * docid range) documents whose every wdf fits in a byte. A bitmap costs 1/8 byte a docid
 * and its ranks 1/16, against about 1.5 bytes a posting in Xapian's list: worth it only
 * for a term in a good share of the documents, and the share bounds the file to about
 * the size of those terms' postings (at 100,000 articles, 1,480 terms in 5% or more of
 * the documents: 52 MB, 7% of the index). Below some thousands of documents a walk of
 * Xapian's lists takes well under a millisecond, and the file (0.9 MB at 2,000 articles)
 * would take such an index past 2.5 times its input; so none is saved there.
 *
 * The file `term-bitmaps-<database UUID>` in the index folder, named and stamped as
 * saved_beside_index.hpp says: a header, the terms' entries sorted by name, every
 * bitmap (64-bit words), every rank array (32 bits a word), the wdf bytes, the names; in
 * this machine's byte order (the header says which). Saved after each run from the
 * committed index, to a temporary file renamed over; a search maps it, touching only the
 * pages of the terms it walks. A term's ranks are checked against its bitmap when a
 * search takes it (a few µs), so a damaged file can never read out of bounds: such a
 * term is walked through Xapian's list.
 */
#pragma once

#include <xapian.h>

#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

namespace newsdex {

/// The bits set in `word`. Why not std::popcount: Debian builds for the first x86-64,
/// without the POPCNT instruction, where std::popcount is a call into libgcc (some 25
/// instructions; 8% of a warm search for "chief executive" at 100,000 articles, weighing
/// its matches); these dozen instructions stay inline. A build for a newer machine
/// (-mpopcnt) takes the instruction.
[[nodiscard]] inline unsigned count_bits(std::uint64_t word) {
#ifdef __POPCNT__
    return static_cast<unsigned>(std::popcount(word));
#else
    word -= (word >> 1) & 0x5555555555555555;
    word = (word & 0x3333333333333333) + ((word >> 2) & 0x3333333333333333);
    word = (word + (word >> 4)) & 0x0f0f0f0f0f0f0f0f;
    return static_cast<unsigned>((word * 0x0101010101010101) >> 56);
#endif
}

/// One term's documents as a bitmap by docid, with its wdf in each.
class TermBitmap {
  public:
    TermBitmap(const std::uint64_t* words, const std::uint32_t* ranks, const std::uint8_t* wdfs, std::size_t word_count,
               Xapian::termcount highest_wdf)
        : words_(words), ranks_(ranks), wdfs_(wdfs), word_count_(word_count), highest_wdf_(highest_wdf) {}

    /// Whether the term is in `document`.
    [[nodiscard]] bool has(Xapian::docid document) const {
        std::size_t word = document / 64;
        return word < word_count_ && ((words_[word] >> (document % 64)) & 1) != 0;
    }
    /// The term's wdf in `document`, which has() it.
    [[nodiscard]] Xapian::termcount wdf(Xapian::docid document) const {
        std::size_t word = document / 64;
        std::uint64_t below = words_[word] & ((std::uint64_t{1} << (document % 64)) - 1);
        return wdfs_[ranks_[word] + count_bits(below)];
    }
    /// The documents 64 × `word` to 64 × `word` + 63, a bit each (docid % 64); 0 past the
    /// last.
    [[nodiscard]] std::uint64_t word(std::size_t word) const { return word < word_count_ ? words_[word] : 0; }
    [[nodiscard]] std::size_t word_count() const { return word_count_; }
    /// The term's highest wdf in any document.
    [[nodiscard]] Xapian::termcount highest_wdf() const { return highest_wdf_; }

  private:
    const std::uint64_t* words_;
    const std::uint32_t* ranks_;  ///< by word: how many of the term's documents lie before it
    const std::uint8_t* wdfs_;    ///< by rank
    std::size_t word_count_;
    Xapian::termcount highest_wdf_;
};

class TermBitmaps {
  public:
    /// The bitmaps saved beside the index folder `root` for the revision of `database`
    /// (one local database); nothing when there are none for that revision.
    [[nodiscard]] static std::shared_ptr<const TermBitmaps> open_saved(const std::filesystem::path& root,
                                                                       const Xapian::Database& database);
    /// Saves the bitmaps of the index folder `root` as it is now for open_saved(),
    /// replacing any saved before; saves none (and removes any) when no term qualifies.
    /// Throws std::runtime_error when the file cannot be written.
    static void save(const std::filesystem::path& root, Xapian::doccount least_documents = 5000,
                     Xapian::doccount least_share_inverse = 20);

    /// `term`'s bitmap; nothing when the file has none for it (or its block does not fit
    /// the file or its ranks do not add up, only in a damaged file). Its highest wdf is
    /// found as its block is checked. Safe to call from several threads at once.
    [[nodiscard]] std::optional<TermBitmap> find(std::string_view term) const;
    /// How many terms have bitmaps.
    [[nodiscard]] std::size_t term_count() const { return term_count_; }

    struct Entry;

  private:
    [[nodiscard]] std::string_view name_of(const Entry& entry) const;
    /// The entry of `term`; null when there is none.
    [[nodiscard]] const Entry* entry_of(std::string_view term) const;
    /// Whether `entry`'s block lies within the file's blocks (false only in a damaged file).
    [[nodiscard]] bool block_fits(const Entry& entry) const;

    std::shared_ptr<const void> file_contents_;
    const Entry* entries_ = nullptr;  ///< sorted by name
    const char* names_ = nullptr;
    std::size_t term_count_ = 0, word_count_ = 0, name_bytes_ = 0;
    std::size_t blocks_end_ = 0;  ///< where the blocks end in the file (the names begin)
    /// By entry: what checking its block found, so that a handle that searches often
    /// checks each term once (0: not checked yet, `unsound`, or its highest wdf + 1).
    /// Written by any thread that finds it.
    std::unique_ptr<std::atomic<std::uint16_t>[]> checked_;
    static constexpr std::uint16_t unsound = 0xffff;
};

}  // namespace newsdex
