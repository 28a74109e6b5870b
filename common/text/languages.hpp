/** @file languages.hpp
 *  @brief The languages newsdex reads closely: those it has stop words for.
 */
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace newsdex {

/// ISO 639-1 codes of data/stopwords_*.txt, English first. A page in one of these gets
/// its stop words in cleaning, and its country names and roles in extraction.
inline constexpr std::array<std::string_view, 14> stopword_languages{"en", "de", "fr", "es", "it", "pt", "nl",
                                                                     "pl", "ru", "sv", "da", "no", "fi", "hu"};

/// Languages written without spaces between words (cjk.hpp), told by their script, not
/// by stop words: their pages get their country names in extraction.
inline constexpr std::array<std::string_view, 2> unspaced_languages{"zh", "ja"};

/// Whether a page in `language` has its country names looked for beside the English ones.
[[nodiscard]] constexpr bool has_country_names(std::string_view language) {
    return language != "en" && (std::ranges::find(stopword_languages, language) != stopword_languages.end() ||
                                std::ranges::find(unspaced_languages, language) != unspaced_languages.end());
}

}  // namespace newsdex
