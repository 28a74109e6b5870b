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
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <optional>
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
    /// The part of every term's weight that a document's length sets, for a document of
    /// `length` words (`length_factor`: one over the average length, length_factor()):
    /// worked out once per document, not once per term.
    [[nodiscard]] static double length_divisor(Xapian::termcount length, double length_factor) {
        double normalised_length = std::max(length * length_factor, min_normalised_length);
        return k1 * (normalised_length * b + (1 - b));
    }
    /// One over the average document length of `database` (0 for an empty one).
    [[nodiscard]] static double length_factor(const Xapian::Database& database);
    /// The weight in a document holding the term `wdf` times, whose length gave
    /// `length_divisor`.
    [[nodiscard]] double weigh(Xapian::termcount wdf, double length_divisor) const {
        double wdf_double = wdf;
        return term_weight_ * (wdf_double / (length_divisor + wdf_double));
    }

    static constexpr double k1 = 1, b = 0.5, min_normalised_length = 0.5;

  private:
    double term_weight_ = 0;
};

/// A conjunction's weight in a document: its weighed terms' BM25 weights summed, as
/// Xapian's matcher sums them (the rarest first).
///
/// Why weigh_above: a large match set keeps a page's few best of tens of thousands of
/// weights, a division a term each. Among documents holding each term as often, the
/// weight only falls as the document grows longer (BM25's length divisor only grows with
/// it, and IEEE arithmetic keeps that order). So for each combination of small wdfs the
/// length from which the weight is no longer above the worst of the best kept is found
/// once (a binary search over lengths), and a match at or past that length is counted but
/// not weighed. The bar only rises, so a length found for a lower bar still holds; it is
/// found again when a shorter match arrives after the bar has risen. The page is the same
/// as if every match were weighed. For "chief executive" at 100,000 articles (47,000
/// matches) over nine in ten matches go unweighed; the wdfs are still read, and the walk
/// of each half took some 6% less. With two terms or more, the first (rarest) term's wdf
/// is read first and looked up the same way in a table of lengths at which it cannot
/// weigh above the bar even with every other term at its highest wdf (known from its
/// bitmap, term_bitmaps.hpp): most matches hold the words once or twice, and go without
/// the other wdfs read.
class ConjunctionWeigher {
  public:
    /// Weighs the documents where `walk` stands (it must outlast the weigher), with the
    /// terms' frequencies it read; `lengths`: each document's length by docid
    /// (FacetColumn::lengths()); a docid past them is looked up in `database`.
    ConjunctionWeigher(const Xapian::Database& database, const Conjunction& conjunction, const ConjunctionWalk& walk,
                       std::span<const std::uint32_t> lengths);
    /// The weight of `document`, where the walk stands.
    [[nodiscard]] double weigh(Xapian::docid document);
    /// The weight of `document`, where the walk stands, when it may be above `bar`;
    /// nothing when it cannot be (mostly known from its length, without weighing it).
    [[nodiscard]] std::optional<double> weigh_above(Xapian::docid document, double bar);

  private:
    /// Wdfs below this, of up to `tabulated_terms` terms, have their lengths tabulated.
    static constexpr Xapian::termcount tabulated_wdfs = 16;
    static constexpr std::size_t tabulated_terms = 3;
    static_assert(std::has_single_bit(tabulated_wdfs), "read_wdfs tells a wdf past the table by its bits");
    static constexpr std::size_t untabulated = std::numeric_limits<std::size_t>::max();
    /// Documents at least `length` long, with the wdfs of its place in the table, weigh
    /// at most `bar` (none yet: no length is that long, and any bar is higher).
    struct LengthCutoff {
        double bar = -std::numeric_limits<double>::infinity();
        Xapian::termcount length = std::numeric_limits<Xapian::termcount>::max();
    };
    /// Reads the weighed terms' wdfs in `document`, where the walk stands, into wdfs_,
    /// and their place in the cutoffs' table into place_.
    void read_wdfs(Xapian::docid document);
    /// The weight of `wdfs` (by wdf_sources_) in a document of `length` words.
    [[nodiscard]] double weight_of(const std::vector<Xapian::termcount>& wdfs, Xapian::termcount length) const;
    /// Whether `document`, `length` words long, may weigh above `bar` by the first
    /// (rarest) term's wdf alone, the others' taken at their highest.
    [[nodiscard]] bool may_pass_by_first(Xapian::docid document, Xapian::termcount length, double bar);
    /// The cutoff of wdfs_ in cutoffs_, at place_ (the table made at the first call); null
    /// when they are not tabulated.
    [[nodiscard]] LengthCutoff* cutoff_of_wdfs();
    /// The least length at which `wdfs` weigh at most `bar`.
    [[nodiscard]] Xapian::termcount cutoff_length(double bar, const std::vector<Xapian::termcount>& wdfs) const;

    const Xapian::Database& database_;
    std::span<const std::uint32_t> lengths_;
    double length_factor_;                 ///< Bm25Term::length_factor
    Xapian::termcount longest_;            ///< the database's document length upper bound
    std::vector<TermWdf> wdf_sources_;     ///< the weighed terms' in the walk, rarest first
    std::vector<Bm25Term> terms_;          ///< by wdf_sources_
    std::vector<Xapian::termcount> wdfs_;  ///< by wdf_sources_: the document's being weighed
    std::size_t place_ = untabulated;      ///< their place in cutoffs_, if tabulated
    std::vector<LengthCutoff> cutoffs_;    ///< by wdfs, in base tabulated_wdfs; made once a page is full
    /// Whether weigh_above tries may_pass_by_first: two weighed terms or more, all but
    /// the first with a bitmap, which knows its highest wdf (Xapian's bound for a list is
    /// the whole database's, too high to rule anything out).
    bool by_first_ = false;
    /// By wdf_sources_: a first wdf, then the other terms' highest.
    std::vector<Xapian::termcount> bound_wdfs_;
    std::array<LengthCutoff, tabulated_wdfs> first_cutoffs_;  ///< by the first term's wdf
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
    /// Whether as many are kept as asked for: a document offered now must be above bar().
    [[nodiscard]] bool full() const { return kept_.size() == count_; }
    /// When full(), the weight a document must be above to be kept.
    [[nodiscard]] double bar() const {
        return count_ == 0 ? std::numeric_limits<double>::infinity() : kept_.front().weight;
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

/// What a ranked walk reads beside the index, both saved beside it by the indexer.
struct WalkAids {
    /// Each document's length by docid (FacetColumn::lengths()); a docid past them is
    /// looked up in the index.
    std::span<const std::uint32_t> lengths;
    const TermBitmaps* bitmaps = nullptr;  ///< the frequent terms' bitmaps, if any (term_bitmaps.hpp)
};

/// Walks `conjunction` (whose weights are plain: Conjunction::plain_weights) over the
/// documents from `first` to `last`, calling `visit` with each match in docid order, and
/// keeps the `best_count` best by BM25 (weighed by the statistics of all `database`).
template <typename Visit>
RankedWalk rank_conjunction(const Xapian::Database& database, const Conjunction& conjunction, const WalkAids& aids,
                            std::size_t best_count, Visit visit, Xapian::docid first = 1,
                            Xapian::docid last = std::numeric_limits<Xapian::docid>::max()) {
    ConjunctionWalk walk(database, conjunction, first, last, aids.bitmaps);
    std::span<const std::uint32_t> lengths = aids.lengths;
    ConjunctionWeigher weigher(database, conjunction, walk, lengths);
    BestDocuments best(best_count);
    RankedWalk ranked;
    for (Xapian::docid document = walk.next(); document != 0; document = walk.next()) {
        ++ranked.total;
        visit(document);
        if (!best.full()) {
            best.offer(weigher.weigh(document), document);
        } else if (auto weight = weigher.weigh_above(document, best.bar())) {
            best.offer(*weight, document);
        }
    }
    ranked.best = best.take();
    return ranked;
}

}  // namespace newsdex
