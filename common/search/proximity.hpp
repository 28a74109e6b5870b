/** @file proximity.hpp
 *  @brief Ranking by term proximity: of the best matches of a query of two words,
 *  those where the words stand close together come first.
 *
 * BM25 weighs each word on its own, so "mobile phone" ranks an article about home phones
 * that mentions mobiles once as high as one about mobile phones, and "world cup" ranks
 * Davis Cup tennis among the World Cup. A user expects the words together first. The
 * method is Büttcher, Clarke and Lushman's BM25TP ("Term proximity scoring for ad-hoc
 * retrieval on very large text collections", SIGIR 2006), which gained over BM25 on
 * every TREC collection they tried: every two neighbouring occurrences of different query
 * words, `d` positions apart, add to each word's accumulator the other word's weight
 * over d², and each accumulator counts like a term frequency in BM25:
 *
 *     bonus = Σ_word min(1, idf(word)) · acc(word) · (k1 + 1) / (acc(word) + K)
 *     K = k1 · ((1 − b) + b · length / average length),  idf = log(N / df)
 *
 * with the k1 and b of the ranking's own BM25 (Xapian's defaults), so the bonus is on its
 * scale: at most k1 + 1 per word, where BM25 gives a word up to (k1 + 1) · idf.
 *
 * The bonus needs each match's positions, which the matcher never reads for plain words,
 * so it re-ranks the best `proximity_window` matches by BM25, block by block of that size
 * (as search engines' rescoring windows do): paging on from one block to the next stays
 * consistent, as no match moves between blocks. Positions come from our position maps in
 * a standalone index, from Xapian's position lists in shards.
 *
 * Measured on 27 queries of two words over the BBC set, first pages judged by hand
 * (bench/relevance/, newsdex-eval-ranking): P@10 0.852 → 0.889, nDCG@10 0.901 → 0.927.
 * Windows of 30 and 50 scored alike, 100 a little lower, 10 and 20 lower still; the bonus
 * as published scored best (half or twice it lower). On 12 queries of three words it
 * lost (P@10 0.867 → 0.850, nDCG@10 0.924 → 0.888): any two of the words together
 * ("internet access" for "broadband internet access") earn up to two thirds of the bonus,
 * up to 5 points where BM25 spreads the first page over 2, and outrank stories whose
 * headline names the subject. Scaling the bonus by 2 / words, or counting only words
 * next to each other in the query, lost too; so only queries of two words are re-ranked.
 */
#pragma once

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "common/search/ranked_document.hpp"

namespace newsdex {

/// Matches re-ranked by proximity at a time (see the file comment): each costs a read of
/// its words' position maps.
inline constexpr std::size_t proximity_window = 30;

/// How many words a query must have for proximity to re-rank it: two. With three, the
/// bonus for any two of them together outweighed what BM25 and the headline say (see the
/// file comment).
inline constexpr std::size_t proximity_word_count = 2;

/// The words of `query` that proximity weighs: its distinct unprefixed terms outside
/// what AND_NOT excludes and boolean filters, in query order. None unless there are
/// proximity_word_count of them, or when the query is one phrase.
[[nodiscard]] std::vector<std::string> proximity_words(const Xapian::Query& query);

/// The BM25TP bonus of one document from the ascending positions of each word
/// (`positions[i]` those of the word whose idf is `idfs[i]`); `length_ratio` is the
/// document's length over the index's average.
[[nodiscard]] double proximity_bonus(const std::vector<const std::vector<Xapian::termpos>*>& positions,
                                     const std::vector<double>& idfs, double length_ratio);

/// Adds the bonus of `words` to each document of `ranked` (in rank order, as the matcher
/// gave them) and sorts each block of `proximity_window` by the new weight, ties kept in
/// their order. `words`: proximity_words of the query matched; `lengths`: the documents'
/// lengths by docid when a facet column holds them (else each is looked up).
void rank_by_proximity(const Xapian::Database& database, const std::vector<std::string>& words,
                       std::vector<RankedDocument>& ranked, std::span<const std::uint32_t> lengths = {});

}  // namespace newsdex
