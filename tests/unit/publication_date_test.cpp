/** @file publication_date_test.cpp
 *  @brief Dates stated by the page, never years from the story.
 */
#include "common/extract/publication_date.hpp"

#include <gtest/gtest.h>

namespace newsdex {
namespace {

std::string date_of(const std::vector<std::string>& blocks) {
    auto date = find_publication_date(blocks);
    return date ? date->iso() : "none";
}

TEST(PublicationDate, DatelinesBylinesAndPublishedLines) {
    EXPECT_EQ(date_of({"Headline", "Caracas, February 6, 2017 ( – Russian Foreign Minister Sergei Lavrov spoke."}),
              "2017-02-06");
    EXPECT_EQ(
        date_of({"Headline", "Story text here about things that happened.", "Published on Feb 6th 2017 at 11.44pm"}),
        "2017-02-06");
    EXPECT_EQ(date_of({"Headline", "By Jane Doe | 3 March 2021", "Story."}), "2021-03-03");
    EXPECT_EQ(date_of({"Headline", "Updated 2022-03-11 10:00 GMT", "Story."}), "2022-03-11");
}

TEST(PublicationDate, NeverGuessesFromTheStory) {
    EXPECT_EQ(
        date_of({"Headline", "Maduro's re-election in 2018 was disputed, and in 2020 the talks failed.",
                 "The vote on 20 April 2018 was the subject of a long report by observers who said it was flawed."}),
        "none");
}

}  // namespace
}  // namespace newsdex
