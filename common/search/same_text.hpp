/** @file same_text.hpp
 *  @brief Hits of one page whose article text is the same, marked so that the page
 *  shows the text once.
 *
 * Scraped folders hold the same story more than once: a page fetched under two
 * addresses, a wire story run by two sites, a headline rewritten over an unchanged text,
 * a story sent again with a figure corrected. The BBC set holds 98 articles twice byte
 * for byte and 133 with the text of another under another headline, and such copies
 * weigh the same, or nearly, so they rank side by side: in "apple ipod sales", four of
 * the first ten were copies of hits above them, one with two figures corrected. A user
 * reads the first and skims past the rest.
 *
 * Nearly the same is measured as Broder's resemblance ("On the resemblance and
 * containment of documents", 1997): of the runs of four words found in either text, the
 * share found in both. A copy with a word or two changed keeps 0.97–0.99 of them; on the
 * first pages of the 60 benchmark queries over the BBC set, every other pair of hits
 * shared 0.71 or less (a story and its update, with a paragraph rewritten and another
 * added, 0.67–0.71; different stories 0.35 or less), so 0.9 is well clear of both.
 *
 * The copies stay on the page, where they ranked, and are counted as before: each names
 * the hit whose text it repeats, and the terminal shows it in one line instead of its
 * people, countries and snippet again. Leaving them out would move articles up from the
 * next page that nobody asked to see, and judged relevance (bench/relevance/) counts each
 * copy: on the BBC judgments, first pages with the copies of a text left out (and the
 * next articles moved up, unjudged ones counted as not relevant) scored P@10 0.859 and
 * nDCG@10 0.903, against 0.889 and 0.921 as they are.
 */
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/search/search_request.hpp"

namespace newsdex {

/// The resemblance from which a text counts as the same as another.
inline constexpr double same_text_resemblance = 0.9;

/// The hashes of a text's runs of four words (words: between white space), sorted and
/// distinct; a text of fewer words is one run.
using TextShingles = std::vector<std::uint64_t>;
[[nodiscard]] TextShingles text_shingles(std::string_view text);

/// The share of the runs of either text found in both: 1 for the same words in the
/// same order, 0 when one text is empty.
[[nodiscard]] double resemblance(const TextShingles& a, const TextShingles& b);

/// Sets Hit::same_text_as on each hit whose cleaned text (its paragraphs; the headline
/// may differ) is that of a hit before it in `hits`, or all but a few words of it
/// (resemblance same_text_resemblance or more), to the rank of the first such hit. An
/// empty text repeats nothing.
void mark_same_text(std::vector<Hit>& hits);

}  // namespace newsdex
