/** @file document_builder.hpp
 *  @brief StoredArticle → Xapian::Document, following schema.hpp.
 */
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "common/index/caching_stemmer.hpp"
#include "common/index/person_registry.hpp"
#include "common/index/stored_article.hpp"
#include "common/index/text_terms.hpp"
#include "common/index/word_pairs.hpp"
#include "common/schema.hpp"

namespace newsdex {

/// Builds documents for an index of `layout` (schema.hpp); owns a stemmer's cache, so one
/// builder is used per thread. People are numbered by `people`, which the builders of one
/// index run share.
class DocumentBuilder {
  public:
    DocumentBuilder(PersonRegistry& people, schema::Layout layout);
    DocumentBuilder(const DocumentBuilder&) = delete;
    DocumentBuilder& operator=(const DocumentBuilder&) = delete;
    /// The document for `article`, whose source file has content signature `signature`
    /// and, before it was read, stamp `stamp` (corpus/source_stamp.hpp; may be empty).
    [[nodiscard]] Xapian::Document build(const StoredArticle& article, const std::string& signature,
                                         const std::string& stamp);

    /// Files the pairs of `pairs` (word_pairs.hpp), which must outlive this, in the
    /// standalone documents built from now on; none when null.
    void file_word_pairs(const WordPairSet* pairs) { word_pairs_ = pairs; }
    /// Keeps the candidate pairs of each standalone document built from now on, for
    /// take_word_pairs (the sample of an empty index's run).
    void collect_word_pairs() { collecting_pairs_ = true; }
    /// The candidate pairs of the document built last, when collecting.
    [[nodiscard]] std::vector<std::string> take_word_pairs() { return std::move(candidate_pairs_); }

  private:
    void add_text(const StoredArticle& article);
    void add_hyphenated_words(const std::string& title, const std::string& body, Xapian::termpos weighted_title_end);
    void add_text_terms(Xapian::Document& document, const StoredArticle& article);
    static void add_filter_terms(Xapian::Document& document, const StoredArticle& article);
    void add_values(Xapian::Document& document, const StoredArticle& article, const std::string& signature);
    CachingStemmer stemmer_;
    TextTerms text_terms_{stemmer_};  ///< the document's so far
    PersonRegistry& people_;
    schema::Layout layout_;
    const WordPairSet* word_pairs_ = nullptr;
    bool collecting_pairs_ = false;
    std::vector<std::string> candidate_pairs_;
};

}  // namespace newsdex
