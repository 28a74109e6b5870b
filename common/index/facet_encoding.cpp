/** @file facet_encoding.cpp
 *  @brief Multi-valued facet slots.
 */
#include "common/index/facet_encoding.hpp"

#include <algorithm>

#include "common/schema.hpp"

namespace newsdex {

std::string encode_facet(std::vector<std::string> entries) {
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    std::string value;
    for (const auto& entry : entries) {
        if (!value.empty()) value += schema::facet_record_separator;
        value += entry;
    }
    return value;
}

std::vector<std::string> decode_facet(std::string_view value) {
    std::vector<std::string> entries;
    std::size_t start = 0;
    while (start < value.size()) {
        auto end = value.find(schema::facet_record_separator, start);
        if (end == std::string_view::npos) end = value.size();
        if (end > start) entries.emplace_back(value.substr(start, end - start));
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

}  // namespace newsdex
