/** @file word_pairs.hpp
 *  @brief The frequent pairs of words an index files as terms of their own, so that a
 *  two-word phrase of one matches by a posting list.
 *
 * A phrase is matched by checking each candidate's position maps (search/
 * position_check.hpp), a cost that grows with the articles holding both words: at
 * 100,000 generated articles "chief executive" (47,000 matches) took 6.7 ms warm, where
 * the same two words unquoted took 2.4. The phrases that cost most are those of frequent
 * pairs, and those are few: the run that first fills an index (a first build,
 * --rebuild, or a run over an index a killed first build left empty) reads an even
 * sample of its articles first (`word_pair_sample_size`; their documents are kept and
 * written in their turn, so nothing is read twice), chooses the pairs that stand side
 * by side in at least a fiftieth of them (`WordPairChoice`), numbers them, records each
 * with its term in the index (schema::metadata::word_pair) and files the term
 * (schema::prefix::word_pair: "XW" and the number, a boolean term, no weight, no length)
 * in every document that has the pair; later runs file the same pairs. So a recorded
 * pair's term is in every document with the pair, and the searcher matches a phrase of
 * two words by it (search/word_pair_terms.hpp). Numbers, as with the pairs' words as
 * terms 2,000 generated articles made an index 4.5% bigger, with numbers 2.8% (pairs in
 * a hundredth of the sample then).
 *
 * Pairs with a function word of any of our languages' stop lists ("of the", "chief of")
 * are left out: counted roughly over the generated articles (pairs in a hundredth of a
 * sample of 1,000) they were 86% of the frequent pairs, 181 per article against 24
 * without, and a phrase of one is rarely what is typed.
 *
 * A pair is two terms as filed at positions one after the other (stems, the title's
 * also with their prefix, text/text_terms.hpp), the same positions the maps hold, so a
 * pair's term is in exactly the documents a position check would find.
 */
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsdex {

/// How many articles are sampled to choose the pairs (all, when fewer).
inline constexpr std::size_t word_pair_sample_size = 500;

/// Whether `term` (a stem, perhaps prefixed) is the stem of a stop word of one of our
/// languages: pairs with one are never filed.
[[nodiscard]] bool is_function_word_term(std::string_view term);

/// The word pairs an index files, each with its term (schema::word_pair_term).
class WordPairSet {
  public:
    WordPairSet() = default;
    /// `pairs` (schema::word_pair), the most frequent first: numbered in that order, so
    /// the commonest have the shortest terms.
    explicit WordPairSet(const std::vector<std::string>& pairs);

    /// The pairs recorded in `database` (none if it records none).
    static WordPairSet read(const Xapian::Database& database);
    /// Records the pairs in `database`'s metadata (uncommitted), in place of any it held.
    void write(Xapian::WritableDatabase& database) const;

    /// The term of `pair` (schema::word_pair); null when not filed.
    [[nodiscard]] const std::string* term_of(const std::string& pair) const;
    [[nodiscard]] bool empty() const { return terms_.empty(); }
    [[nodiscard]] std::size_t size() const { return terms_.size(); }
    /// Adds to `document` the terms of the pairs of `candidates` in the set.
    void add_to(Xapian::Document& document, const std::vector<std::string>& candidates) const;

  private:
    std::unordered_map<std::string, std::string> terms_;  ///< pair → term
};

/// Counts, over a sample of articles, in how many each candidate pair stands, and chooses
/// the frequent ones.
class WordPairChoice {
  public:
    /// One sampled article's candidate pairs (distinct schema::word_pair).
    void add_article(const std::vector<std::string>& candidates);
    /// The pairs in at least a fiftieth of the sampled articles and in `minimum_articles`,
    /// at most `most` of them, the most frequent first (then by pair, so a build chooses
    /// and numbers the same pairs each time).
    [[nodiscard]] WordPairSet chosen(std::size_t minimum_articles = 5, std::size_t most = 5000) const;

  private:
    std::unordered_map<std::string, std::size_t> articles_with_;
    std::size_t articles_ = 0;
};

/// The sample of a corpus of `total` articles: `word_pair_sample_size` indexes spread
/// evenly over it, ascending (every one when fewer).
[[nodiscard]] std::vector<std::size_t> word_pair_sample(std::size_t total);

}  // namespace newsdex
