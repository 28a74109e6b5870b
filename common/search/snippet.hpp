/** @file snippet.hpp
 *  @brief Snippets from the stored cleaned text, with the matched words highlighted.
 *
 * Xapian's MSet::snippet() re-tokenises and stems the text per hit and cannot see that a
 * folded query word "nicolas" matches "Nicolás". This highlighter folds each word of the
 * stored body with the same fold() the indexer used, compares it with the matched terms
 * (and stems it when the match was on a stem), and picks the window of the body with the
 * most distinct matched words.
 */
#pragma once

#include "common/search/search_request.hpp"

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsdex {

class Highlighter {
  public:
    /// `terms`: the terms a document matched (Enquire::get_matching_terms), with prefixes.
    Highlighter(const std::vector<std::string>& terms, Xapian::Stem stemmer);

    /// True when a word of the text matches one of the terms.
    [[nodiscard]] bool matches(std::string_view word) const;
    /// The best window of about `words` words of `text`, matches wrapped in `markers`;
    /// "…" marks cut ends. Without matches, the opening of the text.
    [[nodiscard]] std::string snippet(std::string_view text, std::size_t words,
                                      const SnippetMarkers& markers) const;

  private:
    std::unordered_set<std::string> words_;
    std::unordered_set<std::string> stems_;
    Xapian::Stem stemmer_;
};

}  // namespace newsdex
