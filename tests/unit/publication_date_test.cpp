/** @file publication_date_test.cpp
 *  @brief Dates stated by the page, never years from the story.
 */
#include "common/extract/publication_date.hpp"

#include <gtest/gtest.h>

namespace newsdex {
namespace {

std::string date_of(const std::vector<std::string>& blocks, std::size_t story_start = 0, std::string_view title = {}) {
    auto date = find_publication_date(blocks, story_start, title);
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

// Where a page's menus push the headline past the first blocks, a date line just above or
// below the headline is looked for there (cleaneval-dev: "Arbeitsschutz", "26. Januar
// 2022", headline, 20 blocks down); a date far from both the head and the story is not.
TEST(PublicationDate, AroundTheHeadlineBelowLongMenus) {
    std::vector<std::string> blocks(20, "Menu item");
    blocks.insert(blocks.end(), {"Arbeitsschutz", "26. Januar 2022", "Änderung der Anforderungen an Nachweise",
                                 "Mit der am 15. Januar geänderten Verordnung gilt Neues.", "Footer", "Impressum",
                                 "Kontakt", "Datenschutz", "Barrierefreiheit"});
    EXPECT_EQ(date_of(blocks, 22), "2022-01-26");
    EXPECT_EQ(date_of(blocks, 0), "none");
    blocks.insert(blocks.begin() + 24, 20, "More story text without any date in it at all.");
    EXPECT_EQ(date_of(blocks, 45), "none");
}

// A web page's <title> line is its first block; its <h1>, repeating a part of it, stands
// further down with the date line (cleaneval-dev: "DVGW e.V.: Welche Heizung ist …").
TEST(PublicationDate, AroundABlockRepeatingTheHeadline) {
    std::vector<std::string> blocks{"DVGW e.V.: Welche Heizung ist klimafreundlich?"};
    blocks.insert(blocks.end(), 20, "Menu item");
    blocks.insert(blocks.end(), {"Welche Heizung ist klimafreundlich?", "Gas", "19. November 2021",
                                 "In den Heizungen unserer Häuser lodert Gas.", "Footer", "Impressum", "Kontakt",
                                 "Datenschutz", "Barrierefreiheit"});
    EXPECT_EQ(date_of(blocks, 0, "DVGW e.V.: Welche Heizung ist klimafreundlich?"), "2021-11-19");
    EXPECT_EQ(date_of(blocks, 0), "none");
    EXPECT_EQ(date_of(blocks, 0, "Gas"), "none");  // a part of fewer than three words
}

// A dated line among others that start with dates is a ticker or a calendar, not the
// headline's date line (cleaneval-dev: "06.02.2020 20:00 Vorstandssitzung"); a story's
// paragraph naming a date further in does not make a list.
TEST(PublicationDate, NotFromAListOfDatedLines) {
    std::vector<std::string> blocks(20, "Menu item");
    blocks.insert(blocks.end(),
                  {"Fridays for Future in Marburg", "13.02.2020 20:00 Stammtisch", "06.02.2020 20:00 Vorstandssitzung",
                   "30.01.2020 20:00 Stammtisch", "Wir unterstützen die Demonstration am Freitag.", "Footer",
                   "Impressum", "Kontakt", "Datenschutz", "Barrierefreiheit"});
    EXPECT_EQ(date_of(blocks, 20), "none");
    blocks[21] = "Datum: 18.10.2021";
    blocks[22] = "Im Bundesgesetzblatt vom 17. August 2021 wurde das Gesetz verkündet.";
    blocks[23] = "Es gilt ab 2022.";
    EXPECT_EQ(date_of(blocks, 20), "2021-10-18");
}

// Dates in digits: dotted ones put the day first; with slashes the number above 12 is the
// day, and when day and month could be either, only the year is stated for sure.
TEST(PublicationDate, DatesInDigits) {
    EXPECT_EQ(date_of({"Headline", "Posted 25/08/2019 by admin", "Story."}), "2019-08-25");
    EXPECT_EQ(date_of({"Headline", "Published: 08/25/2019", "Story."}), "2019-08-25");
    EXPECT_EQ(date_of({"Headline", "12/08/2019", "Story."}), "2019");
    EXPECT_EQ(date_of({"Headline", "Stand: 12.08.2019, 05:02 Uhr", "Story."}), "2019-08-12");
    EXPECT_EQ(date_of({"Headline", "2019/08/12 10:30", "Story."}), "2019-08-12");
    EXPECT_EQ(date_of({"Headline", "Call 12-08-2019-55 now", "Story."}), "none");
    EXPECT_EQ(date_of({"Headline", "Posted 31/02/2019", "Story."}), "none");
}

// Month names in the languages of the stop-word lists, Spanish "de" included.
TEST(PublicationDate, MonthNamesInOtherLanguages) {
    EXPECT_EQ(date_of({"Headline", "Veröffentlicht am 12. März 2019 von Jana", "Story."}), "2019-03-12");
    EXPECT_EQ(date_of({"Headline", "Publicado el 6 de febrero de 2017", "Story."}), "2017-02-06");
    EXPECT_EQ(date_of({"Headline", "mardi 5 juin 2018", "Story."}), "2018-06-05");
    EXPECT_EQ(date_of({"Headline", "Опубликовано 12 августа 2019 г.", "Story."}), "2019-08-12");
    EXPECT_EQ(date_of({"Headline", "Opublikowano: 7 października 2022", "Story."}), "2022-10-07");
    EXPECT_EQ(date_of({"Headline", "Publisert 3. desember 2020", "Story."}), "2020-12-03");
    EXPECT_EQ(date_of({"Headline", "Julkaistu 5. joulukuuta 2021", "Story."}), "2021-12-05");
    EXPECT_EQ(date_of({"Headline", "Publicerad 14 augusti 2019", "Story."}), "2019-08-14");
}

// Chinese, Japanese and Korean dates: year, month and day each followed by its sign.
TEST(PublicationDate, EastAsianDates) {
    EXPECT_EQ(date_of({"标题", "2020年02月19日 08:42:17 来源：新华网", "正文。"}), "2020-02-19");
    EXPECT_EQ(date_of({"見出し", "2019年6月24日 11時30分", "本文。"}), "2019-06-24");
    EXPECT_EQ(date_of({"제목", "입력 2020년 2월 19일 오전 8:42", "본문."}), "2020-02-19");
    EXPECT_EQ(date_of({"标题", "2019年13月1日", "正文。"}), "none");        // no such month
    EXPECT_EQ(date_of({"标题", "12019年1月1日", "正文。"}), "none");        // no such year
    EXPECT_EQ(date_of({"标题", "[06月24日 11時30分]", "本文。"}), "none");  // no year: never guessed
}

// A Chinese byline is as short as an English one: its characters count a word for every
// two (count_words), not one each.
TEST(PublicationDate, AChineseBylineIsShort) {
    EXPECT_EQ(date_of({"话剧《约定无期限》河北各市巡演结束",
                       "新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报", "一个约定，信守15年，感人至深。"}),
              "2012-06-04");
}

// Publishing words of other languages, German participles after the date, and a date on
// a line of its own under a label that introduces it, anywhere in the page (cleaneval-dev:
// "Erstellt am Dienstag 6. Mai 2014 um 23:30", "wurde am 19. Mai 2010 um 23:03 Uhr
// gepostet", "Mise en ligne" then "23 mai 2019" mid-page).
TEST(PublicationDate, PublishingWordsBeforeAfterAndAboveTheDate) {
    std::vector<std::string> blocks(40, "Menu item");
    blocks[0] = "Headline";
    blocks[20] = "Dieser Artikel wurde am 19. Mai 2010 um 23:03 Uhr gepostet und seither oft gelesen, sagen die Leser.";
    EXPECT_EQ(date_of(blocks), "none");  // mid-page, far from the headline: only near it
    blocks[1] = blocks[20];
    EXPECT_EQ(date_of(blocks), "2010-05-19");
    blocks[1] = "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Debian und allerlei Software.";
    EXPECT_EQ(date_of(blocks), "2014-05-06");
    blocks[1] = "Menu item";
    blocks[20] = "Mise en ligne";
    blocks[21] = "23 mai 2019";
    EXPECT_EQ(date_of(blocks), "2019-05-23");
    blocks[20] = "Le concert du";  // no publishing word: a date of the story
    EXPECT_EQ(date_of(blocks), "none");
}

TEST(PublicationDate, NeverGuessesFromTheStory) {
    EXPECT_EQ(
        date_of({"Headline", "Maduro's re-election in 2018 was disputed, and in 2020 the talks failed.",
                 "The vote on 20 April 2018 was the subject of a long report by observers who said it was flawed."}),
        "none");
}

}  // namespace
}  // namespace newsdex
