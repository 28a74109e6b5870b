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
}

double Bm25Term::length_factor(const Xapian::Database& database) {
    Xapian::doccount documents = database.get_doccount();
    double average_length = documents == 0 ? 0 : static_cast<double>(database.get_total_length()) / documents;
    return average_length == 0 ? 0 : 1 / average_length;
}

ConjunctionWeigher::ConjunctionWeigher(const Xapian::Database& database, const Conjunction& conjunction,
                                       const ConjunctionWalk& walk, std::span<const std::uint32_t> lengths)
    : database_(database),
      lengths_(lengths),
      length_factor_(Bm25Term::length_factor(database)),
      longest_(database.get_doclength_upper_bound()) {
    std::vector<std::size_t> weighed;
    std::vector<Xapian::doccount> frequencies;
    for (std::size_t i = 0; i < conjunction.required.size(); ++i) {
        if (!conjunction.required[i].weighed) continue;
        weighed.push_back(i);
        frequencies.push_back(walk.term_frequency(i));
    }
    for (std::size_t at : rarest_first(frequencies)) {
        wdf_sources_.push_back(walk.term_wdf(weighed[at]));
        terms_.emplace_back(database, frequencies[at]);
    }
    wdfs_.resize(wdf_sources_.size());
    for (const TermWdf& source : wdf_sources_) bound_wdfs_.push_back(source.highest);
    by_first_ = wdf_sources_.size() >= 2 && std::all_of(wdf_sources_.begin() + 1, wdf_sources_.end(),
                                                        [](const TermWdf& source) { return source.bitmap != nullptr; });
}

void ConjunctionWeigher::read_wdfs(Xapian::docid document) {
    // The wdfs' place in the length cutoffs' table found as they are read: any wdf past
    // the table's sets a bit of `wdf_bits` at or above tabulated_wdfs (a power of two).
    std::size_t place = 0;
    Xapian::termcount wdf_bits = 0;
    for (std::size_t i = 0; i < wdf_sources_.size(); ++i) {
        Xapian::termcount wdf = wdf_sources_[i].in(document);
        wdfs_[i] = wdf;
        place = place * tabulated_wdfs + wdf;
        wdf_bits |= wdf;
    }
    place_ = wdf_sources_.size() <= tabulated_terms && wdf_bits < tabulated_wdfs ? place : untabulated;
}

double ConjunctionWeigher::weight_of(const std::vector<Xapian::termcount>& wdfs, Xapian::termcount length) const {
    double divisor = Bm25Term::length_divisor(length, length_factor_);
    double weight = 0;
    for (std::size_t i = 0; i < terms_.size(); ++i) weight += terms_[i].weigh(wdfs[i], divisor);
    return weight;
}

double ConjunctionWeigher::weigh(Xapian::docid document) {
    read_wdfs(document);
    return weight_of(wdfs_, document_length(lengths_, database_, document));
}

ConjunctionWeigher::LengthCutoff* ConjunctionWeigher::cutoff_of_wdfs() {
    if (place_ == untabulated) return nullptr;
    // Made only once a page is full: a query of few matches never needs it.
    if (cutoffs_.empty()) {
        std::size_t places = 1;
        for (std::size_t i = 0; i < wdfs_.size(); ++i) places *= tabulated_wdfs;
        cutoffs_.resize(places);
    }
    return &cutoffs_[place_];
}

Xapian::termcount ConjunctionWeigher::cutoff_length(double bar, const std::vector<Xapian::termcount>& wdfs) const {
    // No document is longer than the longest: past it is "never".
    if (weight_of(wdfs, longest_) > bar) return std::numeric_limits<Xapian::termcount>::max();
    Xapian::termcount low = 0, high = longest_;  // the least such length lies in [low, high]
    while (low < high) {
        Xapian::termcount middle = low + (high - low) / 2;
        if (weight_of(wdfs, middle) > bar) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

bool ConjunctionWeigher::may_pass_by_first(Xapian::docid document, Xapian::termcount length, double bar) {
    Xapian::termcount first = wdf_sources_.front().in(document);
    if (first >= tabulated_wdfs) return true;
    LengthCutoff& cutoff = first_cutoffs_[first];
    if (length >= cutoff.length) return false;  // weighs at most cutoff.bar, which is at most bar
    if (cutoff.bar < bar) {
        bound_wdfs_.front() = first;
        cutoff = {bar, cutoff_length(bar, bound_wdfs_)};
    }
    return length < cutoff.length;
}

std::optional<double> ConjunctionWeigher::weigh_above(Xapian::docid document, double bar) {
    Xapian::termcount length = document_length(lengths_, database_, document);
    if (by_first_ && !may_pass_by_first(document, length, bar)) return std::nullopt;
    read_wdfs(document);
    if (LengthCutoff* cutoff = cutoff_of_wdfs()) {
        if (length >= cutoff->length) return std::nullopt;  // weighs at most cutoff->bar, which is at most bar
        if (cutoff->bar < bar) {
            *cutoff = {bar, cutoff_length(bar, wdfs_)};
            if (length >= cutoff->length) return std::nullopt;
        }
    }
    double weight = weight_of(wdfs_, length);
    if (weight > bar) return weight;
    return std::nullopt;
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
