/** @file person_identity.hpp
 *  @brief When two written names are one person, and which spelling to show.
 *
 * A person's key is their folded, Latin-transliterated name with the surname first
 * ("lavrov sergei"), so all keys of one surname share a prefix in the index. Two keys are
 * the same person when the surnames are equal and the given names are equal, one is the
 * initial of the other or a short form of it ("Vince", "Vincent"), or they differ only
 * as transliterations of one name do (see same_given_name). The indexer merges variants
 * inside an article; the searcher merges them across the index with the same function,
 * so counts and filters agree.
 */
#pragma once

#include <string>
#include <string_view>

namespace newsdex {

/// Bump when same_person changes which keys are one person: indexes record which of
/// their people may merge (schema::metadata::person_identity).
inline constexpr std::string_view person_identity_version = "2";

/// The key of a display name: "Sergei Lavrov" → "lavrov sergei", "Maduro" → "maduro"; a
/// generational suffix goes last: "Martin Luther King Jr" → "king martin luther jr".
[[nodiscard]] std::string person_key(std::string_view display_name);

/// Whether a folded word is a generational suffix: "jr", "jnr", "snr", "sr".
[[nodiscard]] bool is_generational_suffix_word(std::string_view word);

/// The generational suffix a key ends in ("jr" of "king martin luther jr"), or empty: the
/// son is not the father (same_person).
[[nodiscard]] std::string_view key_suffix(std::string_view key);

/// The surname part of a key ("lavrov sergei" → "lavrov").
[[nodiscard]] std::string_view key_surname(std::string_view key);

/// All spellings that same_person and the lookups merge share this many first letters of
/// the surname (Zelensky, Zelenskyy, Zelenskiy): comparisons stay inside such a group.
inline constexpr std::size_t surname_group_letters = 4;

/// The surname group of a key: the first letters of its surname.
[[nodiscard]] std::string_view surname_group(std::string_view key);

/// The first given name of a key ("lavrov sergei" → "sergei"), or empty.
[[nodiscard]] std::string_view key_given(std::string_view key);

/// True when two keys name the same person: the same surname and given name (or variants)
/// and the same generational suffix, or none.
[[nodiscard]] bool same_person(std::string_view key_a, std::string_view key_b);

/// same_person for two different keys whose surnames are already known to be one name
/// word: both have a given name, and those are equal, an initial of the other, or
/// same_given_name. Merging many keys of a few surnames splits each key once and asks this.
[[nodiscard]] bool same_given_part(std::string_view given_a, std::string_view given_b);

/// True when `candidate` is a better display name for the same person than `current`:
/// more words, then more accented letters (the original spelling), then the given name in
/// full ("Richard" over "Dick", "Vincent" over "Vince"), then shorter.
[[nodiscard]] bool better_display_name(std::string_view candidate, std::string_view current);

/// True when two folded name words, surnames included, are one name in different
/// transliterations: Sergei/Sergey/Sergej (a final й written i, y or j), or one edit
/// apart in names of six letters or more (Aleksandr/Alexandr, Zelensky/Zelenskyy).
[[nodiscard]] bool same_name_word(std::string_view a, std::string_view b);

/// True when folded `short_form` is a short form of the given name `full`: its first three
/// letters or more ("vince" of "vincent", "steve" of "steven"; not of a name ending in
/// "a" or "e", often a woman's name made of a man's: "paula", "pauline", "alexandra"),
/// or a common English one ("bill" of "william", "tony" of "anthony").
[[nodiscard]] bool is_short_form_of(std::string_view short_form, std::string_view full);

/// True when two folded given names are one name: same_name_word, or one a short form of
/// the other (Vince and Vincent Cable, Bill and William Gates). Surnames never merge so.
[[nodiscard]] bool same_given_name(std::string_view a, std::string_view b);

}  // namespace newsdex
