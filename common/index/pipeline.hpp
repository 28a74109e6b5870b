/** @file pipeline.hpp
 *  @brief One article through the whole per-article pipeline: read → decode → clean →
 *  extract. Pure: touches no database, so it can run on any thread.
 */
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/clean/cleaner.hpp"
#include "common/index/stored_article.hpp"

namespace newsdex {

struct ProcessedArticle {
    StoredArticle stored;
    std::string signature;
    std::string encoding;
    std::string language;              ///< ISO 639-1 code of the stop words that fit; empty if none
    std::vector<std::string> removed;  ///< what the cleaner dropped
};

/// Processes decoded bytes of the file at corpus-relative `path`. Throws ArticleError.
[[nodiscard]] ProcessedArticle process_article(const std::string& path, std::string_view bytes);

/// Reads and processes a file. Throws ArticleError.
[[nodiscard]] ProcessedArticle process_file(const std::string& path, const std::filesystem::path& file);

}  // namespace newsdex
