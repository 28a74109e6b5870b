/** @file headline.hpp
 *  @brief Finding the real headline of a scraped page by position and form.
 */
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "common/clean/block_classifier.hpp"

namespace newsdex {

/// True for a block that has the form of a headline: 3 to 30 words, no final full stop,
/// no sentence break inside, and not page furniture (cues, credits, appeals); unless
/// `site_names_allowed`, not three capitalised words or fewer ("The Nairobi Observer").
[[nodiscard]] bool looks_like_headline(const ClassifiedBlock& block, bool site_names_allowed);

/// The index of the headline: the first headline-shaped block before the story starts
/// (the first block that is story by its own features), within the first blocks of the
/// page; failing that, a short capitalised first line ("OIL PRICES RISE"). nullopt when
/// the page opens straight with the story.
[[nodiscard]] std::optional<std::size_t> find_headline(const std::vector<ClassifiedBlock>& blocks);

/// The index of the block that repeats `title` (folded comparison) near the top, if any.
[[nodiscard]] std::optional<std::size_t> find_title_block(const std::vector<ClassifiedBlock>& blocks,
                                                          std::string_view title);

}  // namespace newsdex
