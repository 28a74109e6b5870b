/** @file joined_words.hpp
 *  @brief A query's hyphenated words also match the words joined ("e-mail" → "email").
 *
 * The index files a hyphenated word of two parts both as its parts and joined
 * (text/hyphenated_words.hpp), so "email" already finds "e-mail". The other way round,
 * Xapian's QueryParser makes "e-mail" the phrase "e mail", which "email" in an article
 * does not match: each phrase of the parsed query that holds such parts becomes (phrase
 * OR the phrase with the joined word): "e-mail" is (e mail OR email), "\"e-mail
 * address\"" (e mail address OR email address), under the same field prefix
 * ("title:e-mail" also matches "title:email").
 */
#pragma once

#include <xapian.h>

#include <string_view>

namespace newsdex {

/// `query`, parsed from `folded_text` with `stemmer`, with the phrase of each hyphenated
/// word of the text also matching the word joined.
[[nodiscard]] Xapian::Query with_joined_words(const Xapian::Query& query, std::string_view folded_text,
                                              const Xapian::Stem& stemmer);

}  // namespace newsdex
