/** @file conjunction_walk.cpp
 *  @brief Recognising a conjunction of terms, and intersecting its posting lists.
 */
#include "common/search/conjunction_walk.hpp"

#include <algorithm>

namespace newsdex {

namespace {

/// Adds `query`'s terms to `conjunction`, required or excluded; false when `query` is not
/// made of terms joined by AND, FILTER and AND_NOT.
bool add_terms(const Xapian::Query& query, bool excluded, Conjunction& conjunction) {
    auto& terms = excluded ? conjunction.excluded : conjunction.required;
    switch (query.get_type()) {
        case Xapian::Query::LEAF_TERM:
            terms.push_back(*query.get_terms_begin());
            return true;
        case Xapian::Query::LEAF_MATCH_ALL:
            // Excluding every document is rare enough to leave to the matcher.
            if (excluded) return false;
            terms.emplace_back();
            return true;
        case Xapian::Query::OP_SCALE_WEIGHT:
            return add_terms(query.get_subquery(0), excluded, conjunction);
        case Xapian::Query::OP_AND:
        case Xapian::Query::OP_FILTER:
            // Excluding a conjunction is not excluding each of its terms.
            if (excluded && query.get_num_subqueries() > 1) return false;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                if (!add_terms(query.get_subquery(i), excluded, conjunction)) return false;
            }
            return true;
        case Xapian::Query::OP_OR:
            // Leaving out any of several words is leaving out each ("-growth -strike").
            if (!excluded) return false;
            for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
                if (!add_terms(query.get_subquery(i), true, conjunction)) return false;
            }
            return true;
        case Xapian::Query::OP_AND_NOT:
            if (excluded) return false;
            if (!add_terms(query.get_subquery(0), false, conjunction)) return false;
            for (std::size_t i = 1; i < query.get_num_subqueries(); ++i) {
                if (!add_terms(query.get_subquery(i), true, conjunction)) return false;
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

std::vector<PostingCursor> cursors(const Xapian::Database& database, const std::vector<std::string>& terms) {
    std::vector<PostingCursor> opened;
    opened.reserve(terms.size());
    for (const auto& term : terms) opened.push_back({database.postlist_begin(term)});
    return opened;
}

/// Whether any of `excluded` holds `document`.
bool held_by_any(std::vector<PostingCursor>& excluded, Xapian::docid document) {
    return std::any_of(excluded.begin(), excluded.end(),
                       [document](PostingCursor& cursor) { return cursor.reach(document) && *cursor.at == document; });
}

}  // namespace

std::optional<Conjunction> as_conjunction(const Xapian::Query& query) {
    Conjunction conjunction;
    if (!add_terms(query, false, conjunction) || conjunction.required.empty()) return std::nullopt;
    return conjunction;
}

Xapian::doccount walk_conjunction(const Xapian::Database& database, const Conjunction& conjunction,
                                  const std::function<void(Xapian::docid)>& visit) {
    // The rarest term leads: the others only skip to its documents.
    std::vector<std::string> required = conjunction.required;
    std::sort(required.begin(), required.end(), [&database](const std::string& a, const std::string& b) {
        return database.get_termfreq(a) < database.get_termfreq(b);
    });
    std::vector<PostingCursor> lists = cursors(database, required);
    std::vector<PostingCursor> excluded = cursors(database, conjunction.excluded);
    PostingCursor& lead = lists.front();
    Xapian::doccount matches = 0;
    while (!lead.done()) {
        Xapian::docid candidate = *lead.at;
        Xapian::docid next = candidate;
        for (std::size_t i = 1; i < lists.size() && next == candidate; ++i) {
            if (!lists[i].reach(candidate)) return matches;
            next = *lists[i].at;
        }
        if (next != candidate) {
            if (!lead.reach(next)) break;
            continue;
        }
        if (!held_by_any(excluded, candidate)) {
            ++matches;
            visit(candidate);
        }
        ++lead.at;
    }
    return matches;
}

}  // namespace newsdex
