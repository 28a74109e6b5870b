/** @file position_check.cpp
 *  @brief Checking phrase, NEAR and ADJ against position maps.
 */
#include "common/search/position_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>

#include "common/index/position_map.hpp"
#include "common/schema.hpp"
#include "common/search/query_rewrite.hpp"

namespace newsdex {

namespace {

/// A document's entry in PositionCheck::Verdicts.
constexpr std::uint8_t unknown = 0, no = 1, yes = 2;

/// Ordered: some occurrence of term 0, then of term 1 after it, ... all within the
/// window. Taking the earliest next occurrence each time gives the tightest span for a
/// given start, so trying each start of term 0 decides it.
bool ordered_within(const std::vector<const std::vector<Xapian::termpos>*>& positions, Xapian::termcount window) {
    for (Xapian::termpos start : *positions.front()) {
        Xapian::termpos at = start;
        for (std::size_t i = 1; i < positions.size(); ++i) {
            const auto& list = *positions[i];
            auto next = std::upper_bound(list.begin(), list.end(), at);
            if (next == list.end()) return false;  // later starts cannot do better
            at = *next;
        }
        if (at - start < window) return true;
    }
    return false;
}

/// Any order: the smallest span of positions holding each distinct term as often as the
/// query names it, found by sliding a window over all occurrences in position order.
bool unordered_within(const std::vector<const std::vector<Xapian::termpos>*>& positions, Xapian::termcount window) {
    std::vector<const std::vector<Xapian::termpos>*> lists;
    std::vector<std::size_t> needed;
    for (const auto* list : positions) {
        auto known = std::find(lists.begin(), lists.end(), list);
        if (known == lists.end()) {
            lists.push_back(list);
            needed.push_back(1);
        } else {
            ++needed[static_cast<std::size_t>(known - lists.begin())];
        }
    }
    std::vector<std::pair<Xapian::termpos, std::size_t>> occurrences;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        for (auto position : *lists[i]) occurrences.emplace_back(position, i);
    }
    std::sort(occurrences.begin(), occurrences.end());
    std::vector<std::size_t> held(lists.size(), 0);
    std::size_t missing = lists.size(), left = 0;
    for (const auto& [position, list] : occurrences) {
        if (++held[list] == needed[list]) --missing;
        while (missing == 0) {
            if (position - occurrences[left].first < window) return true;
            if (held[occurrences[left].second]-- == needed[occurrences[left].second]) ++missing;
            ++left;
        }
    }
    return false;
}

}  // namespace

bool positions_satisfy(const PositionConstraint& constraint,
                       const std::vector<const std::vector<Xapian::termpos>*>& positions) {
    if (positions.empty()) return false;
    for (const auto* list : positions) {
        if (list->empty()) return false;
    }
    return constraint.ordered ? ordered_within(positions, constraint.window)
                              : unordered_within(positions, constraint.window);
}

PositionCheck::PositionCheck(PositionConstraint constraint, std::shared_ptr<Verdicts> verdicts)
    : constraint_(std::move(constraint)), verdicts_(std::move(verdicts)), maps_(constraint_.term_hashes) {}

void PositionCheck::init(const Xapian::Database& database) {
    maps_.start(database);
    document_count_ = database.get_doccount();
    std::string uuid = database.get_uuid();
    if (verdicts_->database_uuid != uuid || uuid.empty()) {
        verdicts_->database_uuid = uuid;
        verdicts_->by_document.assign(std::size_t{database.get_lastdocid()} + 1, unknown);
    }
    current_ = 0;
    next_candidate_ = 1;
    at_end_ = maps_.empty();
}

/// The verdict on `docid`, from the maps unless a clone has checked it already.
bool PositionCheck::matches(Xapian::docid docid) {
    auto& by_document = verdicts_->by_document;
    if (docid < by_document.size() && by_document[docid] != unknown) return by_document[docid] == yes;
    bool found = check_maps(docid);
    if (docid < by_document.size()) by_document[docid] = found ? yes : no;
    return found;
}

bool PositionCheck::check_maps(Xapian::docid docid) {
    return maps_.read_all(docid) && positions_satisfy(constraint_, maps_.positions());
}

/// The first slot's stream leads: only documents with a value there can match.
void PositionCheck::advance_from(Xapian::docid docid) {
    auto& leader = maps_.leading_stream();
    if (leader == Xapian::ValueIterator()) {
        at_end_ = true;
        return;
    }
    for (leader.skip_to(docid); leader != Xapian::ValueIterator(); ++leader) {
        Xapian::docid candidate = leader.get_docid();
        if (matches(candidate)) {
            current_ = candidate;
            next_candidate_ = candidate + 1;
            return;
        }
    }
    at_end_ = true;
}

void PositionCheck::next(double) {
    advance_from(next_candidate_);
}

void PositionCheck::skip_to(Xapian::docid docid, double) {
    if (at_end_ || (current_ != 0 && docid <= current_)) return;
    advance_from(std::max(docid, next_candidate_));
}

bool PositionCheck::check(Xapian::docid docid, double) {
    next_candidate_ = docid + 1;
    if (!matches(docid)) return false;
    current_ = docid;
    return true;
}

PositionCheck* PositionCheck::clone() const {
    return new PositionCheck(constraint_, verdicts_);
}

std::string PositionCheck::get_description() const {
    return fmt::format("PositionCheck({} terms, window {}, {})", constraint_.term_hashes.size(), constraint_.window,
                       constraint_.ordered ? "ordered" : "any order");
}

namespace {

/// Xapian 1.4 has no accessor for a PHRASE or NEAR node's window; its description
/// spells it after the operator: "(a@1 PHRASE 2 b@2)". Children are terms here, whose
/// descriptions cannot hold the operator's name in capitals with spaces around it.
std::optional<Xapian::termcount> window_of(const Xapian::Query& node) {
    std::string description = node.get_description();
    std::string_view name = node.get_type() == Xapian::Query::OP_PHRASE ? " PHRASE " : " NEAR ";
    auto at = description.find(name);
    if (at == std::string::npos) return std::nullopt;
    const char* digits = description.data() + at + name.size();
    Xapian::termcount window = 0;
    auto [end, error] = std::from_chars(digits, description.data() + description.size(), window);
    if (error != std::errc{} || end == digits || window == 0) return std::nullopt;
    return window;
}

std::optional<Xapian::Query> checked_positional_node(const Xapian::Query& node) {
    auto constraint = position_constraint(node);
    if (!constraint) return std::nullopt;
    std::vector<Xapian::Query> terms;
    for (std::size_t i = 0; i < node.get_num_subqueries(); ++i) terms.push_back(node.get_subquery(i));
    Xapian::Query all_terms(Xapian::Query::OP_AND, terms.begin(), terms.end());
    return Xapian::Query(Xapian::Query::OP_FILTER, all_terms,
                         Xapian::Query((new PositionCheck(std::move(*constraint)))->release()));
}

}  // namespace

std::optional<PositionConstraint> position_constraint(const Xapian::Query& node) {
    auto op = node.get_type();
    if (op != Xapian::Query::OP_PHRASE && op != Xapian::Query::OP_NEAR) return std::nullopt;
    PositionConstraint constraint;
    constraint.ordered = op == Xapian::Query::OP_PHRASE;
    for (std::size_t i = 0; i < node.get_num_subqueries(); ++i) {
        Xapian::Query child = node.get_subquery(i);
        if (child.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
        constraint.term_hashes.push_back(position_term_hash(*child.get_terms_begin()));
    }
    auto window = window_of(node);
    if (!window || constraint.term_hashes.empty()) return std::nullopt;
    constraint.window = *window;
    return constraint;
}

bool has_positional_node(const Xapian::Query& query) {
    auto op = query.get_type();
    if (op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR) return true;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        if (has_positional_node(query.get_subquery(i))) return true;
    }
    return false;
}

Xapian::Query with_position_checks(const Xapian::Query& query) {
    return replaced_nodes(query, checked_positional_node).value_or(query);
}

}  // namespace newsdex
