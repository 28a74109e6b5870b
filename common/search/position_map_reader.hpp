/** @file position_map_reader.hpp
 *  @brief The positions of a few terms in document after document, read from the
 *  position maps of a local index (index/position_map.hpp).
 *
 * Both users read documents in ascending docid order: a phrase check (position_check.hpp)
 * its candidates, a proximity ranking (proximity.hpp) the best matches sorted by docid.
 * So each position slot the terms fall in is read as one value stream, skipped forward:
 * a chunk of values is decoded once for all the documents it holds, where
 * Document::get_value would decode it from its start for each of them.
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <span>
#include <vector>

namespace newsdex {

class PositionMapReader {
  public:
    /// Reads the terms of `term_hashes` (position_term_hash, in the caller's order;
    /// repeats share one list).
    explicit PositionMapReader(std::span<const std::uint32_t> term_hashes);
    // positions() points into the slot readers: a copy would point into the original's.
    PositionMapReader(const PositionMapReader&) = delete;
    PositionMapReader& operator=(const PositionMapReader&) = delete;
    PositionMapReader(PositionMapReader&&) noexcept = default;
    PositionMapReader& operator=(PositionMapReader&&) noexcept = default;

    /// Starts the value streams of `database` at its first document.
    void start(const Xapian::Database& database);

    /// Reads document `docid` (ascending from call to call) until a slot holds no map for
    /// it or a map is damaged: false then, and the positions are not to be used.
    bool read_all(Xapian::docid docid) { return read(docid, true); }
    /// Reads document `docid` (ascending from call to call): a term of a slot without a
    /// map for it, or of a damaged map, gets no positions.
    void read_each(Xapian::docid docid) { read(docid, false); }

    /// After a read: the ascending positions of each term, in the order of `term_hashes`.
    [[nodiscard]] const std::vector<const std::vector<Xapian::termpos>*>& positions() const { return positions_; }
    /// Whether the terms fall in no slot at all (no terms).
    [[nodiscard]] bool empty() const { return slots_.empty(); }
    /// The value stream of the first slot: only the documents it holds have positions there.
    [[nodiscard]] Xapian::ValueIterator& leading_stream() { return slots_.front().values; }

  private:
    /// One position slot holding some of the terms, read as a value stream.
    struct SlotReader {
        Xapian::valueno slot = 0;
        std::vector<std::uint32_t> hashes;  ///< its terms' hashes, sorted and distinct
        std::vector<std::vector<Xapian::termpos>> found;
        Xapian::ValueIterator values;
    };
    bool read(Xapian::docid docid, bool stop_at_missing);
    bool read_slot(SlotReader& reader, Xapian::docid docid);

    std::vector<SlotReader> slots_;
    std::vector<const std::vector<Xapian::termpos>*> positions_;
};

}  // namespace newsdex
