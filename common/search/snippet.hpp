/** @file snippet.hpp
 *  @brief Snippets from the stored cleaned text, with the matched words highlighted.
 *
 * Xapian's MSet::snippet() re-tokenises and stems the text per hit and cannot see that a
 * folded query word "nicolas" matches "Nicolás". This highlighter is built once per query
 * from the query's own terms and wildcard prefixes (reading each hit's term list would
 * cost more than the rest of the search); it folds each word of the stored body with the
 * same fold() the indexer used, compares it with the words (stemming it when the term was
 * a stem), and picks the window of the body with the most distinct query terms matched.
 * A phrase's words count only where they stand together as the phrase.
 * It reads the body only until a window holds every term of the query: news stories
 * name their subject early, so most hits are read no further than their first lines.
 */
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/search/search_request.hpp"
#include "common/text/words.hpp"

namespace newsdex {

class Highlighter {
  public:
    /// `terms`: the query's terms, with prefixes; `wildcards`: the query's wildcard
    /// prefixes (folded), whose expansions match any word starting with them; `phrases`:
    /// the terms of each phrase, in order, whose words are matched only where they stand
    /// together as the phrase ("the economy" does not light up every "the").
    Highlighter(const std::vector<std::string>& terms, Xapian::Stem stemmer, std::vector<std::string> wildcards = {},
                const std::vector<std::vector<std::string>>& phrases = {});

    /// The highlighter for everything `query` can match (see query_terms()).
    static Highlighter for_query(const Xapian::Query& query, Xapian::Stem stemmer);

    /// The same highlighter with `stemmer` instead: a Xapian::Stem is not to be used by
    /// two threads at once, nor its copies (they share it).
    [[nodiscard]] Highlighter with_stemmer(Xapian::Stem stemmer) const;

    /// The best window of about `words` words of `text`, matches wrapped in `markers`;
    /// "…" marks cut ends. Without matches, the opening of the text.
    [[nodiscard]] std::string snippet(std::string_view text, std::size_t words, const SnippetMarkers& markers) const;

  private:
    /// The term (stem or wildcard prefix) a word of the text matches, or "".
    [[nodiscard]] std::string matched_term(std::string_view word) const;
    /// The free term the last two words of `spans` match as one, when they are the parts
    /// of a hyphenated word of `text` ("e-mail" for "email"), or "".
    [[nodiscard]] std::string hyphenated_term(std::string_view text, const std::vector<WordSpan>& spans) const;
    /// True when a word of the text surely matches no term, from its first two bytes
    /// alone: most words of a text start unlike every term, and are turned away before
    /// folding (when they start with ASCII, and the query has no wildcards).
    [[nodiscard]] bool surely_unmatched(std::string_view word) const;
    /// Index of a folded word's first two bytes in term_starts_.
    static std::size_t start_index(std::string_view folded);

    /// A word of the text that matched a term: its number and the term.
    struct MatchedWord {
        std::size_t word = 0;
        std::string term;
    };
    /// The phrase of `phrases_` whose words are the last of `matched` (the words matched
    /// so far), one after the other; or -1.
    [[nodiscard]] int phrase_ending_at_last(const std::vector<MatchedWord>& matched) const;

    /// The query's terms without prefixes: stems, matched by a word as it is or stemmed.
    std::unordered_set<std::string> terms_;
    /// Those of terms_ that the query names outside a phrase: matched wherever they stand.
    std::unordered_set<std::string> free_terms_;
    /// Each phrase's terms without prefixes, in order.
    std::vector<std::vector<std::string>> phrases_;
    /// By start_index: whether some term begins so. A stem begins like the words it comes
    /// from, so most words of a text are turned away here, without hashing or stemming.
    std::vector<bool> term_starts_;
    Xapian::Stem stemmer_;
    std::vector<std::string> wildcards_;
};

}  // namespace newsdex
