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
    return static_cast<std::uint32_t>(hash ^ (hash >> 32));
}

unsigned position_slot_index(std::uint32_t hash) {
    static_assert(schema::slot::position_slot_count == 32, "five bits of the hash choose the slot");
    return hash >> 27;
}

namespace {

/// The bits of a hash below those choosing its slot: all a map needs to store.
constexpr std::uint32_t within_slot(std::uint32_t hash) {
    return hash & ((1u << 27) - 1);
}

}  // namespace

namespace {

using TermPositions = std::pair<std::uint32_t, std::vector<Xapian::termpos>>;

/// Each hash once, its positions sorted: colliding terms merged.
std::vector<TermPositions> merge_collisions(std::vector<TermPositions> terms) {
    std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<TermPositions> merged;
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

}  // namespace

std::vector<std::string> encode_positions(const Xapian::Document& document) {
    std::vector<TermPositions> terms;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        if (term.positionlist_count() == 0) continue;
        terms.emplace_back(position_term_hash(*term),
                           std::vector<Xapian::termpos>(term.positionlist_begin(), term.positionlist_end()));
    }
    std::vector<std::string> maps(schema::slot::position_slot_count);
    std::vector<std::uint32_t> previous_hashes(maps.size(), 0);
    std::string deltas;
    for (const auto& [hash, positions] : merge_collisions(std::move(terms))) {
        unsigned slot = position_slot_index(hash);
        std::string& encoded = maps[slot];
        append_varint(encoded, within_slot(hash) - previous_hashes[slot]);
        previous_hashes[slot] = within_slot(hash);
        // Most terms occur once in a document: their one position goes in the header.
        if (positions.size() == 1 && positions.front() < (1u << 31)) {
            append_varint(encoded, positions.front() << 1 | 1);
            continue;
        }
        deltas.clear();
        Xapian::termpos previous = 0;
        for (auto position : positions) {
            append_varint(deltas, position - previous);
            previous = position;
        }
        append_varint(encoded, static_cast<std::uint32_t>(deltas.size()) << 1);
        encoded += deltas;
    }
    return maps;
}

bool PositionMap::find(std::span<const std::uint32_t> hashes,
                       std::vector<std::vector<Xapian::termpos>>& positions) const {
    positions.resize(hashes.size());
    for (auto& list : positions) list.clear();
    std::string_view rest = encoded_;
    std::uint32_t hash = 0;
    std::size_t wanted = 0;
    while (!rest.empty() && wanted < hashes.size()) {
        std::uint32_t difference = 0, header = 0;
        if (!read_varint(rest, difference) || !read_varint(rest, header)) return false;
        hash += difference;
        std::string_view deltas;
        if (!(header & 1)) {
            if ((header >> 1) > rest.size()) return false;
            deltas = rest.substr(0, header >> 1);
            rest.remove_prefix(header >> 1);
        }
        while (wanted < hashes.size() && within_slot(hashes[wanted]) < hash) ++wanted;
        if (wanted == hashes.size() || within_slot(hashes[wanted]) != hash) continue;
        if (header & 1) positions[wanted].push_back(header >> 1);
        Xapian::termpos position = 0;
        for (std::uint32_t delta = 0; !deltas.empty();) {
            if (!read_varint(deltas, delta)) return false;
            position += delta;
            positions[wanted].push_back(position);
        }
        ++wanted;
    }
    return true;
}

}  // namespace newsdex
