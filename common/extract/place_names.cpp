/** @file place_names.cpp
 *  @brief The place-name table: ISO 3166-2 subdivisions and ICU's time-zone cities.
 */
#include "common/extract/place_names.hpp"

#include <unicode/strenum.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "common/text/fold.hpp"
#include "common/text/word_list.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// The cities the canonical time zones are named after ("America/Los_Angeles": "Los
/// Angeles"), from ICU's zone list: its English display names would load ICU's zone
/// strings (10 ms and 5 MB a process) for the same words, accents aside, which folding
/// drops anyway ("Sao_Paulo", "São Paulo").
std::vector<std::string> time_zone_cities() {
    std::vector<std::string> cities;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> zones(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
    if (U_FAILURE(status)) return cities;
    while (const char* zone = zones->next(nullptr, status)) {
        std::string city(std::string_view(zone).substr(std::string_view(zone).rfind('/') + 1));
        std::replace(city.begin(), city.end(), '_', ' ');
        cities.push_back(std::move(city));
    }
    return cities;
}

class PlaceTable {
  public:
    static const PlaceTable& instance() {
        static const PlaceTable table;
        return table;
    }
    [[nodiscard]] bool contains(const std::string& key) const { return names_.contains(key); }
    [[nodiscard]] bool begins_longer_name(const std::string& key) const { return prefixes_.contains(key); }
    [[nodiscard]] bool is_one_word_name(const std::string& folded) const { return one_word_names_.contains(folded); }
    [[nodiscard]] bool is_large_city(const std::string& folded) const { return large_cities_.contains(folded); }

  private:
    PlaceTable() {
        const auto given_names = data_word_set(data::given_names);
        for (std::string_view line : data_line_views(data::subdivision_names)) {
            // "A Coruña [La Coruña]": the name and its other form.
            std::size_t bracket = line.find(" [");
            add(line.substr(0, bracket), given_names);
            if (bracket != std::string_view::npos && line.ends_with(']')) {
                add(line.substr(bracket + 2, line.size() - bracket - 3), given_names);
            }
        }
        for (const auto& city : time_zone_cities()) add(city, given_names);
        // A city named after someone by title names that someone too: "Prince Edward",
        // "General Roca", "Presidente Franco" stay people.
        const auto titles = data_word_set(data::person_titles);
        for (std::string_view city : data_line_views(data::city_names)) {
            if (!titles.contains(fold(city.substr(0, city.find(' '))))) add(city, given_names);
        }
        for (std::string_view city : data_line_views(data::large_city_names)) large_cities_.insert(fold(city));
    }

    /// Files `name` under its tokens' folded words, as a paragraph's tokens would spell it,
    /// unless it starts with a given name; a name of one word on its own.
    void add(std::string_view name, const std::unordered_set<std::string>& given_names) {
        auto tokens = tokenize(name);
        if (tokens.size() == 1) one_word_names_.insert(tokens.front().folded);
        if (tokens.size() < 2 || given_names.contains(tokens.front().folded)) return;
        std::string key = tokens.front().folded;
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            prefixes_.insert(key);
            key += ' ';
            key += tokens[i].folded;
        }
        names_.insert(std::move(key));
    }

    std::unordered_set<std::string> names_;
    std::unordered_set<std::string> prefixes_;  ///< the first words of longer names
    std::unordered_set<std::string> one_word_names_;
    std::unordered_set<std::string> large_cities_;  ///< one-word cities of 100,000 people or more
};

/// Words that start the names of places, not of people: saints' towns, forts, mounts and
/// Spanish plurals ("San Francisco", "St Helens", "Fort Worth", "Las Vegas").
bool is_place_prefix(const std::string& folded) {
    static const std::unordered_set<std::string> prefixes{"san",  "santa", "santo", "sao", "st", "ste",
                                                          "fort", "mount", "mt",    "los", "las"};
    return prefixes.contains(folded);
}

}  // namespace

bool is_one_word_place(const std::string& folded_word) {
    return PlaceTable::instance().is_one_word_name(folded_word);
}

bool is_large_city(const std::string& folded_word) {
    return PlaceTable::instance().is_large_city(folded_word);
}

std::size_t place_name_length(const std::vector<Token>& tokens, std::size_t first) {
    if (first >= tokens.size() || !tokens[first].capitalised) return 0;
    // The prefix and the next word at least, if nothing longer is known.
    bool prefixed = is_place_prefix(tokens[first].folded) && first + 1 < tokens.size() &&
                    joins_previous(tokens[first + 1]) && tokens[first + 1].capitalised && !tokens[first].possessive;
    const PlaceTable& table = PlaceTable::instance();
    // Most capitalised words begin no place: decided without copying the word.
    if (!prefixed && !table.begins_longer_name(tokens[first].folded)) return 0;
    std::string key = tokens[first].folded;
    std::size_t best = 0;
    for (std::size_t next = first + 1; next < tokens.size() && joins_previous(tokens[next]); ++next) {
        if (!table.begins_longer_name(key) || tokens[next - 1].possessive) break;
        key += ' ';
        key += tokens[next].folded;
        // The last word is capitalised: "Rio de Janeiro", not "Rio de".
        if (tokens[next].capitalised && table.contains(key)) best = next - first + 1;
    }
    return prefixed ? std::max<std::size_t>(best, 2) : best;
}

}  // namespace newsdex
