/** @file word_pair_sample.hpp
 *  @brief The sample of articles an empty index's run builds first to choose the word pairs
 *  (word_pairs.hpp), their documents then written in their turn.
 */
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/corpus/corpus_walk.hpp"
#include "common/index/document_builder.hpp"
#include "common/index/person_registry.hpp"
#include "common/index/word_pairs.hpp"

namespace newsdex {

/// An article's document, or why it has none.
struct BuiltArticle {
    std::optional<Xapian::Document> document;
    std::string failure;
};

/// Reads, processes and builds the article of `entry` (no earlier version to compare:
/// an empty index). An article's own problems become its failure.
[[nodiscard]] BuiltArticle build_article(const CorpusEntry& entry, DocumentBuilder& builder);

/// The sampled articles' documents, their chosen pairs filed, kept until written.
class WordPairSample {
  public:
    WordPairSample() = default;
    /// Builds the articles of word_pair_sample(entries.size()) on `threads` threads (people
    /// numbered by `people`), chooses the pairs and files them in those documents.
    WordPairSample(const std::vector<CorpusEntry>& entries, unsigned threads, PersonRegistry& people);

    /// The pairs chosen.
    [[nodiscard]] const WordPairSet& pairs() const { return pairs_; }
    /// The built article of entry `index` when it was sampled, moved out: each is taken
    /// once, and threads may take different ones at once.
    [[nodiscard]] std::optional<BuiltArticle> take(std::size_t index);

  private:
    std::vector<std::size_t> indexes_;  ///< the sampled entries, ascending
    std::vector<std::optional<BuiltArticle>> built_;
    WordPairSet pairs_;
};

}  // namespace newsdex
