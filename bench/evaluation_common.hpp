/** @file evaluation_common.hpp
 *  @brief Shared helpers of the evaluation commands: data paths, gold files, matching.
 */
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace newsdex::evaluation {

/// `--data DIR` from the command line, else `default_dir` relative to the source tree.
[[nodiscard]] std::filesystem::path data_dir(int argc, char** argv, std::string_view default_dir);

/// Reads a whole JSON file; throws std::runtime_error naming the file.
[[nodiscard]] nlohmann::json read_json(const std::filesystem::path& path);

/// Reads a whole text file as bytes.
[[nodiscard]] std::string read_text(const std::filesystem::path& path);

/// Folded text with white space collapsed: how snippets are matched against output.
[[nodiscard]] std::string normalise_for_matching(std::string_view text);

struct Score {
    std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
};

}  // namespace newsdex::evaluation
