/** @file pipeline.cpp
 *  @brief The per-article stages in order.
 */
#include "common/index/pipeline.hpp"

#include "common/corpus/article.hpp"
#include "common/error.hpp"
#include "common/extract/extractor.hpp"

namespace newsdex {

ProcessedArticle process_article(const std::string& path, std::string_view bytes) {
    Article article = parse_article(path, bytes);
    CleanedArticle cleaned = clean_article(article.text, article.front_matter.title);
    if (cleaned.paragraphs.empty() && cleaned.title.empty()) throw ArticleError("no text left after cleaning");
    ExtractedFacets facets = extract_facets(cleaned, article.front_matter);
    return {make_stored_article(article, cleaned, facets), article.signature, article.encoding,
            std::move(cleaned.language), std::move(cleaned.removed)};
}

ProcessedArticle process_file(const std::string& path, const std::filesystem::path& file) {
    return process_article(path, read_file_bytes(file));
}

}  // namespace newsdex
