/** @file corpus_walk.hpp
 *  @brief Finding the article files under a corpus folder.
 */
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace newsdex {

struct CorpusEntry {
    std::string relative_path;  ///< '/'-separated, relative to the corpus root: the unique id
    std::filesystem::path absolute_path;
};

struct CorpusProblem {
    std::string relative_path;
    std::string reason;
};

struct CorpusListing {
    std::vector<CorpusEntry> articles;    ///< sorted by relative path
    std::vector<CorpusProblem> problems;  ///< entries that cannot be read (broken links...)
};

struct CorpusWalkOptions {
    /// Follow symbolic links whose target lies outside the corpus folder.
    bool follow_outside_links = false;
};

/// Every article file under `root` ("*.txt", and saved pages "*.html", "*.htm", "*.xhtml",
/// in any case), recursively, skipping hidden folders. Directory links
/// are not descended (no loops); file links are followed when their target is inside the
/// corpus (or when allowed by options). Throws std::filesystem::filesystem_error when the
/// root itself cannot be read.
[[nodiscard]] CorpusListing walk_corpus(const std::filesystem::path& root, const CorpusWalkOptions& options = {});

}  // namespace newsdex
