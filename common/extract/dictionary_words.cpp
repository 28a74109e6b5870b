/** @file dictionary_words.cpp
 *  @brief Binary search over the embedded word lists.
 */
#include "common/extract/dictionary_words.hpp"

#include <algorithm>
#include <array>
#include <mutex>
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
    // The build writes the lists in byte order (data/CMakeLists.txt); Debian's are in
    // their language's collation order, should one be embedded as it is.
    if (!std::is_sorted(words.begin(), words.end())) std::sort(words.begin(), words.end());
    return words;
}

const std::vector<std::string_view>* word_list(std::string_view language) {
    struct Source {
        std::string_view language;
        const std::string_view* words;
    };
    constexpr std::size_t languages = 5;
    static const std::array<Source, languages> sources{{{"es", &data::dictionary_es},
                                                        {"fr", &data::dictionary_fr},
                                                        {"it", &data::dictionary_it},
                                                        {"pt", &data::dictionary_pt},
                                                        {"nl", &data::dictionary_nl}}};
    // Each list is read once, at its first use, whichever thread asks.
    static std::array<std::once_flag, languages> read;
    static std::array<std::vector<std::string_view>, languages> lists;
    for (std::size_t index = 0; index < languages; ++index) {
        if (sources[index].language != language) continue;
        std::call_once(read[index], [index] { lists[index] = sorted_lower_case_words(*sources[index].words); });
        return &lists[index];
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
