/** @file word_pair_terms.cpp
 *  @brief Rewriting phrases to word-pair terms.
 */
#include "common/search/word_pair_terms.hpp"

#include <string>
#include <vector>

#include "common/schema.hpp"
#include "common/search/position_check.hpp"
#include "common/search/query_rewrite.hpp"

namespace newsdex {

namespace {

/// The terms of an exact phrase of terms, in order; none for any other node.
std::optional<std::vector<std::string>> exact_phrase_terms(const Xapian::Query& node) {
    if (node.get_type() != Xapian::Query::OP_PHRASE) return std::nullopt;
    auto constraint = position_constraint(node);
    if (!constraint || constraint->window != constraint->term_hashes.size()) return std::nullopt;
    std::vector<std::string> terms;
    for (std::size_t i = 0; i < node.get_num_subqueries(); ++i)
        terms.push_back(*node.get_subquery(i).get_terms_begin());
    return terms;
}

}  // namespace

Xapian::Query with_word_pair_terms(const Xapian::Database& database, const Xapian::Query& query) {
    auto paired_phrase = [&database](const Xapian::Query& node) -> std::optional<Xapian::Query> {
        auto terms = exact_phrase_terms(node);
        if (!terms || terms->size() < 2) return std::nullopt;
        std::vector<Xapian::Query> pairs;
        for (std::size_t i = 0; i + 1 < terms->size(); ++i) {
            // A filed pair's term is in every document with the pair (word_pairs.hpp).
            std::string term =
                database.get_metadata(schema::word_pair_key(schema::word_pair((*terms)[i], (*terms)[i + 1])));
            if (!term.empty()) pairs.emplace_back(term);
        }
        if (pairs.empty()) return std::nullopt;
        Xapian::Query all_pairs(Xapian::Query::OP_AND, pairs.begin(), pairs.end());
        if (terms->size() > 2) return Xapian::Query(Xapian::Query::OP_FILTER, node, all_pairs);
        Xapian::Query both(Xapian::Query::OP_AND, node.get_subquery(0), node.get_subquery(1));
        return Xapian::Query(Xapian::Query::OP_FILTER, both, all_pairs);
    };
    return replaced_nodes(query, paired_phrase).value_or(query);
}

}  // namespace newsdex
