/** @file article.hpp
 *  @brief Reading one article file: bytes, signature, decoding, front matter.
 */
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "common/corpus/front_matter.hpp"

namespace newsdex {

/// An article as read from disk, before cleaning.
struct Article {
    std::string path;       ///< relative to the corpus root
    std::string signature;  ///< content signature of the raw bytes (see signature())
    std::string encoding;   ///< what the bytes were decoded from
    FrontMatter front_matter;
    std::string text;  ///< the body, valid UTF-8 with control characters scrubbed
};

/// Files larger than this are rejected: no news article is that long, and a stray dump or
/// log file must not exhaust memory.
inline constexpr std::uintmax_t max_article_bytes = 16u * 1024u * 1024u;

/// Reads a whole file, throwing ArticleError (unreadable, too large) on failure.
[[nodiscard]] std::string read_file_bytes(const std::filesystem::path& path);

/// The content signature: a hash of the bytes and of the pipeline version, so a changed
/// file, or a new cleaner or extractor, re-indexes it.
[[nodiscard]] std::string signature(std::string_view bytes);

/// Decodes bytes and splits the front matter, or reads a web page's text and metadata
/// (html_page.hpp). Throws ArticleError.
[[nodiscard]] Article parse_article(std::string relative_path, std::string_view bytes);

}  // namespace newsdex
