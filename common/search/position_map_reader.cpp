/** @file position_map_reader.cpp
 *  @brief Reading terms' positions from the position slots' value streams.
 */
#include "common/search/position_map_reader.hpp"

#include <algorithm>

#include "common/index/position_map.hpp"
#include "common/schema.hpp"

namespace newsdex {

/// One reader per slot the terms fall in, each with its terms' distinct hashes sorted;
/// then each term's list, in the caller's order, points into its slot's `found`.
PositionMapReader::PositionMapReader(std::span<const std::uint32_t> term_hashes) {
    auto reader_of = [this](std::uint32_t hash) {
        auto slot = static_cast<Xapian::valueno>(schema::slot::positions_first + position_slot_index(hash));
        auto reader = std::find_if(slots_.begin(), slots_.end(), [&](const auto& r) { return r.slot == slot; });
        if (reader == slots_.end()) reader = slots_.insert(slots_.end(), SlotReader{slot, {}, {}, {}});
        return reader;
    };
    for (auto hash : term_hashes) reader_of(hash)->hashes.push_back(hash);
    for (auto& reader : slots_) {
        std::sort(reader.hashes.begin(), reader.hashes.end());
        reader.hashes.erase(std::unique(reader.hashes.begin(), reader.hashes.end()), reader.hashes.end());
        reader.found.resize(reader.hashes.size());
    }
    // Every reader is made by now, so pointers into their lists stay valid.
    for (auto hash : term_hashes) {
        auto reader = reader_of(hash);
        auto place = std::lower_bound(reader->hashes.begin(), reader->hashes.end(), hash);
        positions_.push_back(&reader->found[static_cast<std::size_t>(place - reader->hashes.begin())]);
    }
}

void PositionMapReader::start(const Xapian::Database& database) {
    for (auto& reader : slots_) reader.values = database.valuestream_begin(reader.slot);
}

/// ValueIterator::check may also land on a later document or at the end: either means
/// this one has no value there.
bool PositionMapReader::read_slot(SlotReader& reader, Xapian::docid docid) {
    const Xapian::ValueIterator end;
    if (reader.values == end) return false;  // the stream ended before this document
    if (!reader.values.check(docid) || reader.values == end || reader.values.get_docid() != docid) return false;
    return PositionMap(*reader.values).find(reader.hashes, reader.found);
}

bool PositionMapReader::read(Xapian::docid docid, bool stop_at_missing) {
    bool read_every_slot = true;
    for (auto& reader : slots_) {
        if (read_slot(reader, docid)) continue;
        if (stop_at_missing) return false;
        read_every_slot = false;
        for (auto& list : reader.found) list.clear();
    }
    return read_every_slot;
}

}  // namespace newsdex
