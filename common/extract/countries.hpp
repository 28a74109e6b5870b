/** @file countries.hpp
 *  @brief Countries named in a text, as ISO 3166-1 alpha-2 codes.
 *
 * Country names come from ICU's English region names; short forms, demonyms, capitals and
 * ambiguous names from data/countries.tsv (see its header for the rules of each kind).
 * In text all in capitals "US" is also the word "us": there it names the country only
 * after a determiner ("THE US", "A US FIRM") or before a hyphen ("US-LED").
 */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/extract/tokens.hpp"

namespace newsdex {

class CountryTable;

struct CountryMention {
    std::string code;  ///< ISO 3166-1 alpha-2, upper case
    std::string name;  ///< English display name
    int mentions = 0;
};

/// Countries named in `paragraphs`, most mentioned first (ties by code). `language`: the
/// article's (CleanedArticle::language); its own country names count besides the English
/// ones ("Frankreich", "Estados Unidos").
[[nodiscard]] std::vector<CountryMention> extract_countries(const std::vector<std::string>& paragraphs,
                                                            std::string_view language = "en");
/// The same over text the caller already tokenised.
[[nodiscard]] std::vector<CountryMention> extract_countries(const TokenizedText& text,
                                                            std::string_view language = "en");

/// English display name of a code ("VE" → "Venezuela"); the code itself if unknown.
[[nodiscard]] std::string country_name(std::string_view code);

/// What a user typed (a code, a name, a short form or a demonym, any case or accents;
/// a name in another language of the stop-word lists too) as a code; nullopt when it names
/// no country.
[[nodiscard]] std::optional<std::string> resolve_country(std::string_view user_text);

/// The number of tokens from `first` that form a country word, capital, institution or a
/// place phrase `table` knows ("U.K.", "Saudi Arabia", "Latin America"; with a page
/// language's table, "Estados Unidos"); 0 when none. Ambiguous names ("Jordan") are not
/// counted: they may be people.
[[nodiscard]] std::size_t country_form_length(const CountryTable& table, const std::vector<Token>& tokens,
                                              std::size_t first);

/// True when `folded_word` alone names a country or a capital or is a demonym: such a
/// word is never part of a person's name.
[[nodiscard]] bool is_country_word(std::string_view folded_word);

}  // namespace newsdex
