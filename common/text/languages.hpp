/** @file languages.hpp
 *  @brief The languages newsdex reads closely: those it has stop words for.
 */
#pragma once

#include <array>
#include <string_view>

namespace newsdex {

/// ISO 639-1 codes of data/stopwords_*.txt, English first. A page in one of these gets
/// its stop words in cleaning, and its country names and roles in extraction.
inline constexpr std::array<std::string_view, 9> stopword_languages{"en", "de", "fr", "es", "it",
                                                                    "pt", "nl", "pl", "ru"};

}  // namespace newsdex
