/** @file publication_date.hpp
 *  @brief The publication date stated by the page itself.
 *
 * Only where pages state when they were published: a dateline opening the story
 * ("Caracas, February 6, 2017 –": at most a place name and a comma before the date, a
 * dash, bracket or colon after it), a "Published/Updated/Posted … <date>" line, or a short
 * byline block holding a full date, within the first or last blocks of the page or
 * around the headline. Years
 * mentioned in the story ("re-election in 2018") are never used: a wrong year is worse
 * than none.
 */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/corpus/partial_date.hpp"

namespace newsdex {

/// The publication date stated in `blocks` (all blocks of the page, kept or not): in the
/// first blocks, then around the story's start `story_start` (the headline's block, where
/// a page's menus push it down) and around blocks that repeat the headline `title` or a
/// part of it of three words or more (a web page's <h1> under its <title> line), then in
/// the last blocks.
[[nodiscard]] std::optional<PartialDate> find_publication_date(const std::vector<std::string>& blocks,
                                                               std::size_t story_start = 0,
                                                               std::string_view title = {});

/// The first full date in `text` ("February 6, 2017", "6 Feb 2017", "Feb 6th 2017",
/// "2017-02-06", "6. Februar 2017", "6 de febrero de 2017", "06.02.2017", "2017年2月6日",
/// "2017년 2월 6일"; month names in
/// the languages of data/month_names.txt), with the byte offset where it starts. Slashed
/// dates whose day and month could be either ("06/02/2017") give the year alone.
struct DateMatch {
    PartialDate date;
    std::size_t offset = 0;  ///< byte offset of the date in the text
    std::size_t end = 0;     ///< byte offset just past it
};
[[nodiscard]] std::optional<DateMatch> find_full_date(std::string_view text);

}  // namespace newsdex
