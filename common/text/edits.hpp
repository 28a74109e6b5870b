/** @file edits.hpp
 *  @brief Spellings one edit apart: a letter left out, added, changed, or swapped with
 *  the next (most typing errors; Damerau's edits).
 *
 * The searcher tries every spelling one edit from a word the index lacks ("Did you mean",
 * spelling.hpp) and merges people whose surnames are one edit apart
 * (person_identity.hpp); the extractor takes a word one edit from a title for that title
 * ("Preesident Nixon", people.hpp). Letters are bytes: the words are folded.
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// Every spelling one edit from `word`, over the letters a to z.
[[nodiscard]] std::vector<std::string> one_edit_away(const std::string& word);

/// Whether `a` and `b` are equal or one letter left out, added or changed apart, or with
/// `swaps`, two neighbouring letters swapped. In one pass, without a distance table: after
/// the common prefix the rest must match so (merging spellings of people asks this of
/// many pairs per query; a full table took a tenth of the facets' time).
[[nodiscard]] bool within_one_edit(std::string_view a, std::string_view b, bool swaps = false);

/// Whether `a` and `b` differ by exactly one edit, swaps included.
[[nodiscard]] bool one_edit_apart(std::string_view a, std::string_view b);

}  // namespace newsdex
