/** @file demonym_forms.hpp
 *  @brief The inflected forms of a nationality word in German, French or Spanish.
 *
 * data/demonyms_by_language.tsv lists each adjective once, marked with '*', as a
 * dictionary does; a page writes it inflected ("die französischen Behörden", "la presse
 * française", "las autoridades francesas"). The rules are the regular ones of each
 * language; irregular forms are listed in the file as they are written.
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// The folded forms `form` stands for on a page in `language`: its inflections when it
/// ends in '*' (the file's header says which), else `form` alone.
[[nodiscard]] std::vector<std::string> demonym_forms(std::string_view language, std::string_view form);

}  // namespace newsdex
