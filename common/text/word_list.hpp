/** @file word_list.hpp
 *  @brief Reading the curated lists in data/ (compiled in; see data/embed.cmake).
 */
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsdex {

/// Non-empty lines of an embedded data file, trimmed, '#' comment lines skipped.
[[nodiscard]] std::vector<std::string> data_lines(std::string_view data);
/// The same lines as views into `data` (embedded data lives as long as the program).
[[nodiscard]] std::vector<std::string_view> data_line_views(std::string_view data);

/// True when `line` is one of the lines of `sorted_lines` (one entry a line, in byte
/// order, as data/CMakeLists.txt writes the word lists): a binary search over the text
/// itself, so a list of 100,000 words costs a process nothing before its first lookup.
[[nodiscard]] bool sorted_lines_contain(std::string_view sorted_lines, std::string_view line);

/// Every whitespace-separated word of the data lines, folded.
[[nodiscard]] std::unordered_set<std::string> data_word_set(std::string_view data);

/// True when `needle` occurs in `haystack` with a word boundary on both sides (a
/// boundary is the text's edge or a character that is not a letter or digit).
[[nodiscard]] bool contains_at_word_boundary(std::string_view haystack, std::string_view needle);

/// contains_at_word_boundary for many needles at once: needles are filed under their
/// first word, and the haystack is scanned once, looking up each of its words. Same
/// answers as trying every needle in turn, several times faster for long lists.
class PhraseSet {
  public:
    explicit PhraseSet(const std::vector<std::string>& needles);
    /// True when any needle occurs in `haystack` at word boundaries.
    [[nodiscard]] bool any_in(std::string_view haystack) const;

  private:
    std::unordered_map<std::string, std::vector<std::string>> by_first_word_;
    std::vector<std::string> others_;  ///< needles that start with punctuation
};

}  // namespace newsdex
