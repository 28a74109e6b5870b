/** @file position_map.cpp
 *  @brief Encoding and reading a document's position map.
 */
#include "common/index/position_map.hpp"

#include <algorithm>
#include <utility>

#include "common/index/varint.hpp"
#include "common/schema.hpp"
#include "common/text/hash.hpp"

namespace newsdex {

std::uint32_t position_term_hash(std::string_view term) {
    std::uint64_t hash = fnv1a(term);
    // 31 bits: seven choose the slot, 24 are stored (3 bytes a term instead of 4).
    return static_cast<std::uint32_t>(hash ^ (hash >> 32)) & ~1u;
}

unsigned position_slot_index(std::uint32_t hash) {
    static_assert(schema::slot::position_slot_count == 128, "seven bits of the hash choose the slot");
    return hash >> 25;
}

namespace {

/// The bits of a hash below those choosing its slot: all a map needs to store.
constexpr std::uint32_t within_slot(std::uint32_t hash) {
    return (hash >> 1) & 0xffffff;
}

/// Each hash once, its positions sorted: colliding terms merged.
std::vector<HashedPositions> merge_collisions(std::vector<HashedPositions> terms) {
    std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<HashedPositions> merged;
    for (auto& term : terms) {
        if (!merged.empty() && merged.back().first == term.first) {
            auto& positions = merged.back().second;
            positions.insert(positions.end(), term.second.begin(), term.second.end());
            std::sort(positions.begin(), positions.end());
            positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
        } else {
            merged.push_back(std::move(term));
        }
    }
    return merged;
}

constexpr std::size_t hash_bytes = 3;

void append_stored_hash(std::string& out, std::uint32_t number) {
    for (std::size_t byte = 0; byte < hash_bytes; ++byte) out += static_cast<char>((number >> (8 * byte)) & 0xff);
}

/// The stored hash at the front of `entries` (which holds at least hash_bytes).
std::uint32_t read_stored_hash(std::string_view entries) {
    std::uint32_t number = 0;
    for (std::size_t byte = hash_bytes; byte-- > 0;) number = number << 8 | static_cast<unsigned char>(entries[byte]);
    return number;
}

/// A term's positions: most terms occur once in a document, and their one position goes
/// in the header; otherwise the header gives the byte length of the varint differences.
void append_positions(std::string& out, const std::vector<Xapian::termpos>& positions) {
    if (positions.size() == 1 && positions.front() < (1u << 31)) {
        append_varint(out, positions.front() << 1 | 1);
        return;
    }
    std::string deltas;
    Xapian::termpos previous = 0;
    for (auto position : positions) {
        append_varint(deltas, position - previous);
        previous = position;
    }
    append_varint(out, static_cast<std::uint32_t>(deltas.size()) << 1);
    out += deltas;
}

/// Drops one term's positions from the front of `entries`: a checked phrase passes over
/// about half of a slot's terms to reach each of its own, so this is kept apart from
/// read_positions, small enough to inline.
bool skip_positions(std::string_view& entries) {
    std::uint32_t header = 0;
    if (!read_varint(entries, header)) return false;
    if (header & 1) return true;
    std::uint32_t length = header >> 1;
    if (length > entries.size()) return false;
    entries.remove_prefix(length);
    return true;
}

/// Reads one term's positions from the front of `entries` into `positions`.
bool read_positions(std::string_view& entries, std::vector<Xapian::termpos>& positions) {
    std::uint32_t header = 0;
    if (!read_varint(entries, header)) return false;
    if (header & 1) {
        positions.push_back(header >> 1);
        return true;
    }
    std::uint32_t length = header >> 1;
    if (length > entries.size()) return false;
    std::string_view deltas = entries.substr(0, length);
    entries.remove_prefix(length);
    Xapian::termpos position = 0;
    for (std::uint32_t delta = 0; !deltas.empty();) {
        if (!read_varint(deltas, delta)) return false;
        position += delta;
        positions.push_back(position);
    }
    return true;
}

}  // namespace

HashedPositions hashed_positions(const Xapian::TermIterator& term) {
    return {position_term_hash(*term),
            std::vector<Xapian::termpos>(term.positionlist_begin(), term.positionlist_end())};
}

std::vector<std::string> encode_positions(const Xapian::Document& document) {
    std::vector<HashedPositions> terms;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        if (term.positionlist_count() > 0) terms.push_back(hashed_positions(term));
    }
    return encode_positions(std::move(terms));
}

std::vector<std::string> encode_positions(std::vector<HashedPositions> terms) {
    std::vector<std::string> maps(schema::slot::position_slot_count);
    for (const auto& [hash, positions] : merge_collisions(std::move(terms))) {
        std::string& map = maps[position_slot_index(hash)];
        append_stored_hash(map, within_slot(hash));
        append_positions(map, positions);
    }
    return maps;
}

bool PositionMap::find(std::span<const std::uint32_t> hashes,
                       std::vector<std::vector<Xapian::termpos>>& positions) const {
    positions.resize(hashes.size());
    for (auto& list : positions) list.clear();
    std::string_view entries = encoded_;
    std::size_t wanted = 0;  // the first of `hashes` not passed yet
    while (!entries.empty() && wanted < hashes.size()) {
        if (entries.size() < hash_bytes) return false;
        std::uint32_t stored = read_stored_hash(entries);
        entries.remove_prefix(hash_bytes);
        while (wanted < hashes.size() && within_slot(hashes[wanted]) < stored) ++wanted;  // not in the map
        if (wanted < hashes.size() && within_slot(hashes[wanted]) == stored) {
            if (!read_positions(entries, positions[wanted++])) return false;
        } else if (!skip_positions(entries)) {
            return false;
        }
    }
    return true;
}

}  // namespace newsdex
