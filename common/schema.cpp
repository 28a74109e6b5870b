/** @file schema.cpp
 *  @brief Term builders that must agree between indexer and searcher.
 */
#include "common/schema.hpp"

#include <fmt/format.h>

#include <cstdint>

#include "common/text/hash.hpp"

namespace newsdex::schema {

namespace {
/// Xapian rejects terms over 245 bytes; leave room like omega does (240).
constexpr std::size_t max_term_bytes = 240;
}  // namespace

std::string boolean_term(std::string_view prefix, std::string_view value) {
    std::string term(prefix);
    // Xapian's convention: a prefix ending in an upper-case letter followed by a value
    // starting with one needs a ':' separator, or the value would read as a longer prefix.
    if (prefix.size() > 1 && !value.empty() && value.front() >= 'A' && value.front() <= 'Z') {
        term += ':';
    }
    term += value;
    if (term.size() <= max_term_bytes) return term;
    std::string hashed = term.substr(0, max_term_bytes - 17);
    return hashed + fmt::format("#{:016x}", fnv1a(term));
}

void word_pair(std::string& pair, std::string_view first, std::string_view second) {
    pair.assign(first);
    pair += ' ';
    pair += second;
}

std::string word_pair(std::string_view first, std::string_view second) {
    std::string pair;
    word_pair(pair, first, second);
    return pair;
}

std::string word_pair_key(std::string_view pair) {
    std::string key(metadata::word_pair);
    key += pair;
    return key;
}

std::string word_pair_term(std::size_t number) {
    return fmt::format("{}{}", prefix::word_pair, number);
}

std::string unique_id_term(std::string_view relative_path) {
    return boolean_term(prefix::unique_id, relative_path);
}

}  // namespace newsdex::schema
