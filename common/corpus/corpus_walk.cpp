/** @file corpus_walk.cpp
 *  @brief Recursive corpus listing.
 */
#include "common/corpus/corpus_walk.hpp"

#include <algorithm>
#include <system_error>

#include "common/text/ascii.hpp"

namespace fs = std::filesystem;

namespace newsdex {

namespace {

bool is_inside(const fs::path& child, const fs::path& parent) {
    auto [parent_end, child_it] = std::mismatch(parent.begin(), parent.end(), child.begin(), child.end());
    return parent_end == parent.end();
}

/// Articles are text files and saved web pages (html_page.hpp); anything else in the
/// folder (images, scripts, notes in other formats) is no article.
bool is_article_file(const fs::path& path) {
    std::string extension = lower_ascii(path.extension().string());
    return extension == ".txt" || extension == ".html" || extension == ".htm" || extension == ".xhtml";
}

bool is_hidden(const fs::path& path) {
    auto name = path.filename().string();
    return !name.empty() && name.front() == '.';
}

/// Checks a symbolic link to a file; returns a reason when it must be skipped.
std::string link_problem(const fs::path& link, const fs::path& canonical_root, const CorpusWalkOptions& options) {
    std::error_code error;
    fs::path target = fs::canonical(link, error);
    if (error) {
        return error == std::errc::too_many_symbolic_link_levels ? "symbolic link loop"
                                                                 : "broken symbolic link (" + error.message() + ")";
    }
    if (!options.follow_outside_links && !is_inside(target, canonical_root)) {
        return "symbolic link leads outside the corpus (" + target.string() + "); not followed";
    }
    return {};
}

}  // namespace

CorpusListing walk_corpus(const fs::path& root, const CorpusWalkOptions& options) {
    CorpusListing listing;
    fs::path canonical_root = fs::canonical(root);
    auto iterator = fs::recursive_directory_iterator(canonical_root, fs::directory_options::skip_permission_denied);
    for (auto it = fs::begin(iterator); it != fs::end(iterator); ++it) {
        const fs::path& path = it->path();
        if (is_hidden(path)) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (!is_article_file(path)) continue;
        std::string relative = path.lexically_relative(canonical_root).generic_string();
        std::error_code error;
        if (it->is_symlink(error)) {
            std::string problem = link_problem(path, canonical_root, options);
            if (!problem.empty()) {
                listing.problems.push_back({relative, problem});
                continue;
            }
        }
        if (!it->is_regular_file(error)) continue;
        listing.articles.push_back({relative, path});
    }
    std::sort(listing.articles.begin(), listing.articles.end(),
              [](const auto& a, const auto& b) { return a.relative_path < b.relative_path; });
    return listing;
}

}  // namespace newsdex
