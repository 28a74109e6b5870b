/** @file ranked_walk.hpp
 *  @brief A conjunction of words and phrases ranked by BM25 in the same walk that counts
 *  its matches.
 *
 * Why: the exact count and facets already visit every match of a conjunction along its
 * posting lists (conjunction_walk.hpp), and Xapian's matcher then visits them again
 * to rank the page, looking each match's length up in its length list, which it decodes
 * from the start of a chunk (some 400 entries a match when matches are sparse). At
 * 100,000 articles that lookup was 2.2 of the 6.0 million instructions of a one-shot
 * search for "cricket" (345 matches), and the ranking pass a third to a half of those of
 * "election" and "oil prices". Weighing each match where the walk finds it, with its
 * length read from the facet column (facet_column.hpp), ranks the page in the same pass.
 *
 * The weights are those of Xapian's BM25Weight with its default parameters (the ranking
 * newsdex uses everywhere else), computed as it computes them from the same statistics,
 * and the best documents are kept in Xapian's order (by weight, then by docid): the page
 * and the scores shown are the matcher's (tests/index/ranked_walk_test.cpp compares
 * them). Only terms summed in another order than Xapian's (three or more words, two of
 * them equally frequent) can differ in the last bit.
 */
#pragma once

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "common/search/conjunction_walk.hpp"
#include "common/search/ranked_document.hpp"

namespace newsdex {

/// One term's BM25 weight in a document, as Xapian's BM25Weight gives it with its default
/// parameters (k1 = 1, k2 = 0, k3 = 1, b = 0.5, min_normlen = 0.5) for a term of the query
/// met once.
class Bm25Term {
  public:
    /// A term in `frequency` documents of `database`.
    Bm25Term(const Xapian::Database& database, Xapian::doccount frequency);
    /// The weight in a document of `length` words holding the term `wdf` times.
    [[nodiscard]] double weigh(Xapian::termcount wdf, Xapian::termcount length) const {
        double normalised_length = std::max(length * length_factor_, min_normalised_length);
        double wdf_double = wdf;
        return term_weight_ * (wdf_double / (k1 * (normalised_length * b + (1 - b)) + wdf_double));
    }

    static constexpr double k1 = 1, b = 0.5, min_normalised_length = 0.5;

  private:
    double term_weight_ = 0;
    double length_factor_ = 0;  ///< one over the average document length
};

/// A conjunction's weight in a document: its weighed terms' BM25 weights summed, as
/// Xapian's matcher sums them (the rarest first).
class ConjunctionWeigher {
  public:
    /// The terms' frequencies are those `walk` read; `lengths`: each document's length by
    /// docid (FacetColumn::lengths()); a docid past them is looked up in `database`.
    ConjunctionWeigher(const Xapian::Database& database, const Conjunction& conjunction, const ConjunctionWalk& walk,
                       std::span<const std::uint32_t> lengths);
    /// The weight of `document`, where `walk` stands.
    [[nodiscard]] double weigh(const ConjunctionWalk& walk, Xapian::docid document) const;

  private:
    const Xapian::Database& database_;
    std::span<const std::uint32_t> lengths_;
    std::vector<std::size_t> weighed_;  ///< the weighed terms' places in the conjunction, rarest first
    std::vector<Bm25Term> terms_;       ///< by weighed_
};

/// The best documents offered, at most a given number, in Xapian's order.
class BestDocuments {
  public:
    explicit BestDocuments(std::size_t count) : count_(count) {}
    /// Offers a document; documents come in docid order, so one that only ties with the
    /// worst kept ranks below it.
    void offer(double weight, Xapian::docid document) {
        if (kept_.size() < count_ || (count_ > 0 && weight > kept_.front().weight)) keep(weight, document);
    }
    /// The documents kept, by weight, then by docid.
    [[nodiscard]] std::vector<RankedDocument> take();

  private:
    void keep(double weight, Xapian::docid document);
    std::size_t count_;
    std::vector<RankedDocument> kept_;  ///< a heap, the worst on top
};

/// A conjunction's matches: how many, and the best.
struct RankedWalk {
    Xapian::doccount total = 0;
    std::vector<RankedDocument> best;  ///< by weight, then by docid
};

/// Walks `conjunction` (whose weights are plain: Conjunction::plain_weights) over the
/// documents from `first` to `last`, calling `visit` with each match in docid order, and
/// keeps the `best_count` best by BM25 (weighed by the statistics of all `database`).
template <typename Visit>
RankedWalk rank_conjunction(const Xapian::Database& database, const Conjunction& conjunction,
                            std::span<const std::uint32_t> lengths, std::size_t best_count, Visit visit,
                            Xapian::docid first = 1, Xapian::docid last = std::numeric_limits<Xapian::docid>::max()) {
    ConjunctionWalk walk(database, conjunction, first, last);
    ConjunctionWeigher weigher(database, conjunction, walk, lengths);
    BestDocuments best(best_count);
    RankedWalk ranked;
    for (Xapian::docid document = walk.next(); document != 0; document = walk.next()) {
        ++ranked.total;
        visit(document);
        best.offer(weigher.weigh(walk, document), document);
    }
    ranked.best = best.take();
    return ranked;
}

}  // namespace newsdex
