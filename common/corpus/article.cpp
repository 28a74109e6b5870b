/** @file article.cpp
 *  @brief Reading and decoding an article.
 */
#include "common/corpus/article.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

#include "common/corpus/html_page.hpp"
#include "common/error.hpp"
#include "common/text/character_references.hpp"
#include "common/text/decode.hpp"
#include "common/text/hash.hpp"
#include "common/text/utf8.hpp"
#include "common/version.hpp"

namespace newsdex {

std::string read_file_bytes(const std::filesystem::path& path) {
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    if (error) throw ArticleError(fmt::format("cannot read: {}", error.message()));
    if (size > max_article_bytes) {
        throw ArticleError(fmt::format("file too large ({} bytes; the limit is {} bytes)", size, max_article_bytes));
    }
    std::ifstream stream(path, std::ios::binary);
    if (!stream) throw ArticleError(fmt::format("cannot open: {}", std::strerror(errno)));
    std::string bytes(size, '\0');
    stream.read(bytes.data(), static_cast<std::streamsize>(size));
    if (stream.gcount() != static_cast<std::streamsize>(size)) {
        throw ArticleError("cannot read: short read");
    }
    return bytes;
}

std::string signature(std::string_view bytes) {
    std::uint64_t hash = fnv1a(bytes, fnv1a(pipeline_version));
    return fmt::format("{:016x}-{}", hash, bytes.size());
}

Article parse_article(std::string relative_path, std::string_view bytes) {
    Article article;
    article.path = std::move(relative_path);
    article.signature = signature(bytes);
    bool web_page = is_html_page(article.path, bytes);
    DecodedText decoded = web_page ? decode(bytes, declared_charset(bytes)) : decode(bytes);
    article.encoding = decoded.encoding;
    if (web_page) {
        // The parser decodes the page's character references itself.
        HtmlPage page = read_html_page(utf8::scrub_controls(decoded.text));
        article.front_matter = std::move(page.front_matter);
        article.text = std::move(page.text);
        return article;
    }
    SplitArticle split = split_front_matter(utf8::scrub_controls(decoded.text));
    article.front_matter = std::move(split.front_matter);
    // A scraper that left the page's character references in its text left them in the
    // headline and source it wrote too; a URL keeps its own.
    for (auto* field : {&article.front_matter.title, &article.front_matter.source}) {
        if (*field) **field = decode_character_references(**field);
    }
    article.text = decode_character_references(split.body);
    return article;
}

}  // namespace newsdex
