/** @file option_words.hpp
 *  @brief Splitting the words after --person / --country into the value and query words.
 *
 * `--person nicolas maduro` names one person without quotes, so these options take every
 * word up to the next option. The value is the longest run of leading words that names
 * something in the index (a person) or a country; the words after it are query words, so
 * `--person lavrov sanctions` still searches for "sanctions".
 */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace newsdex {

struct OptionWords {
    std::string value;              ///< the person or country named
    std::vector<std::string> rest;  ///< words that belong to the query
};

/// For --person: the longest leading run of `words` that names a person in `database`
/// (all words when none does, so an unknown name still matches nothing).
[[nodiscard]] OptionWords split_person_words(const Xapian::Database& database, const std::vector<std::string>& words);

/// For --country: the longest leading run that names a country (all words when none does,
/// which then gives the usual "not a country" error).
[[nodiscard]] OptionWords split_country_words(const std::vector<std::string>& words);

}  // namespace newsdex
