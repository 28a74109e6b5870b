/** @file spelling.hpp
 *  @brief "Did you mean": the query with each word the index lacks replaced by a near
 *  word it holds.
 *
 * Xapian's own spelling correction needs a spelling table written at index time, kept
 * current as articles are changed and deleted, and its size counted in the index budget.
 * The index already knows which stems it holds and in how many articles, so the
 * searcher asks it directly, and only about a word whose stem it lacks (one lookup per
 * word, nearly free for a query spelt right). For such a word every spelling one edit
 * away is tried (a letter left out, added, changed, or swapped with the next: most
 * typing errors), and the one whose stem most articles hold wins. Field values
 * (person:…), wildcards, words in capitals (operators, acronyms), words with digits or
 * other scripts and words under four letters are left as they are.
 */
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>

namespace newsdex {

/// `query_text` with each word `database` lacks replaced by its nearest indexed word, in
/// the word's case; nothing when every word is indexed or none has a near one.
[[nodiscard]] std::optional<std::string> suggest_spelling(const Xapian::Database& database,
                                                          std::string_view query_text);

}  // namespace newsdex
