/** @file query_rewrite.cpp
 *  @brief Replacing some nodes of a parsed query.
 */
#include "common/search/query_rewrite.hpp"

#include <vector>

namespace newsdex {

namespace {

bool rebuildable(Xapian::Query::op op) {
    using Q = Xapian::Query;
    return op == Q::OP_AND || op == Q::OP_OR || op == Q::OP_AND_NOT || op == Q::OP_XOR || op == Q::OP_AND_MAYBE ||
           op == Q::OP_FILTER || op == Q::OP_SYNONYM || op == Q::OP_MAX;
}

}  // namespace

std::optional<Xapian::Query> replaced_nodes(const Xapian::Query& query, const NodeReplacement& replace) {
    if (auto replacement = replace(query)) return replacement;
    auto op = query.get_type();
    if (!rebuildable(op)) return std::nullopt;
    std::vector<Xapian::Query> children;
    bool changed = false;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        auto child = query.get_subquery(i);
        auto replaced = replaced_nodes(child, replace);
        changed = changed || replaced.has_value();
        children.push_back(replaced ? *replaced : child);
    }
    if (!changed) return std::nullopt;
    return Xapian::Query(op, children.begin(), children.end());
}

}  // namespace newsdex
