/** @file acronyms.hpp
 *  @brief Acronyms written with full stops ("U.S.", "U.N.", "J.R.R."), as one word.
 *
 * Xapian's TermGenerator and QueryParser read "U.S." as the word "us", the same word as
 * "US", but only in capitals: newsdex folds text to lower case before either sees it,
 * so "u.s." had become the two words "u" and "s". Wire copy and American sites write
 * "U.S.", British ones "US": a search for one missed the articles that wrote the other.
 * The indexer and the query parser now join such acronyms before folding, and a snippet
 * reads them as one word (words.hpp, WordReader as indexed). Unlike Xapian, in any case:
 * search is case-insensitive, so a query typed "u.s." must be "U.S.", and then "a.m."
 * and "e.g." in an article are "am" and "eg" as well.
 */
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsdex {

/// The byte length of the acronym that starts at `at` in `text`: two or more letters
/// A–Z or a–z, each followed by a full stop but the last, which may stand without one
/// before a character that is no letter or digit ("U.S.", "J.R.R.", "p.m.", "U.S.A.F",
/// "U.S-led" → "U.S"). 0 when none starts there. Whether a word ends right before `at`
/// is the caller's to check.
[[nodiscard]] std::size_t acronym_length(std::string_view text, std::size_t at);

/// `text` with the full stops of each acronym taken out ("the U.S. and the U.K." → "the
/// US and the UK"), before the text is folded.
[[nodiscard]] std::string join_acronyms(std::string_view text);

/// Whether `word` is an acronym as a whole (acronym_length of it from its start).
[[nodiscard]] bool is_acronym(std::string_view word);

}  // namespace newsdex
