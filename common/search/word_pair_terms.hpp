/** @file word_pair_terms.hpp
 *  @brief Phrases matched by the word-pair terms of a standalone index.
 *
 * An index files its frequent word pairs as terms (index/word_pairs.hpp), each in every
 * document with the pair or in none. So a phrase of two words whose pair's term the index
 * holds matches exactly the documents of that term: the phrase becomes the AND of its
 * words (the same weight as Xapian's phrase, the sum of its terms') filtered by the term,
 * and no position map is read. A longer phrase keeps its position check, its candidates
 * first narrowed by the terms of its pairs the index holds. At 100,000 generated
 * articles, warm: "chief executive" (46,976 matches) TODO.
 */
#pragma once

#include <xapian.h>

namespace newsdex {

/// `query` with each exact phrase (PHRASE of terms, window their number) of `database`'s
/// word pairs matched by their terms as above; as it was when it has none.
[[nodiscard]] Xapian::Query with_word_pair_terms(const Xapian::Database& database, const Xapian::Query& query);

}  // namespace newsdex
