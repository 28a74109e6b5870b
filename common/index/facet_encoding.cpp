/** @file facet_encoding.cpp
 *  @brief Multi-valued facet slots.
 */
#include "common/index/facet_encoding.hpp"

#include <algorithm>

#include "common/index/varint.hpp"
#include "common/schema.hpp"

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

std::string encode_compact_facets(std::optional<int> year, const std::vector<std::string>& country_codes,
                                  std::vector<PersonNumber> people) {
    std::string value;
    std::uint32_t year_bytes = year && *year > 0 && *year <= 0xffff ? static_cast<std::uint32_t>(*year) : 0;
    value += static_cast<char>(year_bytes >> 8);
    value += static_cast<char>(year_bytes & 0xff);
    std::vector<std::string> codes;
    for (const auto& code : sorted_unique(country_codes)) {
        auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
        bool letters = code.size() == 2 && capital(code[0]) && capital(code[1]);
        if (letters) codes.push_back(code);  // ISO 3166 alpha-2: the only codes the extractor gives
    }
    codes.resize(std::min<std::size_t>(codes.size(), 0xff));
    value += static_cast<char>(codes.size());
    for (const auto& code : codes) value += code;
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    for (const auto& person : people) {
        append_varint(value, person.group);
        append_varint(value, person.member);
    }
    return value;
}

CompactFacets::CompactFacets(std::string_view value) {
    if (value.size() < 3) return;
    std::size_t country_bytes = 2 * static_cast<unsigned char>(value[2]);
    if (value.size() < 3 + country_bytes) return;
    valid_ = true;
    year_ = static_cast<unsigned char>(value[0]) << 8 | static_cast<unsigned char>(value[1]);
    countries_ = value.substr(3, country_bytes);
    people_ = value.substr(3 + country_bytes);
}

bool CompactFacets::next_person(PersonNumber& number) {
    return !people_.empty() && read_varint(people_, number.group) && read_varint(people_, number.member);
}

}  // namespace newsdex
