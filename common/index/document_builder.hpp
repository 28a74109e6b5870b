/** @file document_builder.hpp
 *  @brief StoredArticle → Xapian::Document, following schema.hpp.
 */
#pragma once

#include <xapian.h>

#include <string>

#include "common/index/person_registry.hpp"
#include "common/index/stored_article.hpp"

namespace newsdex {

/// Builds documents; owns a TermGenerator so one builder is used per thread. People are
/// numbered by `people`, which the builders of one index run share.
class DocumentBuilder {
  public:
    explicit DocumentBuilder(PersonRegistry& people);
    /// The document for `article`, whose source file has content signature `signature`.
    [[nodiscard]] Xapian::Document build(const StoredArticle& article, const std::string& signature);

  private:
    void add_text(const StoredArticle& article);
    static void add_filter_terms(Xapian::Document& document, const StoredArticle& article);
    void add_values(Xapian::Document& document, const StoredArticle& article, const std::string& signature);
    Xapian::TermGenerator term_generator_;
    PersonRegistry& people_;
};

}  // namespace newsdex
