/** @file sentences.hpp
 *  @brief Sentence segmentation with ICU's sentence BreakIterator.
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// The sentences of one block of text, each with its trailing space trimmed; not broken
/// after an initial, a one-letter abbreviation or a title ("George W. Bush", "e. V.",
/// "Dr. Smith"), where ICU's English rules break.
[[nodiscard]] std::vector<std::string> split_sentences(std::string_view block);

/// Inserts the missing space where a scrape glued two sentences together
/// ("…all the difference.Russian Foreign Minister…"): a lower-case word of two or more
/// letters, a full stop, question or exclamation mark, then an upper-case letter followed
/// by a lower-case one. Abbreviations ("U.S.") and domains ("example.com") do not match.
[[nodiscard]] std::string repair_glued_sentences(std::string_view block);

}  // namespace newsdex
