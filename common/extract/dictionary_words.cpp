/** @file dictionary_words.cpp
 *  @brief Binary search over the embedded word list.
 */
#include "common/extract/dictionary_words.hpp"

#include <algorithm>
#include <vector>

#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// Views into the embedded list, in byte order: no copy of its 60,000 words.
std::vector<std::string_view> sorted_words() {
    std::vector<std::string_view> words;
    std::string_view text = data::dictionary_words;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    // The build writes them in byte order already; another word list may not be.
    if (!std::is_sorted(words.begin(), words.end())) std::sort(words.begin(), words.end());
    return words;
}

}  // namespace

bool is_dictionary_word(std::string_view folded) {
    static const std::vector<std::string_view> words = sorted_words();
    return std::binary_search(words.begin(), words.end(), folded);
}

}  // namespace newsdex
