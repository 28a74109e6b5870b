/** @file conjunction_walk.cpp
 *  @brief Recognising a conjunction of terms, and intersecting its posting lists.
 */
#include "common/search/conjunction_walk.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace newsdex {

namespace {

/// Whether a term leaf weighs as a plain term: Xapian writes a within-query frequency
/// other than 1 into the leaf's description after a '#' (a '#' within the term itself
/// only costs the walk its ranking).
bool plain_leaf(const Xapian::Query& leaf) {
    return leaf.get_description().find('#') == std::string::npos;
}

/// Whether an OP_SCALE_WEIGHT node scales by 0 (how QueryParser makes a boolean filter of
/// a query without words); there is no other way to read its factor.
bool scales_to_nothing(const Xapian::Query& scaled) {
    return scaled.get_description().starts_with("Query(0 * ");
}

/// Adds `query`'s terms to `conjunction`, required (weighed or not) or excluded; false
/// when `query` is not made of terms joined by AND, FILTER and AND_NOT.
bool add_terms(const Xapian::Query& query, bool excluded, bool weighed, Conjunction& conjunction) {
    switch (query.get_type()) {
        case Xapian::Query::LEAF_TERM:
            if (excluded) {
                conjunction.excluded.push_back(*query.get_terms_begin());
            } else {
                conjunction.required.push_back({*query.get_terms_begin(), weighed});
                if (weighed && !plain_leaf(query)) conjunction.plain_weights = false;
            }
            return true;
        case Xapian::Query::LEAF_MATCH_ALL:
            // Excluding every document is rare enough to leave to the matcher.
            if (excluded) return false;
            conjunction.required.push_back({"", weighed});
            if (weighed) conjunction.plain_weights = false;
            return true;
        case Xapian::Query::OP_SCALE_WEIGHT: {
            bool scaled_to_nothing = scales_to_nothing(query);
            if (weighed && !excluded && !scaled_to_nothing) conjunction.plain_weights = false;
            return add_terms(query.get_subquery(0), excluded, weighed && !scaled_to_nothing, conjunction);
        }
        case Xapian::Query::OP_AND:
        case Xapian::Query::OP_FILTER:
            // Excluding a conjunction is not excluding each of its terms.
            if (excluded && query.get_num_subqueries() > 1) return false;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                // A filter's conditions after the first only restrict.
                bool filtering = query.get_type() == Xapian::Query::OP_FILTER && i > 0;
                if (!add_terms(query.get_subquery(i), excluded, weighed && !filtering, conjunction)) return false;
            }
            return true;
        case Xapian::Query::OP_PHRASE:
        case Xapian::Query::OP_NEAR: {
            // Leaving out a phrase is not leaving out each of its words.
            auto constraint = position_constraint(query);
            if (excluded || !constraint) return false;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                if (!add_terms(query.get_subquery(i), false, weighed, conjunction)) return false;
            }
            conjunction.positions.push_back(std::move(*constraint));
            return true;
        }
        case Xapian::Query::OP_OR:
            // Leaving out any of several words is leaving out each ("-growth -strike").
            if (!excluded) return false;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                if (!add_terms(query.get_subquery(i), true, false, conjunction)) return false;
            }
            return true;
        case Xapian::Query::OP_AND_NOT:
            if (excluded) return false;
            if (!add_terms(query.get_subquery(0), false, weighed, conjunction)) return false;
            for (std::size_t i = 1; i < query.get_num_subqueries(); ++i) {
                if (!add_terms(query.get_subquery(i), true, false, conjunction)) return false;
            }
            return true;
        default:
            return false;
    }
}

/// A term's posting list, walked forwards.
struct PostingCursor {
    Xapian::PostingIterator at;
    /// Every posting list ends in the same end iterator (Database::postlist_end).
    [[nodiscard]] bool done() const { return at == Xapian::PostingIterator(); }
    /// Moves to the first document at or after `document`; false when there is none.
    bool reach(Xapian::docid document) {
        if (done()) return false;  // an iterator at its end has nothing to skip with
        at.skip_to(document);
        return !done();
    }
};

/// A phrase or NEAR constraint, and the position maps it reads.
struct PositionedTerms {
    PositionConstraint constraint;
    PositionMapReader maps;
    explicit PositionedTerms(PositionConstraint wanted) : constraint(std::move(wanted)), maps(constraint.term_hashes) {}
    /// Whether `document`'s maps satisfy the constraint (documents in ascending order).
    bool hold(Xapian::docid document) {
        return maps.read_all(document) && positions_satisfy(constraint, maps.positions());
    }
};

/// Whether any of `excluded` holds `document`.
bool held_by_any(std::vector<PostingCursor>& excluded, Xapian::docid document) {
    return std::any_of(excluded.begin(), excluded.end(),
                       [document](PostingCursor& cursor) { return cursor.reach(document) && *cursor.at == document; });
}

}  // namespace

std::optional<Conjunction> as_conjunction(const Xapian::Query& query) {
    Conjunction conjunction;
    if (!add_terms(query, false, true, conjunction) || conjunction.required.empty()) return std::nullopt;
    return conjunction;
}

struct ConjunctionWalk::Lists {
    std::vector<PostingCursor> required;        ///< the terms without a bitmap, rarest first
    std::vector<TermBitmap> bitmapped;          ///< the terms with one
    std::vector<TermWdf> wdf_of;                ///< by the conjunction's order
    std::vector<Xapian::doccount> frequencies;  ///< by the conjunction's order
    std::vector<PostingCursor> excluded;
    std::vector<std::unique_ptr<PositionedTerms>> positions;
    Xapian::docid first = 1, last = 0;  ///< the documents walked
    bool started = false, finished = false;
    bool terms_only = true;  ///< no term left out and no phrase or NEAR: every document with all the terms matches
    /// When every term has a bitmap: the word of the bitmaps the walk is in, and the
    /// documents of that word not yet returned.
    std::size_t word_at = 0;
    std::uint64_t pending = 0;

    /// Whether `document` (which has every term) holds each phrase and NEAR.
    bool positions_hold(Xapian::docid document) {
        return std::all_of(positions.begin(), positions.end(),
                           [document](const auto& terms) { return terms->hold(document); });
    }
    /// Whether `document`, which has every required term, is a match.
    bool matches(Xapian::docid document) {
        return terms_only || (!held_by_any(excluded, document) && positions_hold(document));
    }
    bool in_every_bitmap(Xapian::docid document) const {
        return std::all_of(bitmapped.begin(), bitmapped.end(),
                           [document](const TermBitmap& bitmap) { return bitmap.has(document); });
    }
    /// The documents of `word` that every bitmap has.
    [[nodiscard]] std::uint64_t intersection(std::size_t word) const {
        std::uint64_t documents = ~std::uint64_t{0};
        for (const TermBitmap& bitmap : bitmapped) documents &= bitmap.word(word);
        return documents;
    }
    Xapian::docid next_in_lists();
    Xapian::docid next_in_bitmaps();
};

ConjunctionWalk::ConjunctionWalk(const Xapian::Database& database, const Conjunction& conjunction, Xapian::docid first,
                                 Xapian::docid last, const TermBitmaps* bitmaps)
    : lists_(std::make_unique<Lists>()) {
    lists_->first = first;
    lists_->last = last;
    for (const auto& required : conjunction.required) {
        lists_->frequencies.push_back(database.get_termfreq(required.term));
    }
    // Where each term's wdf is read: a bitmap's place, or a list's, filled in below once
    // the vectors are made and their elements stay put.
    std::vector<std::optional<std::size_t>> bitmap_of(conjunction.required.size()), list_of(bitmap_of.size());
    for (std::size_t i : rarest_first(lists_->frequencies)) {
        const std::string& term = conjunction.required[i].term;
        std::optional<TermBitmap> bitmap = bitmaps && !term.empty() ? bitmaps->find(term) : std::nullopt;
        if (bitmap) {
            bitmap_of[i] = lists_->bitmapped.size();
            lists_->bitmapped.push_back(*bitmap);
        } else {
            list_of[i] = lists_->required.size();
            lists_->required.push_back({database.postlist_begin(term)});
        }
    }
    for (std::size_t i = 0; i < conjunction.required.size(); ++i) {
        if (bitmap_of[i]) {
            const TermBitmap& bitmap = lists_->bitmapped[*bitmap_of[i]];
            lists_->wdf_of.push_back({nullptr, &bitmap, bitmap.highest_wdf()});
        } else {
            lists_->wdf_of.push_back({&lists_->required[*list_of[i]].at, nullptr});
        }
    }
    for (const auto& term : conjunction.excluded) lists_->excluded.push_back({database.postlist_begin(term)});
    for (const auto& constraint : conjunction.positions) {
        lists_->positions.push_back(std::make_unique<PositionedTerms>(constraint));
        lists_->positions.back()->maps.start(database);
    }
    lists_->terms_only = lists_->excluded.empty() && lists_->positions.empty();
    lists_->finished = conjunction.required.empty();
}

ConjunctionWalk::~ConjunctionWalk() = default;

Xapian::docid ConjunctionWalk::next() {
    Lists& walk = *lists_;
    if (walk.finished) return 0;
    Xapian::docid found = walk.required.empty() ? walk.next_in_bitmaps() : walk.next_in_lists();
    walk.started = true;
    if (found == 0) walk.finished = true;
    return found;
}

Xapian::docid ConjunctionWalk::Lists::next_in_lists() {
    // The lists' array and size held in locals: Xapian's calls could, for all the
    // compiler knows, change the vector, which it would then read again at every step.
    PostingCursor* lists = required.data();
    const std::size_t list_count = required.size();
    PostingCursor& lead = lists[0];
    if (!started) {
        lead.reach(first);
    } else if (!lead.done()) {
        ++lead.at;  // past the document returned last
    }
    while (!lead.done()) {
        Xapian::docid candidate = *lead.at;
        if (candidate > last) return 0;
        Xapian::docid next = candidate;
        for (std::size_t i = 1; i < list_count && next == candidate; ++i) {
            if (!lists[i].reach(candidate)) return 0;
            next = *lists[i].at;
        }
        if (next != candidate) {
            if (!lead.reach(next)) return 0;
            continue;
        }
        if (in_every_bitmap(candidate) && matches(candidate)) return candidate;
        ++lead.at;
    }
    return 0;
}

Xapian::docid ConjunctionWalk::Lists::next_in_bitmaps() {
    const std::size_t word_count = bitmapped.front().word_count();
    if (!started) {
        word_at = first / 64;
        pending = intersection(word_at) & (~std::uint64_t{0} << (first % 64));
    }
    while (true) {
        while (pending == 0) {
            if (++word_at >= word_count || word_at > last / 64) return 0;
            pending = intersection(word_at);
        }
        Xapian::docid candidate = static_cast<Xapian::docid>(word_at * 64) + std::countr_zero(pending);
        pending &= pending - 1;
        if (candidate > last) return 0;
        if (matches(candidate)) return candidate;
    }
}

TermWdf ConjunctionWalk::term_wdf(std::size_t i) const {
    return lists_->wdf_of[i];
}

Xapian::doccount ConjunctionWalk::term_frequency(std::size_t i) const {
    return lists_->frequencies[i];
}

std::vector<std::size_t> rarest_first(const std::vector<Xapian::doccount>& frequencies) {
    std::vector<std::size_t> order(frequencies.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return frequencies[a] < frequencies[b]; });
    return order;
}

}  // namespace newsdex
