/** @file joined_words.cpp
 *  @brief A query's hyphenated words also match the words joined.
 */
#include "common/search/joined_words.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/search/query_rewrite.hpp"
#include "common/text/hyphenated_words.hpp"

namespace newsdex {

namespace {

using StemPair = std::pair<std::string, std::string>;

/// The length of a term's prefix: its leading capitals (Xapian's convention).
std::size_t prefix_length(const std::string& term) {
    std::size_t length = 0;
    while (length < term.size() && term[length] >= 'A' && term[length] <= 'Z') ++length;
    return length;
}

/// For a phrase node of terms under one prefix where two that follow each other are the
/// parts of one of `joined`'s words: the node OR the same phrase with each such pair
/// replaced by the joined word (one term alone when nothing else is left); nothing for
/// any other node. The index files the joined word at both parts' positions, so
/// "\"e-mail address\"" also finds "email address", and "new e-mail" "new email".
std::optional<Xapian::Query> phrase_or_joined(const Xapian::Query& node,
                                              const std::map<StemPair, std::string>& joined) {
    if (node.get_type() != Xapian::Query::OP_PHRASE) return std::nullopt;
    std::vector<std::string> terms;
    for (std::size_t i = 0; i < node.get_num_subqueries(); ++i) {
        Xapian::Query child = node.get_subquery(i);
        if (child.get_type() != Xapian::Query::LEAF_TERM) return std::nullopt;
        terms.push_back(*child.get_terms_begin());
    }
    if (terms.size() < 2) return std::nullopt;
    std::size_t prefix = prefix_length(terms.front());
    for (const auto& term : terms) {
        if (prefix_length(term) != prefix || term.compare(0, prefix, terms.front(), 0, prefix) != 0)
            return std::nullopt;
    }
    std::vector<Xapian::Query> shorter;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        auto found =
            i + 1 < terms.size() ? joined.find({terms[i].substr(prefix), terms[i + 1].substr(prefix)}) : joined.end();
        if (found == joined.end()) {
            shorter.emplace_back(terms[i]);
            continue;
        }
        shorter.emplace_back(terms[i].substr(0, prefix) + found->second);
        ++i;
    }
    if (shorter.size() == terms.size()) return std::nullopt;
    Xapian::Query other =
        shorter.size() == 1 ? shorter.front() : Xapian::Query(Xapian::Query::OP_PHRASE, shorter.begin(), shorter.end());
    return Xapian::Query(Xapian::Query::OP_OR, node, other);
}

}  // namespace

Xapian::Query with_joined_words(const Xapian::Query& query, std::string_view folded_text, const Xapian::Stem& stemmer) {
    // A + or - before a word is an operator, not a hyphen ("-e-mail" is "not e-mail").
    std::string words(folded_text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        bool starts_word = i == 0 || words[i - 1] == ' ' || words[i - 1] == '\t' || words[i - 1] == '(';
        if (starts_word && (words[i] == '+' || words[i] == '-')) words[i] = ' ';
    }
    std::map<StemPair, std::string> joined;  // the parts' stems → the joined word's
    for (const auto& word : hyphenated_words(words)) {
        joined[{stemmer(std::string(word.first)), stemmer(std::string(word.second))}] = stemmer(word.joined());
    }
    if (joined.empty()) return query;
    auto replace = [&joined](const Xapian::Query& node) { return phrase_or_joined(node, joined); };
    return replaced_nodes(query, replace).value_or(query);
}

}  // namespace newsdex
