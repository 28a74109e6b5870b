/** @file place_names.hpp
 *  @brief Places of two words or more, which capitalised runs must not take for people.
 *
 * A capitalised run mid-sentence reads as a proper noun, and "Los Angeles", "Kuala
 * Lumpur" or "Rio de Janeiro" have no word that says "place" (as "Street" or "River" do,
 * data/non_person_words.txt). Three maintained lists name them:
 *  - the ISO 3166-2 subdivisions of Debian's iso-codes (states, provinces, regions,
 *    districts; names in their own languages: "Andhra Pradesh", "Baden-Württemberg"),
 *    compiled in at build time (data/CMakeLists.txt); bracketed alternatives count too
 *    ("A Coruña [La Coruña]");
 *  - the cities the time zones are named after, from ICU's zone list ("Los Angeles",
 *    "Buenos Aires");
 *  - GeoNames' cities of 15,000 people or more whose names have two words or more, from
 *    Debian's libgeonames0, compiled in at build time ("Des Moines", "Petaling Jaya"),
 *    less those a title starts, named after someone who is a person too ("Prince
 *    Edward", "General Roca").
 * A run that starts with a word that starts place names ("San", "St", "Fort", "Los")
 * and goes on with a capitalised word is a place too ("San Francisco", "Fort Worth").
 * Only names of two words or more: one-word places are also surnames and given names
 * ("Kerry", "Kent", "Victoria"), which the person rules weigh by context; they only keep
 * a census list's given names from counting as such ("Memphis", "Texas"), and GeoNames'
 * one-word cities of 100,000 people or more start no person's name unless they are first
 * names too ("Nottingham Forest", "Munich Re"; not "Austin Powers"). A name whose
 * first word is a known given name is left out too ("Diego Martin", "Santiago
 * Rodríguez", provinces named after people).
 */
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/extract/tokens.hpp"

namespace newsdex {

/// The number of tokens from `first` that spell such a place, words joined by spaces or
/// hyphens, lower-case particles inside ("Dar es Salaam"), the longest if several (a
/// prefix and one word if no listed name); 0 when none starts there.
[[nodiscard]] std::size_t place_name_length(const std::vector<Token>& tokens, std::size_t first);

/// Whether a folded word is a listed place's whole name: a subdivision ("texas") or a
/// time zone's city ("london").
[[nodiscard]] bool is_one_word_place(const std::string& folded_word);

/// Whether a folded word names a city of 100,000 people or more in GeoNames ("glasgow",
/// "munich"; data/geonames_cities.py): a place a run that starts with it names, unless
/// it is a first name too (people.hpp).
[[nodiscard]] bool is_large_city(const std::string& folded_word);

}  // namespace newsdex
