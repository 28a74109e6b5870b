/** @file ranked_walk.cpp
 *  @brief BM25 as Xapian weighs it, and the best documents kept as it orders them.
 */
#include "common/search/ranked_walk.hpp"

#include <algorithm>
#include <cmath>

#include "common/index/facet_column.hpp"

namespace newsdex {

namespace {

/// Whether `a` ranks above `b`: a higher weight, or the same and a lower docid.
bool ranks_above(const RankedDocument& a, const RankedDocument& b) {
    return a.weight > b.weight || (a.weight == b.weight && a.docid < b.docid);
}

}  // namespace

Bm25Term::Bm25Term(const Xapian::Database& database, Xapian::doccount frequency) {
    // Xapian's BM25Weight::init, step by step, so that the doubles come out the same.
    Xapian::doccount documents = database.get_doccount();
    double idf_ratio = (documents - frequency + 0.5) / (frequency + 0.5);
    // It lifts the ratio of a term in more than about a third of the documents, whose
    // logarithm would go to zero or below.
    if (idf_ratio < 2) idf_ratio = idf_ratio * 0.5 + 1;
    constexpr double k3 = 1, within_query_frequency = 1;
    term_weight_ = std::log(idf_ratio) * 1.0;
    term_weight_ *= (k3 + 1) * within_query_frequency / (k3 + within_query_frequency);
    term_weight_ *= (k1 + 1);
    double average_length = documents == 0 ? 0 : static_cast<double>(database.get_total_length()) / documents;
    length_factor_ = average_length == 0 ? 0 : 1 / average_length;
}

ConjunctionWeigher::ConjunctionWeigher(const Xapian::Database& database, const Conjunction& conjunction,
                                       const ConjunctionWalk& walk, std::span<const std::uint32_t> lengths)
    : database_(database), lengths_(lengths) {
    std::vector<std::size_t> weighed;
    std::vector<Xapian::doccount> frequencies;
    for (std::size_t i = 0; i < conjunction.required.size(); ++i) {
        if (!conjunction.required[i].weighed) continue;
        weighed.push_back(i);
        frequencies.push_back(walk.term_frequency(i));
    }
    for (std::size_t at : rarest_first(frequencies)) {
        weighed_.push_back(weighed[at]);
        terms_.emplace_back(database, frequencies[at]);
    }
}

double ConjunctionWeigher::weigh(const ConjunctionWalk& walk, Xapian::docid document) const {
    Xapian::termcount length = document_length(lengths_, database_, document);
    double weight = 0;
    for (std::size_t i = 0; i < weighed_.size(); ++i) weight += terms_[i].weigh(walk.wdf(weighed_[i]), length);
    return weight;
}

void BestDocuments::keep(double weight, Xapian::docid document) {
    if (kept_.size() == count_) {
        std::pop_heap(kept_.begin(), kept_.end(), ranks_above);
        kept_.pop_back();
    }
    kept_.push_back({weight, document});
    std::push_heap(kept_.begin(), kept_.end(), ranks_above);
}

std::vector<RankedDocument> BestDocuments::take() {
    std::sort(kept_.begin(), kept_.end(), ranks_above);
    return std::move(kept_);
}

}  // namespace newsdex
