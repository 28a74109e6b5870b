/** @file character_references.cpp
 *  @brief Numeric and named character references to UTF-8.
 */
#include "common/text/character_references.hpp"

#include <array>
#include <charconv>
#include <optional>
#include <unordered_map>

#include "common/text/utf8.hpp"
#include "common/text/word_list.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// The longest entity name of the table ("thinsp"), with room to spare.
constexpr std::size_t longest_name = 8;
/// "&#1114111;" has seven digits; "&#x10FFFF;" six.
constexpr std::size_t most_digits = 7;

/// What browsers make of references to 128-159, the C1 controls: Windows-1252's
/// characters there (0 where it has none).
constexpr std::array<char32_t, 32> windows_1252_high{0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                                     0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

const std::unordered_map<std::string, char32_t>& named_entities() {
    static const auto table = [] {
        std::unordered_map<std::string, char32_t> entities;
        for (const auto& line : data_lines(data::html_entities)) {
            auto tab = line.find('\t');
            if (tab == std::string::npos) continue;
            unsigned code = 0;
            std::from_chars(line.data() + tab + 1, line.data() + line.size(), code, 16);
            entities.emplace(line.substr(0, tab), static_cast<char32_t>(code));
        }
        return entities;
    }();
    return table;
}

/// The printable character numbered `code` in a numeric reference, if any.
std::optional<char32_t> referenced_character(unsigned long code) {
    if (code >= 0x80 && code < 0xA0) {
        char32_t mapped = windows_1252_high[code - 0x80];
        return mapped ? std::optional(mapped) : std::nullopt;
    }
    bool control = code < 0x20 || code == 0x7F;
    bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    if (control || surrogate || code > 0x10FFFF) return std::nullopt;
    return static_cast<char32_t>(code);
}

/// The reference at the start of `text` (which starts with '&'): its character and
/// length, or nothing when it is none.
std::optional<std::pair<char32_t, std::size_t>> reference_at(std::string_view text) {
    std::size_t semicolon = text.find(';', 1);
    if (semicolon == std::string_view::npos || semicolon == 1) return std::nullopt;
    std::string_view inside = text.substr(1, semicolon - 1);
    if (inside.front() == '#') {
        bool hexadecimal = inside.size() > 1 && (inside[1] == 'x' || inside[1] == 'X');
        std::string_view digits = inside.substr(hexadecimal ? 2 : 1);
        if (digits.empty() || digits.size() > most_digits) return std::nullopt;
        unsigned long code = 0;
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hexadecimal ? 16 : 10);
        if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
        if (auto character = referenced_character(code)) return std::pair(*character, semicolon + 1);
        return std::nullopt;
    }
    if (inside.size() > longest_name) return std::nullopt;
    const auto& entities = named_entities();
    auto found = entities.find(std::string(inside));
    if (found == entities.end()) return std::nullopt;
    return std::pair(found->second, semicolon + 1);
}

}  // namespace

std::string decode_character_references(std::string_view text) {
    std::string decoded;
    decoded.reserve(text.size());
    std::size_t position = 0;
    for (std::size_t ampersand = text.find('&'); ampersand != std::string_view::npos;
         ampersand = text.find('&', ampersand + 1)) {
        auto reference = reference_at(text.substr(ampersand, longest_name + most_digits));
        if (!reference) continue;
        decoded.append(text.substr(position, ampersand - position));
        utf8::append(decoded, reference->first);
        position = ampersand + reference->second;
        ampersand = position - 1;
    }
    decoded.append(text.substr(position));
    return decoded;
}

}  // namespace newsdex
