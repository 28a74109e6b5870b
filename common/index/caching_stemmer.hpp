/** @file caching_stemmer.hpp
 *  @brief A Snowball stemmer that remembers the stems it has made.
 *
 * News text repeats its words: in the BBC articles one word in forty is new to an indexer
 * thread after its first few hundred articles, and the Snowball stemmer was 7% of
 * indexing. Each indexer thread has its own DocumentBuilder and so its own cache: no
 * locking. The cache is emptied when it reaches a bound, so memory stays flat on any
 * corpus.
 */
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>

namespace newsdex {

/// Used directly by the indexer's TextTerms, not through a Xapian::Stem: its stems are
/// handed out by reference.
class CachingStemmer {
  public:
    explicit CachingStemmer(const std::string& language);

    /// The stem of `word`, valid until the next call.
    const std::string& stem(const std::string& word);

  private:
    Xapian::Stem stemmer_;
    std::unordered_map<std::string, std::string> stems_;  ///< word → stem
};

}  // namespace newsdex
