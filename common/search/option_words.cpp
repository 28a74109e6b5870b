/** @file option_words.cpp
 *  @brief Longest-prefix split of option words.
 */
#include "common/search/option_words.hpp"

#include <functional>

#include "common/extract/countries.hpp"
#include "common/search/person_lookup.hpp"

namespace newsdex {

namespace {

std::string join(const std::vector<std::string>& words, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += (i ? " " : "") + words[i];
    return text;
}

OptionWords split_longest(const std::vector<std::string>& words, const std::function<bool(const std::string&)>& names) {
    for (std::size_t count = words.size(); count > 0; --count) {
        std::string candidate = join(words, count);
        if (names(candidate)) return {candidate, {words.begin() + static_cast<long>(count), words.end()}};
    }
    return {join(words, words.size()), {}};
}

}  // namespace

OptionWords split_person_words(const Xapian::Database& database, const std::vector<std::string>& words) {
    return split_longest(words, [&](const std::string& name) { return !person_terms(database, name).empty(); });
}

OptionWords split_country_words(const std::vector<std::string>& words) {
    return split_longest(words, [](const std::string& name) { return resolve_country(name).has_value(); });
}

}  // namespace newsdex
