/** @file dictionary_words.hpp
 *  @brief Ordinary English words, from the dictionary compiled in at build time.
 *
 * The lower-case entries of Debian's English word lists (wamerican and wbritish, data/CMakeLists.txt):
 * "insurance", "system", "treasury", but not "Reagan" or "Volcker", which the list spells
 * with a capital. A capitalised run made only of such words is a thing ("Deposit
 * Insurance") unless a title or a given name says it is a person (people.hpp). Pages in
 * five other languages have their own lists: "Corte Suprema", "Poder Judicial" and
 * "Seguridad Pública" are no people on a Spanish page.
 */
#pragma once

#include <string_view>

namespace newsdex {

/// True when `folded` (lower case) is a lower-case entry of the dictionary.
[[nodiscard]] bool is_dictionary_word(std::string_view folded);

/// True when `folded` (lower case) is a capitalised entry of the English dictionary: a
/// proper noun or a word made of one ("californian", "irishmen", "kristin").
[[nodiscard]] bool is_proper_dictionary_word(std::string_view folded);

/// True when `lower_word` (lower-cased as written, accents kept: "pública") is a
/// lower-case entry of Debian's word list for `language`: wspanish, wfrench, witalian,
/// wportuguese or wdutch for "es", "fr", "it", "pt", "nl" (compiled in the same way), or
/// the plural of one ("diputados": is_listed_plural); false for other languages.
[[nodiscard]] bool is_ordinary_word(std::string_view lower_word, std::string_view language);

/// True when `folded` is a word of Debian's German list (wngerman), any case or
/// inflection, folded as tokens are: "angebot", "automobilwerke", "finde", "arger".
/// Not among the five above: German capitalises its nouns, so the list says nothing of
/// whether a capitalised run is a name, only that a word after one is a noun.
[[nodiscard]] bool is_german_word(std::string_view folded);

/// True when `folded` is a German word or two, the first of four letters or more and the
/// last of five ("zuckerschoten", "kritiklesen"; not "scharmann" nor "goldberg", surnames
/// made as compounds are), as German writes compounds the list cannot all hold.
[[nodiscard]] bool is_german_compound(std::string_view folded);

/// True when a word list for `language` is compiled in (the five above).
[[nodiscard]] bool has_word_list(std::string_view language);

/// Whether a folded English word is the plural of another, adding "-s" or "-es" ("rhinos",
/// "cubs", "churches").
[[nodiscard]] bool is_english_plural(std::string_view folded);

/// True when `lower_word` is an ordinary word of any of the five lists: for pages in a
/// language without one of its own ("Tod" and "Mal", German words, are Spanish or Dutch too).
[[nodiscard]] bool is_ordinary_word_of_any_list(std::string_view lower_word);

/// True when `folded` is no dictionary word but reads as English made of them: two words
/// of eight letters or more together, the second of four or more ("goalscorer",
/// "carmaker", "recordable"), or a common prefix before a word of five letters or more
/// ("unelected", "renationalise", "outpaced"). About one in two hundred first names of
/// the census lists reads so too ("Wolfgang", "Madeline"): a test for words no list holds.
[[nodiscard]] bool is_english_compound(std::string_view folded);

}  // namespace newsdex
