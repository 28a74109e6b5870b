/** @file word_list.cpp
 *  @brief Data-file parsing helpers.
 */
#include "common/text/word_list.hpp"

#include <algorithm>
#include <sstream>

#include "common/text/fold.hpp"

namespace newsdex {

std::vector<std::string_view> data_line_views(std::string_view data) {
    std::vector<std::string_view> lines;
    while (!data.empty()) {
        auto newline = data.find('\n');
        std::string_view line = data.substr(0, newline);
        data.remove_prefix(newline == std::string_view::npos ? data.size() : newline + 1);
        auto first = line.find_first_not_of(" \t\r");
        if (first == std::string_view::npos || line[first] == '#') continue;
        auto last = line.find_last_not_of(" \t\r");
        lines.push_back(line.substr(first, last - first + 1));
    }
    return lines;
}

std::vector<std::string> data_lines(std::string_view data) {
    auto views = data_line_views(data);
    return {views.begin(), views.end()};
}

bool sorted_lines_contain(std::string_view sorted_lines, std::string_view line) {
    // [low, high) holds whole lines: low starts one, high starts one or is the end.
    std::size_t low = 0, high = sorted_lines.size();
    while (low < high) {
        std::size_t middle = low + (high - low) / 2;
        std::size_t start = middle == 0 ? 0 : sorted_lines.rfind('\n', middle - 1) + 1;  // npos + 1 is 0
        std::size_t end = std::min(sorted_lines.find('\n', start), sorted_lines.size());
        std::string_view candidate = sorted_lines.substr(start, end - start);
        if (candidate == line) return true;
        if (candidate < line) {
            low = end + 1;
        } else {
            high = start;
        }
    }
    return false;
}

std::unordered_set<std::string> data_word_set(std::string_view data) {
    std::unordered_set<std::string> words;
    for (const auto& line : data_lines(data)) {
        std::istringstream stream(line);
        std::string word;
        while (stream >> word) words.insert(fold(word));
    }
    return words;
}

namespace {
bool is_boundary_byte(std::string_view text, std::size_t index) {
    if (index >= text.size()) return true;
    auto c = static_cast<unsigned char>(text[index]);
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    return !alnum;
}
}  // namespace

bool contains_at_word_boundary(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return false;
    bool needle_starts_alnum = !is_boundary_byte(needle, 0);
    bool needle_ends_alnum = !is_boundary_byte(needle, needle.size() - 1);
    for (auto at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) {
        bool left_ok = !needle_starts_alnum || at == 0 || is_boundary_byte(haystack, at - 1);
        bool right_ok = !needle_ends_alnum || is_boundary_byte(haystack, at + needle.size());
        if (left_ok && right_ok) return true;
    }
    return false;
}

namespace {

/// The run of letters and digits starting at `start`.
std::string_view word_at(std::string_view text, std::size_t start) {
    std::size_t end = start;
    while (!is_boundary_byte(text, end)) ++end;
    return text.substr(start, end - start);
}

}  // namespace

PhraseSet::PhraseSet(const std::vector<std::string>& needles) {
    for (const auto& needle : needles) {
        if (needle.empty()) continue;
        if (is_boundary_byte(needle, 0)) {
            others_.push_back(needle);
        } else {
            by_first_word_[std::string(word_at(needle, 0))].push_back(needle);
        }
    }
}

bool PhraseSet::any_in(std::string_view haystack) const {
    for (std::size_t at = 0; at < haystack.size(); ++at) {
        if (is_boundary_byte(haystack, at) || (at > 0 && !is_boundary_byte(haystack, at - 1))) continue;
        auto word = word_at(haystack, at);
        auto found = by_first_word_.find(std::string(word));
        if (found != by_first_word_.end()) {
            for (const auto& needle : found->second) {
                bool right_ok =
                    is_boundary_byte(needle, needle.size() - 1) || is_boundary_byte(haystack, at + needle.size());
                if (haystack.substr(at).starts_with(needle) && right_ok) return true;
            }
        }
        at += word.size() - 1;
    }
    for (const auto& needle : others_) {
        if (contains_at_word_boundary(haystack, needle)) return true;
    }
    return false;
}

}  // namespace newsdex
