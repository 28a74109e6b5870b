/** @file clean_test.cpp
 *  @brief The cleaner on the seed articles and on page layouts they do not show.
 */
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cctype>

#include "common/clean/blocks.hpp"
#include "common/clean/cleaner.hpp"
#include "common/corpus/article.hpp"
#include "common/text/fold.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

CleanedArticle clean_seed(const std::string& name) {
    Article article = parse_article(name, read_file_bytes(testing::seed_corpus() / name));
    return clean_article(article.text, article.front_matter.title);
}

std::string body_of(const CleanedArticle& cleaned) {
    std::string body;
    for (const auto& paragraph : cleaned.paragraphs) body += paragraph + "\n";
    return body;
}

bool contains(const std::vector<std::string>& items, std::string_view needle) {
    for (const auto& item : items) {
        if (item.find(needle) != std::string::npos) return true;
    }
    return false;
}

TEST(Cleaner, FindsTheRealHeadline) {
    struct Case {
        std::string file, title;
    };
    for (const auto& c : std::vector<Case>{
             {"000_41d6a0b42ad03812.txt",
              "Russian foreign minister visits Caracas and reaffirms support of Venezuela's Maduro"},
             {"001_eef9a23f306ae3c0.txt", "Russia Sends Lavrov to Venezuela to 'Counteract' U.S. Sanctions"},
             {"002_ab7a3176a705019b.txt", "Lavrov visits Venezuela, reiterates Russia’s support for Maduro"},
             {"003_0c458d65d6a68d00.txt", "Russia Reaffirms Support for Venezuelan Sovereignty"},
             {"004_9158c71ca589a889.txt", "Venezuelan Vice President meets Russia’s “good friend” Lavrov"}}) {
        EXPECT_EQ(clean_seed(c.file).title, c.title) << c.file;
    }
}

TEST(Cleaner, DropsDonationAppealsButKeepsTheGluedStorySentence) {
    auto cleaned = clean_seed("000_41d6a0b42ad03812.txt");
    std::string body = body_of(cleaned);
    EXPECT_EQ(body.find("Your support"), std::string::npos);
    EXPECT_EQ(body.find("donation"), std::string::npos);
    EXPECT_NE(body.find("Russian Foreign Minister Sergei Lavrov reaffirmed Tuesday"), std::string::npos);
    EXPECT_TRUE(contains(cleaned.removed, "Your support makes all the difference."));
}

TEST(Cleaner, DropsAppealSectionsWidgetsAndTeasers) {
    std::string body_001 = body_of(clean_seed("001_eef9a23f306ae3c0.txt"));
    for (const char* furniture :
         {"Enjoying ad-free", "Dear readers", "unprecedented challenges", "Monthly", "Remind me later"}) {
        EXPECT_EQ(body_001.find(furniture), std::string::npos) << furniture;
    }
    EXPECT_NE(body_001.find("ministry spokeswoman Maria Zakharova said"), std::string::npos);
    auto cleaned_002 = clean_seed("002_ab7a3176a705019b.txt");
    std::string body_002 = body_of(cleaned_002);
    for (const char* furniture : {"Advertisement", "newsletter", "Don't miss", "Alaska summit", "snapback"}) {
        EXPECT_EQ(body_002.find(furniture), std::string::npos) << furniture;
    }
    EXPECT_TRUE(contains(cleaned_002.removed, "EPA-EFE/SERGEI CHIRIKOV"));
    EXPECT_NE(body_002.find("Hugo Chávez"), std::string::npos);
}

TEST(Cleaner, DropsPhotoCreditsCommentFormsAndNavigation) {
    auto cleaned = clean_seed("004_9158c71ca589a889.txt");
    std::string body = body_of(cleaned);
    for (const char* furniture : {"Getty Images", "AP Photo", "Leave a Reply", "email address", "listen to Fox News"}) {
        EXPECT_EQ(body.find(furniture), std::string::npos) << furniture;
    }
    EXPECT_NE(body.find("did not immediately respond to requests for comment"), std::string::npos);
    std::string body_003 = body_of(clean_seed("003_0c458d65d6a68d00.txt"));
    EXPECT_EQ(body_003.find("Skip to Navigation"), std::string::npos);
    EXPECT_NE(body_003.find("Caracas, February 6, 2017"), std::string::npos);
}

/// A page of navigation, a headline, two story paragraphs and whatever `ending` adds
/// after them, then a footer menu.
std::string page_ending_with(const std::string& ending) {
    return "Home\n\nWorld\n\nBusiness\n\nSport\n\n"
           "Harbour strike halts exports for a third day\n\n"
           "The strike at the country's largest port entered its third day on Wednesday, and the "
           "shipping companies said that they had started to send their vessels to other ports in the region.\n\n"
           "The union said that it would not end the strike until the port authority agreed to talk about "
           "the new shift rules, which it says were introduced without any consultation with the workers.\n\n" +
           ending + "Contact\n\nCareers\n\nTerms\n\nAdvertise\n\nHelp\n";
}

TEST(Cleaner, DropsLabelledImageCreditsAndCaptions) {
    // A news site's labels before a photo's credit and caption, as a text dump keeps them
    // between the story's paragraphs.
    std::string page =
        "Home\n\nWorld\n\nHarbour strike halts exports for a third day\n\n"
        "The strike at the country's largest port entered its third day on Wednesday, and the "
        "shipping companies said that they had started to send their vessels to other ports in the region.\n\n"
        "Image copyright Getty Images\n\n"
        "Image caption Dock workers gathered outside the port on Tuesday\n\n"
        "Media captionHow the strike began\n\n"
        "The union said that it would not end the strike until the port authority agreed to talk about "
        "the new shift rules, which it says were introduced without any consultation with the workers.\n\n"
        "Contact\n\nCareers\n";
    std::string body = body_of(clean_article(page, std::nullopt));
    for (const char* furniture : {"Getty Images", "Dock workers gathered", "How the strike began"}) {
        EXPECT_EQ(body.find(furniture), std::string::npos) << furniture;
    }
    EXPECT_NE(body.find("entered its third day"), std::string::npos);
    EXPECT_NE(body.find("without any consultation"), std::string::npos);
}

TEST(Cleaner, KeepsAShortSentenceThatTouchesTheStory) {
    // jusText would drop it: a short block between story and furniture.
    auto cleaned = clean_article(page_ending_with("Talks are expected to resume on Friday.\n\n"), std::nullopt);
    EXPECT_NE(body_of(cleaned).find("Talks are expected to resume on Friday."), std::string::npos);
    EXPECT_EQ(body_of(cleaned).find("Careers"), std::string::npos);
    // A fragment (no capital) or a bare label is not a sentence of the story.
    auto fragment = clean_article(page_ending_with("the newYou can now listen to our articles!\n\n"), std::nullopt);
    EXPECT_EQ(body_of(fragment).find("listen to our articles"), std::string::npos);
}

// A credit signed with a publisher's initials and a slash goes, and only it: the lead and
// the story around it stay (cleaneval-dev: "MSG/Violetta Belaev", "PAP/ Rafał Guz"); a
// short line between story paragraphs that only looks so ("AC/DC Back In Black") stays.
TEST(Cleaner, DropsCreditsSignedWithInitials) {
    auto cleaned = clean_article(page_ending_with("MSG/Violetta Belaev\n\n"
                                                  "The port authority said on Thursday that it was ready to meet the "
                                                  "union's leaders next week, though not to withdraw the new rules.\n\n"
                                                  "AC/DC Back In Black\n\n"
                                                  "Shipping agents said that the backlog would take weeks to clear, "
                                                  "whatever the outcome of the talks between the two sides.\n\n"),
                                 std::nullopt);
    std::string body = body_of(cleaned);
    EXPECT_EQ(body.find("Violetta Belaev"), std::string::npos);
    EXPECT_TRUE(contains(cleaned.removed, "MSG/Violetta Belaev"));
    EXPECT_NE(body.find("ready to meet the union's leaders"), std::string::npos);
    EXPECT_NE(body.find("AC/DC Back In Black"), std::string::npos);
    EXPECT_NE(body.find("backlog would take weeks"), std::string::npos);
}

// Donation appeals in the other languages with stop-word lists go as the English ones do.
TEST(Cleaner, DropsDonationAppealsInOtherLanguages) {
    std::string story =
        "Gesundheit für alle\n\n"
        "Das Rote Kreuz hat am Montag in Berlin vor den Folgen der Hitzewelle gewarnt, die in diesem Sommer "
        "viele ältere Menschen in den Städten und auf dem Land getroffen hat.\n\n"
        "Nach Angaben der Organisation seien in den vergangenen Wochen mehr als tausend Menschen in die "
        "Krankenhäuser gebracht worden, weil sie nicht genug getrunken hätten.\n\n"
        "Jede kleine Spende hilft den notleidenden Menschen dieser Welt!\n\n";
    auto cleaned = clean_article(story, std::nullopt);
    EXPECT_NE(body_of(cleaned).find("Hitzewelle"), std::string::npos);
    EXPECT_EQ(body_of(cleaned).find("Spende"), std::string::npos);
    EXPECT_TRUE(contains(cleaned.removed, "Jede kleine Spende hilft"));
}

// The page's language is that of its prose: blocks of addresses and file names (an image
// gallery's 40 lines on a German page) vote for no language, however many words they hold.
TEST(Cleaner, LanguageOfTheProseBesideLinesOfAddresses) {
    std::string story =
        "Gigafabrik wächst\n\n"
        "Das Unternehmen investiert weitere 275 Millionen Dollar in seine Fabrik in Tennessee. Damit soll das "
        "Volumen des Werks von den ursprünglich geplanten 35 auf 50 Gigawattstunden pro Jahr wachsen.\n\n"
        "Die Produktion soll Ende 2023 beginnen, wie der Hersteller am Dienstag mitteilte.\n\n";
    for (int line = 0; line < 40; ++line) {
        story += fmt::format(
            "https://news.example/wp-content/uploads/2022/11/battery-cell-plant-{}.jpg 1707 2560 "
            "Redaktion https://news.example/wp-content/uploads/2021/01/logo-1030x568.png\n\n",
            line);
    }
    auto cleaned = clean_article(story, std::nullopt);
    EXPECT_EQ(cleaned.language, "de");
    EXPECT_NE(body_of(cleaned).find("Gigawattstunden"), std::string::npos);
}

TEST(Cleaner, KeepsAShortListIntroducedByAColon) {
    auto cleaned = clean_article(page_ending_with("The union has three demands:\n\nHigher pay\n\nShorter shifts\n\n"
                                                  "A say in the rules\n\n"),
                                 std::nullopt);
    std::string body = body_of(cleaned);
    for (const char* item : {"three demands:", "Higher pay", "Shorter shifts", "A say in the rules"}) {
        EXPECT_NE(body.find(item), std::string::npos) << item;
    }
    EXPECT_EQ(body.find("Contact"), std::string::npos);  // more than a short list: a menu
}

TEST(Cleaner, TellsATeaserFromAParagraphThatTrailsOff) {
    std::string trailing =
        "Asked whether the government would step in, the minister said only that everyone should wait and see, "
        "that the port had been through worse, that the workers had their reasons, that the companies had theirs, "
        "and that the country needed its exports to keep moving, and soon...\n\n";
    auto kept = clean_article(page_ending_with(trailing), std::nullopt);
    EXPECT_NE(body_of(kept).find("the workers had their reasons"), std::string::npos);
    auto teaser = clean_article(
        page_ending_with("Floods close the coastal road as rivers burst their banks after...\n\n"), std::nullopt);
    EXPECT_EQ(body_of(teaser).find("Floods close the coastal road"), std::string::npos);
}

TEST(Cleaner, KeepsAPlainArticleWhole) {
    std::string text =
        "Oil prices rise on supply fears\n\n"
        "Oil prices rose on Monday as traders worried about supplies from the Gulf.\n\n"
        "Brent crude was up 2% at $80 a barrel by midday in London.\n\n"
        "Analysts said the rise could continue if the dispute was not resolved.\n";
    auto cleaned = clean_article(text, std::nullopt);
    EXPECT_EQ(cleaned.title, "Oil prices rise on supply fears");
    EXPECT_EQ(cleaned.paragraphs.size(), 3u);
    EXPECT_TRUE(cleaned.removed.empty());
}

TEST(Cleaner, JoinsHardWrappedWireCopy) {
    std::string text =
        "TOWER REPORT DIMINISHES REAGAN'S HOPES\n\n"
        "The Tower Commission report, which\n"
        "says President Reagan was ignorant about much of the Iran arms\n"
        "deal, just about ends his prospects of regaining political\n"
        "dominance in Washington, political analysts said.\n"
        "    \"This is certification of incompetence,\" private political\n"
        "analyst Stephen Hess told Reuters in commenting on the Tower\n"
        "report made public today.\n";
    auto cleaned = clean_article(text, std::nullopt);
    EXPECT_EQ(cleaned.title, "TOWER REPORT DIMINISHES REAGAN'S HOPES");
    ASSERT_EQ(cleaned.paragraphs.size(), 2u);
    EXPECT_NE(cleaned.paragraphs[0].find("which says President Reagan"), std::string::npos);
}

// The sign-off on its own short line is no part of the last paragraph, which a name-dense
// sentence ending in "Reuter" would otherwise lose; upper-case copy is joined too.
TEST(Cleaner, WireSignOffAndUpperCaseWrapping) {
    std::string text =
        "ARGENTINE DEBT NEGOTIATOR CONFIDENT OF ACCORD\n\n"
        "Argentina's chief debt negotiator said he was confident of a\n"
        "prompt accord with international creditor banks for rescheduling\n"
        "the country's foreign debt, officials said on Friday.\n"
        "    Brodersohn held talks in New York with U.S. Treasury\n"
        "Secretary James Baker, Federal Reserve chief Paul Volcker and\n"
        "International Monetary Fund (IMF) head Michel Camdessus.\n"
        " Reuter\n";
    auto cleaned = clean_article(text, std::nullopt);
    ASSERT_EQ(cleaned.paragraphs.size(), 2u);
    EXPECT_EQ(cleaned.paragraphs[1].substr(0, 19), "Brodersohn held tal");
    EXPECT_TRUE(cleaned.paragraphs[1].ends_with("Michel Camdessus."));

    std::string upper = text;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto cleaned_upper = clean_article(upper, std::nullopt);
    ASSERT_EQ(cleaned_upper.paragraphs.size(), 2u);
    EXPECT_NE(cleaned_upper.paragraphs[0].find("OF A PROMPT ACCORD"), std::string::npos);
}

// Wire copy's first line is its headline, however short, and "W. GERMANY" is an initial,
// not the end of a sentence.
TEST(Cleaner, ShortAndAbbreviatedWireHeadlines) {
    std::string story =
        "\n\nLONDON, MARCH 5, 1987 - OIL PRICES ROSE ON THURSDAY AS TRADERS WORRIED ABOUT SUPPLY FROM "
        "THE GULF, DEALERS SAID. BRENT CRUDE CLIMBED TO 18 DLRS A BARREL IN EARLY TRADING.\n";
    EXPECT_EQ(clean_article("OIL PRICES RISE" + story, std::nullopt).title, "OIL PRICES RISE");
    EXPECT_EQ(clean_article("W. GERMANY, BOLIVIA SIGN TWO PACTS" + story, std::nullopt).title,
              "W. GERMANY, BOLIVIA SIGN TWO PACTS");
}

TEST(Cleaner, StripsInlineCredits) {
    std::vector<std::string> removed;
    EXPECT_EQ(strip_inline_credits("Troops patrol the border. (AP Photo/Jane Doe)", removed),
              "Troops patrol the border.");
    EXPECT_EQ(removed, std::vector<std::string>{"(AP Photo/Jane Doe)"});
    EXPECT_EQ(strip_inline_credits("The talks (the first since 2019) ended.", removed),
              "The talks (the first since 2019) ended.");
    // German lead-ins and stock-photo libraries: the photographer is no one the story names.
    EXPECT_EQ(strip_inline_credits("Das Forum reagiert. (Symbolbild: Alex T./AdobeStock)", removed),
              "Das Forum reagiert.");
    EXPECT_EQ(strip_inline_credits("Der Bundespräsident sprach. (KNA/iz)", removed), "Der Bundespräsident sprach.");
}

TEST(CollapseWhitespace, OneSpaceBetweenWordsNoneAtTheEnds) {
    EXPECT_EQ(collapse_whitespace("  a\t\n b\r\n\vc\f d  "), "a b c d");
    // Unicode white space too (no-break, em space, line separator); other controls stay.
    EXPECT_EQ(collapse_whitespace("a\u00a0b\u2003\u2028c"), "a b c");
    EXPECT_EQ(collapse_whitespace("a\x1c b"), "a\x1c b");
    EXPECT_EQ(collapse_whitespace("Nicolás  Maduro —  Caracas"), "Nicolás Maduro — Caracas");
    EXPECT_EQ(collapse_whitespace(" \t\n"), "");
}

}  // namespace
}  // namespace newsdex
