/** @file dictionary_words.cpp
 *  @brief Binary search over the embedded word list.
 */
#include "common/extract/dictionary_words.hpp"

#include <algorithm>
#include <vector>

#include "common/text/letter_case.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// The entries of an embedded word list as views into it (no copy), in byte order,
/// without those that start with a capital (proper nouns: "Madrid", "Émile").
std::vector<std::string_view> sorted_lower_case_words(std::string_view text) {
    std::vector<std::string_view> words;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(start, end - start);
        if (!word.empty() && !starts_with_capital(word)) words.push_back(word);
        start = end + 1;
    }
    // The build writes the English list in byte order already; Debian's others are in
    // their language's collation order.
    if (!std::is_sorted(words.begin(), words.end())) std::sort(words.begin(), words.end());
    return words;
}

const std::vector<std::string_view>* word_list(std::string_view language) {
    // One static per language: each is read once, at its first use, safely from any thread.
    if (language == "es") {
        static const auto words = sorted_lower_case_words(data::dictionary_es);
        return &words;
    }
    if (language == "fr") {
        static const auto words = sorted_lower_case_words(data::dictionary_fr);
        return &words;
    }
    if (language == "it") {
        static const auto words = sorted_lower_case_words(data::dictionary_it);
        return &words;
    }
    if (language == "pt") {
        static const auto words = sorted_lower_case_words(data::dictionary_pt);
        return &words;
    }
    if (language == "nl") {
        static const auto words = sorted_lower_case_words(data::dictionary_nl);
        return &words;
    }
    return nullptr;
}

}  // namespace

bool is_dictionary_word(std::string_view folded) {
    static const std::vector<std::string_view> words = sorted_lower_case_words(data::dictionary_words);
    return std::binary_search(words.begin(), words.end(), folded);
}

bool is_ordinary_word(std::string_view lower_word, std::string_view language) {
    const auto* words = word_list(language);
    return words && std::binary_search(words->begin(), words->end(), lower_word);
}

}  // namespace newsdex
