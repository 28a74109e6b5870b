/** @file query_rewrite.hpp
 *  @brief Replacing some nodes of a parsed query.
 */
#pragma once

#include <xapian.h>

#include <functional>
#include <optional>

namespace newsdex {

/// What replaces a node of a query, or nothing to leave it and look below it.
using NodeReplacement = std::function<std::optional<Xapian::Query>(const Xapian::Query& node)>;

/// `query` with each node that `replace` gives a replacement for replaced, looking below
/// the others; nothing when no node was replaced. Only nodes whose operator takes nothing
/// but its subqueries (AND, OR, AND_NOT, XOR, AND_MAYBE, FILTER, SYNONYM, MAX) are looked
/// below and rebuilt: Xapian 1.4 tells the parameters of no other node.
[[nodiscard]] std::optional<Xapian::Query> replaced_nodes(const Xapian::Query& query, const NodeReplacement& replace);

}  // namespace newsdex
