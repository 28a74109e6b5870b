/** @file facet_encoding.cpp
 *  @brief Multi-valued facet slots.
 */
#include "common/index/facet_encoding.hpp"

#include <algorithm>

#include "common/extract/person_identity.hpp"
#include "common/schema.hpp"
#include "common/text/hash.hpp"

namespace newsdex {

namespace {

std::vector<std::string> sorted_unique(std::vector<std::string> entries) {
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    return entries;
}

}  // namespace

std::string encode_facet(std::vector<std::string> entries) {
    entries = sorted_unique(std::move(entries));
    std::string value;
    for (const auto& entry : entries) {
        if (!value.empty()) value += schema::facet_record_separator;
        value += entry;
    }
    return value;
}

std::vector<std::string_view> decode_facet(std::string_view value) {
    std::vector<std::string_view> entries;
    std::size_t start = 0;
    while (start < value.size()) {
        auto end = value.find(schema::facet_record_separator, start);
        if (end == std::string_view::npos) end = value.size();
        if (end > start) entries.push_back(value.substr(start, end - start));
        start = end + 1;
    }
    return entries;
}

std::string encode_person_entry(std::string_view key, std::string_view name) {
    std::string entry(key);
    entry += schema::facet_unit_separator;
    entry += name;
    return entry;
}

std::pair<std::string_view, std::string_view> decode_person_entry(std::string_view entry) {
    auto separator = entry.find(schema::facet_unit_separator);
    if (separator == std::string_view::npos) return {entry, entry};
    return {entry.substr(0, separator), entry.substr(separator + 1)};
}

std::uint32_t person_group_id(std::string_view key) {
    return static_cast<std::uint32_t>(fnv1a(surname_group(key)) >> person_group_shift);
}

std::uint64_t person_entry_id(std::string_view entry) {
    constexpr std::uint64_t entry_bits = (std::uint64_t{1} << person_group_shift) - 1;
    std::uint64_t group = person_group_id(decode_person_entry(entry).first);
    return (group << person_group_shift) | (fnv1a(entry) & entry_bits);
}

namespace {

void append_big_endian(std::string& out, std::uint64_t number, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) out += static_cast<char>((number >> shift) & 0xff);
}

std::uint64_t read_big_endian(std::string_view bytes) {
    std::uint64_t number = 0;
    for (unsigned char byte : bytes) number = (number << 8) | byte;
    return number;
}

}  // namespace

std::string encode_compact_facets(std::optional<int> year, const std::vector<std::string>& country_codes,
                                  const std::vector<std::string>& person_entries) {
    std::string value;
    append_big_endian(value, year && *year > 0 && *year <= 0xffff ? static_cast<std::uint64_t>(*year) : 0, 2);
    std::vector<std::string> codes;
    for (const auto& code : sorted_unique(country_codes)) {
        auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
        bool letters = code.size() == 2 && capital(code[0]) && capital(code[1]);
        if (letters) codes.push_back(code);  // ISO 3166 alpha-2: the only codes the extractor gives
    }
    codes.resize(std::min<std::size_t>(codes.size(), 0xff));
    value += static_cast<char>(codes.size());
    for (const auto& code : codes) value += code;
    for (const auto& entry : sorted_unique(person_entries)) append_big_endian(value, person_entry_id(entry), 8);
    return value;
}

CompactFacets::CompactFacets(std::string_view value) {
    if (value.size() < 3) return;
    std::size_t country_bytes = 2 * static_cast<unsigned char>(value[2]);
    if (value.size() < 3 + country_bytes || (value.size() - 3 - country_bytes) % 8 != 0) return;
    valid_ = true;
    year_ = static_cast<int>(read_big_endian(value.substr(0, 2)));
    countries_ = value.substr(3, country_bytes);
    people_ = value.substr(3 + country_bytes);
}

std::uint64_t CompactFacets::person_id(std::size_t index) const {
    return read_big_endian(people_.substr(8 * index, 8));
}

}  // namespace newsdex
