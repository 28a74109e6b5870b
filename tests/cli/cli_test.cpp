/** @file cli_test.cpp
 *  @brief End-to-end: the two binaries run as a user runs them, JSON compared as data.
 */
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <xapian.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "tests/support/command.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

using testing::CommandResult;
using testing::quote;
using testing::run_command;

class CliTest : public ::testing::Test {
  protected:
    void SetUp() override {
        corpus_ = folder_.path() / "corpus";
        database_ = (folder_.path() / "db").string();
        std::filesystem::create_directories(corpus_);
        testing::copy_seed_corpus(corpus_);
        ASSERT_EQ(index().exit_code, 0);
    }
    CommandResult index() {
        return run_command(quote(NEWSDEX_INDEX_BINARY) + " --quiet --db " + quote(database_) + " --corpus " +
                           quote(corpus_.string()));
    }
    CommandResult search(const std::string& arguments) {
        return run_command(quote(NEWSDEX_SEARCH_BINARY) + " --db " + quote(database_) + " " + arguments);
    }
    nlohmann::json search_json(const std::string& arguments) {
        CommandResult result = search("--format json " + arguments);
        return nlohmann::json::parse(result.out);
    }
    static std::set<std::string> paths(const nlohmann::json& result) {
        std::set<std::string> found;
        for (const auto& hit : result["hits"]) found.insert(hit["path"].get<std::string>());
        return found;
    }
    testing::TemporaryFolder folder_;
    std::filesystem::path corpus_;
    std::string database_;
};

TEST_F(CliTest, SanctionsFindsAtLeastThreeAndHighlights) {
    auto result = search_json("sanctions");
    EXPECT_GE(result["total"].get<int>(), 3);
    for (const auto& hit : result["hits"]) {
        std::string snippet = hit["snippet"];
        EXPECT_NE(snippet.find("**sanction"), std::string::npos) << snippet;
    }
    CommandResult text = search("--color never sanctions");
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_NE(text.out.find("**sanctions**"), std::string::npos);
}

std::vector<std::string> ordered_paths(const nlohmann::json& result) {
    std::vector<std::string> found;
    for (const auto& hit : result["hits"]) found.push_back(hit["path"].get<std::string>());
    return found;
}

TEST_F(CliTest, PersonAndYearFilters) {
    auto result = search_json("--person lavrov --year 2020");
    EXPECT_EQ(paths(result), (std::set<std::string>{"001_eef9a23f306ae3c0.txt", "002_ab7a3176a705019b.txt"}));
    for (const char* spelling : {"maduro", "'Nicolás Maduro'", "nicolas maduro", "'NICOLAS MADURO'"}) {
        EXPECT_EQ(search_json(std::string("--person ") + spelling)["total"], 5) << spelling;
    }
    EXPECT_EQ(search_json("--person 'Sergey Lavrov'")["total"], 5);
    // One word that is nobody's surname is a first given name, in any spelling.
    EXPECT_EQ(search_json("--person sergei")["total"], 5);
    EXPECT_EQ(search_json("--person sergey")["total"], 5);
    EXPECT_EQ(search_json("--person lavrov --person putin")["total"], 2);
    EXPECT_EQ(search_json("'person:putin OR person:guaido'")["total"], 3);
    EXPECT_EQ(search_json("--year 2017..2020")["total"], 3);
    EXPECT_EQ(search_json("--year 2017 --year 2024")["total"], 2);
    // --year takes one value: the words after it are the query, wherever it stands.
    auto year_first = search_json("--year 2020 sanctions");
    EXPECT_EQ(ordered_paths(year_first), ordered_paths(search_json("sanctions --year 2020")));
    EXPECT_GT(year_first["total"], 0);
    EXPECT_LT(year_first["total"], search_json("sanctions")["total"]);
}

TEST_F(CliTest, CountryFiltersAndFacets) {
    auto result = search_json("--country VE");
    EXPECT_EQ(result["total"], 5);
    EXPECT_EQ(search_json("--country venezuela")["total"], 5);
    EXPECT_EQ(search_json("country:ve")["total"], 5);
    // Filters without words list newest first.
    EXPECT_EQ(result["hits"][0]["path"], "000_41d6a0b42ad03812.txt");
    EXPECT_EQ(result["hits"][4]["path"], "003_0c458d65d6a68d00.txt");
    nlohmann::json expected_years = nlohmann::json::parse(
        R"([{"year":2017,"count":1},{"year":2020,"count":2},{"year":2022,"count":1},{"year":2024,"count":1}])");
    EXPECT_EQ(result["facets"]["years"], expected_years);
    EXPECT_EQ(result["facets"]["countries"][0]["count"], 5);
}

TEST_F(CliTest, AccentAndCaseInsensitive) {
    EXPECT_EQ(search_json("guaido")["total"], search_json("Guaidó")["total"]);
    EXPECT_EQ(search_json("GUAIDO")["total"], 2);
    EXPECT_EQ(search_json("'\"foreign minister\"'")["total"].get<int>(),
              search_json("'\"Foreign Minister\"'")["total"].get<int>());
}

TEST_F(CliTest, NoArticleWithEveryWordShowsThoseWithSome) {
    auto found = search_json("sanctions");
    ASSERT_GT(found["total"].get<int>(), 0);
    EXPECT_TRUE(found["total_with_some_words"].is_null());
    CommandResult none = search("--format json sanctions zzzzunknownword");
    EXPECT_EQ(none.exit_code, 0);  // articles are shown, though none has every word
    auto relaxed = nlohmann::json::parse(none.out);
    EXPECT_EQ(relaxed["total"], 0);
    EXPECT_EQ(relaxed["total_with_some_words"], found["total"]);
    EXPECT_TRUE(relaxed["facets"]["people"].empty());  // facets count the articles with every word
    EXPECT_EQ(ordered_paths(relaxed), ordered_paths(found));
    for (std::size_t at = 0; at < relaxed["hits"].size(); ++at) {
        EXPECT_TRUE(relaxed["hits"][at]["partial"].get<bool>());
        EXPECT_EQ(relaxed["hits"][at]["rank"], at + 1);
        EXPECT_NE(relaxed["hits"][at]["snippet"].get<std::string>().find("**"), std::string::npos);
    }
    CommandResult text = search("--color never sanctions zzzzunknownword");
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_NE(text.out.find("No article has every word; " + found["total"].dump() + " articles have some"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("With some of the words:"), std::string::npos) << text.out;
    // Filters still apply to the articles with some of the words.
    auto filtered = search_json("sanctions zzzzunknownword --year 2020");
    EXPECT_EQ(filtered["total_with_some_words"], search_json("sanctions --year 2020")["total"]);
    EXPECT_EQ(ordered_paths(filtered), ordered_paths(search_json("sanctions --year 2020")));
    // A date listing is the match set's own: the count, no hits.
    CommandResult by_date = search("--format json --sort date sanctions zzzzunknownword");
    EXPECT_EQ(by_date.exit_code, 1);
    EXPECT_TRUE(nlohmann::json::parse(by_date.out)["hits"].empty());
    EXPECT_EQ(nlohmann::json::parse(by_date.out)["total_with_some_words"], found["total"]);
    // What the user spelled out would not change under --any: nothing to relax.
    for (const char* query : {"'sanctions AND zzzzunknownword'", "'\"sanctions zzzzunknownword\"'",
                              "sanctions +zzzzunknownword", "zzzzunknownword"}) {
        CommandResult strict = search("--format json " + std::string(query));
        EXPECT_EQ(strict.exit_code, 1) << query;
        EXPECT_TRUE(nlohmann::json::parse(strict.out)["total_with_some_words"].is_null()) << query;
        EXPECT_TRUE(nlohmann::json::parse(strict.out)["hits"].empty()) << query;
    }
}

// A word the index lacks gets a spelling one edit away that it holds, in text and JSON;
// a query spelt right gets none. When no article has every word as typed, the results
// are those of that spelling ("corrected"); when some do, they stay the typed query's.
TEST_F(CliTest, MisspeltWordsGetADidYouMean) {
    auto misspelt = search_json("sanctons");
    auto right = search_json("sanctions");
    ASSERT_GT(right["total"].get<std::size_t>(), 0U);
    EXPECT_EQ(misspelt["did_you_mean"], "sanctions");
    EXPECT_EQ(misspelt["corrected"], true);
    EXPECT_EQ(misspelt["total"], right["total"]);
    EXPECT_EQ(misspelt["hits"], right["hits"]);
    EXPECT_EQ(misspelt["query"]["text"], "sanctons");  // as typed
    EXPECT_TRUE(right["did_you_mean"].is_null());
    EXPECT_EQ(right["corrected"], false);
    auto either = search_json("'sanctons OR venezuela'");
    EXPECT_GT(either["total"].get<std::size_t>(), 0U);
    EXPECT_EQ(either["did_you_mean"], "sanctions OR venezuela");
    EXPECT_EQ(either["corrected"], false);
    CommandResult text = search("--color never Sanctons");
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_NE(text.out.find("No article has every word as typed; showing results for: Sanctions\n"), std::string::npos)
        << text.out;
    CommandResult nothing = search("--color never zzzzunknownword");
    EXPECT_EQ(nothing.exit_code, 1);  // no near spelling: nothing to show
}

TEST_F(CliTest, ShortPageIsFilledWithArticlesThatHaveSomeOfTheWords) {
    auto every = search_json("'guaido AND sanctions'");  // spelled out: never relaxed
    auto some = search_json("--any guaido sanctions");
    std::size_t total = every["total"].get<std::size_t>();
    ASSERT_GT(total, 0U);
    ASSERT_GT(some["total"].get<std::size_t>(), total);  // the fixture has articles with one of the two
    auto page = search_json("guaido sanctions");
    EXPECT_EQ(page["total_with_some_words"], some["total"]);
    ASSERT_EQ(page["hits"].size(), some["hits"].size());
    std::set<std::string> with_every_word;
    for (std::size_t at = 0; at < page["hits"].size(); ++at) {
        const auto& hit = page["hits"][at];
        EXPECT_EQ(hit["rank"], at + 1);
        EXPECT_EQ(hit["partial"].get<bool>(), at >= total) << at;  // every-word articles first
        if (at < total) with_every_word.insert(hit["path"].get<std::string>());
    }
    EXPECT_EQ(with_every_word, paths(every));
    EXPECT_EQ(paths(page), paths(some));
    // The next page starts with the first article that has only some of the words.
    auto next = search_json("--offset " + std::to_string(total) + " --limit 1 guaido sanctions");
    ASSERT_EQ(next["hits"].size(), 1U);
    EXPECT_EQ(next["hits"][0]["path"], page["hits"][total]["path"]);
    EXPECT_EQ(next["hits"][0]["rank"], total + 1);
    // A full page of every-word articles gets none.
    auto full = search_json("--limit " + std::to_string(total) + " guaido sanctions");
    EXPECT_TRUE(full["total_with_some_words"].is_null());
    EXPECT_EQ(full["hits"].size(), total);
}

TEST_F(CliTest, QuestionWordsAreNotRequired) {
    auto question = search_json("'what are the sanctions against venezuela'");
    EXPECT_EQ(question["total"], search_json("sanctions venezuela")["total"]);
    EXPECT_EQ(question["query"]["xapian"].get<std::string>().find("what"), std::string::npos);
    // Kept in a phrase, after +, and when they are all the query has.
    EXPECT_NE(search_json("'\"the sanctions\"'")["query"]["xapian"].get<std::string>().find("the@"), std::string::npos);
    EXPECT_NE(search_json("'+the sanctions'")["query"]["xapian"].get<std::string>().find("the@"), std::string::npos);
    EXPECT_GT(search_json("the")["total"].get<int>(), 0);
    // Words that also name things are not dropped: "us" is the United States.
    EXPECT_NE(search_json("'us sanctions'")["query"]["xapian"].get<std::string>().find("us@"), std::string::npos);
}

// French and Italian glue elided articles to words: "l’Italie" is found by "italie",
// typed with its article or in a phrase, and highlighted without its article.
TEST_F(CliTest, WordsAfterElidedArticlesAreFound) {
    std::ofstream(corpus_ / "rome.txt")
        << "Le président arrive à Rome\n\n"
           "Le président d’Emmanuel Macron arrive à Rome : la visite vers l’Italie doit renforcer "
           "les liens entre Paris et Rome, selon l’Élysée. Les ministres parleront de l'énergie.\n";
    ASSERT_EQ(index().exit_code, 0);
    for (const char* query : {"italie", "l'italie", "L’Italie", "\"vers l’italie\"", "elysee", "l’energie"}) {
        auto found = search_json(quote(query));
        EXPECT_EQ(paths(found), std::set<std::string>{"rome.txt"}) << query;
        EXPECT_FALSE(found["hits"].empty()) << query;
    }
    EXPECT_NE(search_json("italie")["hits"][0]["snippet"].get<std::string>().find("l’**Italie**"), std::string::npos);
    EXPECT_EQ(search_json(quote("\"vers l’europe\""))["total"], 0);  // the phrase still holds its order
}

// Chinese and Japanese are written without spaces: any run of characters in the text is
// found, wherever it stands, and highlighted as one; characters that are there but not
// together are no match.
TEST_F(CliTest, ChineseAndJapaneseRunsAreFoundWithinLongerRuns) {
    std::ofstream(corpus_ / "hebei.txt")
        << "话剧《约定无期限》河北各市巡演结束\n\n"
           "6月3日上午，话剧《约定无期限》全省各市巡演活动来到张家口。话剧结尾，当扮演河北农大果树班毕业生的全体"
           "演员喊出誓言时，全场响起经久不息的掌声，许多观众流下感动的泪水。\n";
    std::ofstream(corpus_ / "tokyo.txt") << "東京で地震\n\n東京で地震がありました。けがをした人はいませんでした。\n";
    ASSERT_EQ(index().exit_code, 0);
    for (const char* query : {"河北", "张家口", "\"张家口\"", "来到张家口", "title:巡演", "河北 掌声"}) {
        EXPECT_EQ(paths(search_json(quote(query))), std::set<std::string>{"hebei.txt"}) << query;
    }
    EXPECT_EQ(paths(search_json("地震")), std::set<std::string>{"tokyo.txt"});
    EXPECT_EQ(paths(search_json("けが")), std::set<std::string>{"tokyo.txt"});
    EXPECT_EQ(search_json("北河")["total"], 0);  // both characters are there, never in this order
    std::string snippet = search_json("张家口")["hits"][0]["snippet"].get<std::string>();
    EXPECT_NE(snippet.find("来到**张家口**。"), std::string::npos) << snippet;
    EXPECT_EQ(search_json("河北")["hits"][0]["title"], "话剧《约定无期限》河北各市巡演结束");
}

TEST_F(CliTest, IndexHoldsOnlyCleanedText) {
    EXPECT_EQ(search("donation").exit_code, 1);
    EXPECT_EQ(search("newsletter").exit_code, 1);
}

TEST_F(CliTest, AddingAndDeletingAnArticle) {
    testing::write_file(corpus_, "005_norway.txt", testing::sixth_article);
    CommandResult again = index();
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_NE(again.out.find("1 added, 0 updated, 0 removed, 5 unchanged, 0 failed"), std::string::npos) << again.out;
    EXPECT_EQ(paths(search_json("arctic")), (std::set<std::string>{"005_norway.txt"}));
    EXPECT_EQ(search_json("--country NO")["total"], 2);
    std::filesystem::remove(corpus_ / "005_norway.txt");
    CommandResult removed = index();
    EXPECT_NE(removed.out.find("0 added, 0 updated, 1 removed, 5 unchanged"), std::string::npos) << removed.out;
    EXPECT_EQ(search("arctic").exit_code, 1);
}

TEST_F(CliTest, ACopyOfAnArticleNamesTheHitItRepeats) {
    // The same story scraped twice: the copies weigh the same and rank side by side.
    testing::write_file(corpus_, "005_norway.txt", testing::sixth_article);
    testing::write_file(corpus_, "006_norway_again.txt", testing::sixth_article);
    ASSERT_EQ(index().exit_code, 0);
    auto result = search_json("arctic");
    ASSERT_EQ(result["hits"].size(), 2u);
    const auto& first = result["hits"][0];
    const auto& second = result["hits"][1];
    EXPECT_TRUE(first["same_text_as"].is_null());
    EXPECT_EQ(second["same_text_as"], first["rank"]);
    EXPECT_EQ(result["total"], 2);  // still counted
    // The other articles repeat nothing.
    auto others = search_json("sanctions");
    for (const auto& hit : others["hits"]) EXPECT_TRUE(hit["same_text_as"].is_null()) << hit["path"];
    // The terminal shows the copy in one line, its snippet once.
    CommandResult text = search("--color never arctic");
    EXPECT_NE(text.out.find("same text as 1"), std::string::npos) << text.out;
    std::string snippet = first["snippet"];
    std::size_t shown = text.out.find(snippet);
    ASSERT_NE(shown, std::string::npos) << text.out;
    EXPECT_EQ(text.out.find(snippet, shown + 1), std::string::npos) << text.out;
}

TEST_F(CliTest, ASavedWebPageIsIndexedByItsTextAndMetadata) {
    testing::write_file(corpus_, "pages/storm.html", R"(<!DOCTYPE html><html><head>
<title>Storm floods Lisbon harbour - Example News</title>
<meta property="article:published_time" content="2021-03-04T08:00:00Z">
<meta property="og:site_name" content="Example News">
<script>window.dataLayer = [];</script></head>
<body><nav><a href="/">Home</a></nav><div class="story"><h1>Storm floods Lisbon harbour</h1>
<p>A storm flooded the harbour of Lisbon on Wednesday, Portuguese officials said.</p>
<p>Fishermen in Portugal moved their boats inland as the water rose.</p></div></body></html>)");
    CommandResult indexed = index();
    EXPECT_EQ(indexed.exit_code, 0) << indexed.err;
    auto result = search_json("harbour");
    ASSERT_EQ(result["total"], 1);
    const auto& hit = result["hits"][0];
    EXPECT_EQ(hit["path"], "pages/storm.html");
    EXPECT_EQ(hit["year"], 2021);
    EXPECT_EQ(hit["source"], "Example News");
    EXPECT_EQ(hit["title"], "Storm floods Lisbon harbour");  // the site's name left out
    EXPECT_EQ(search_json("--country PT harbour")["total"], 1);
    // Markup and scripts are no words of the article.
    for (const char* markup : {"doctype", "datalayer", "href"}) EXPECT_EQ(search(markup).exit_code, 1) << markup;
}

TEST_F(CliTest, ErrorsAreOneLineWithExitCodeTwo) {
    EXPECT_EQ(run_command(quote(NEWSDEX_SEARCH_BINARY) + " --db /nonexistent/db sanctions").exit_code, 2);
    EXPECT_EQ(search("--no-such-option x").exit_code, 2);
    EXPECT_EQ(search("--country atlantis").exit_code, 2);
    EXPECT_EQ(search("'country:atlantis'").exit_code, 2);
    EXPECT_EQ(search("--year 20x0").exit_code, 2);
    EXPECT_EQ(search("zzzzunknownword").exit_code, 1);
    // An option of several words given nothing but an empty one names itself.
    CommandResult empty = search("--country ''");
    EXPECT_EQ(empty.exit_code, 2);
    EXPECT_NE(empty.err.find("--country"), std::string::npos) << empty.err;
    // The indexer's counts are bounded too: 100,000 threads had failed as the database's
    // "Resource temporarily unavailable".
    for (const char* bad : {"--threads 100000", "--threads -1", "--batch 0"}) {
        CommandResult refused = run_command(quote(NEWSDEX_INDEX_BINARY) + " --db " + quote(database_) + " --corpus " +
                                            quote(corpus_.string()) + " " + bad);
        EXPECT_EQ(refused.exit_code, 2) << bad;
        EXPECT_NE(refused.err.find(std::string(bad).substr(0, 7)), std::string::npos) << refused.err;
    }
    // A negative count is no count (it had wrapped around to the largest size).
    for (const char* option : {"--limit", "--offset", "--facets"}) {
        CommandResult negative = search(std::string(option) + " -1 sanctions");
        EXPECT_EQ(negative.exit_code, 2) << option;
        EXPECT_NE(negative.err.find(option), std::string::npos) << negative.err;
    }
}

// "sanctions -oil": a word to leave out starts with a dash, which the command line
// had refused as an unknown option; it is a query word wherever it stands, "--" or not.
TEST_F(CliTest, AWordAfterADashIsLeftOut) {
    auto without_oil = search_json("sanctions -oil");
    EXPECT_EQ(without_oil["total"].get<int>() + search_json("sanctions oil")["total"].get<int>(),
              search_json("sanctions")["total"].get<int>());
    ASSERT_FALSE(paths(without_oil).empty());
    for (const auto& path : paths(without_oil)) EXPECT_FALSE(paths(search_json("oil")).contains(path)) << path;
    EXPECT_EQ(paths(search_json("-oil sanctions")), paths(without_oil));
    EXPECT_EQ(paths(search_json("-- sanctions -oil")), paths(without_oil));
    EXPECT_EQ(search("-h").exit_code, 0);  // still help
}

// A script's empty query after a filter ("--country VE \"$QUERY\"") is no word of the country.
TEST_F(CliTest, EmptyWordsAfterAFilterAreDropped) {
    EXPECT_EQ(search_json("--country VE ''")["total"], 5);
    EXPECT_EQ(search_json("--person maduro '' --country VE")["total"], 5);
}

TEST_F(CliTest, ExtractPrintsOneJsonObjectPerFile) {
    CommandResult result = run_command(quote(NEWSDEX_INDEX_BINARY) + " --extract " +
                                       quote((corpus_ / "003_0c458d65d6a68d00.txt").string()) + " " +
                                       quote((corpus_ / "000_41d6a0b42ad03812.txt").string()) + " --format json");
    EXPECT_EQ(result.exit_code, 0);
    std::size_t newline = result.out.find('\n');
    auto first = nlohmann::json::parse(result.out.substr(0, newline));
    auto second = nlohmann::json::parse(result.out.substr(newline + 1));
    EXPECT_EQ(first["title"], "Russia Reaffirms Support for Venezuelan Sovereignty");
    EXPECT_EQ(first["year"], 2017);
    EXPECT_EQ(first["year_source"], "front-matter");
    for (const char* key : {"path", "title", "date", "year", "year_source", "people", "countries", "body", "removed"}) {
        EXPECT_TRUE(first.contains(key)) << key;
    }
    EXPECT_EQ(second["people"][0]["name"], "Sergei Lavrov");
    EXPECT_EQ(second["countries"][0]["code"], "RU");
}

// "--extract" right before another option had taken that option and its value for files.
TEST_F(CliTest, ExtractRefusesAnOptionForAFile) {
    CommandResult result = run_command(quote(NEWSDEX_INDEX_BINARY) + " --extract --format text " +
                                       quote((corpus_ / "003_0c458d65d6a68d00.txt").string()));
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("'--format' is an option, not a FILE"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(CliTest, StatusTellsWhatIsStaleWithoutChangingAnything) {
    std::string status_command =
        quote(NEWSDEX_INDEX_BINARY) + " --status --db " + quote(database_) + " --corpus " + quote(corpus_.string());
    CommandResult clean = run_command(status_command);
    EXPECT_EQ(clean.exit_code, 0);
    EXPECT_NE(clean.out.find("5 articles indexed; 5 up to date, 0 new, 0 changed, 0 deleted; 0 failed"),
              std::string::npos)
        << clean.out;
    testing::write_file(corpus_, "005_norway.txt", testing::sixth_article);
    std::ofstream(corpus_ / "000_41d6a0b42ad03812.txt", std::ios::app) << "\nA late correction.\n";
    std::filesystem::remove(corpus_ / "004_9158c71ca589a889.txt");
    testing::write_file(corpus_, "broken.txt", "");
    CommandResult stale = run_command(status_command);
    EXPECT_NE(stale.out.find("3 up to date, 2 new, 1 changed, 1 deleted"), std::string::npos) << stale.out;
    EXPECT_NE(stale.out.find("changed  000_41d6a0b42ad03812.txt"), std::string::npos) << stale.out;
    EXPECT_NE(stale.out.find("deleted  004_9158c71ca589a889.txt"), std::string::npos) << stale.out;
    // Nothing changed: the index still has the deleted article and not the new one.
    EXPECT_EQ(search_json("--country VE")["total"], 5);
    (void)index();
    EXPECT_NE(run_command(status_command).out.find("failed   broken.txt: empty file"), std::string::npos);
}

TEST_F(CliTest, SecondIndexerSaysWhoHoldsTheLock) {
    Xapian::WritableDatabase holder((std::filesystem::path(database_) /
                                     [&] {
                                         std::ifstream stub(std::filesystem::path(database_) / "XAPIANDB");
                                         std::string kind, generation;
                                         stub >> kind >> generation;
                                         return generation;
                                     }())
                                        .string(),
                                    Xapian::DB_OPEN);
    testing::write_file(std::filesystem::path(database_), "writer.pid", "4242 1790000000\n");
    testing::write_file(corpus_, "005_norway.txt", testing::sixth_article);
    CommandResult second = index();
    EXPECT_EQ(second.exit_code, 2);
    EXPECT_NE(second.err.find("locked by another writer (newsdex-index process 4242"), std::string::npos) << second.err;
    EXPECT_NE(second.err.find("--wait"), std::string::npos);
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        holder.close();
    });
    CommandResult waited = run_command(quote(NEWSDEX_INDEX_BINARY) + " -q --wait --db " + quote(database_) +
                                       " --corpus " + quote(corpus_.string()));
    release.join();
    EXPECT_EQ(waited.exit_code, 0) << waited.err;
    EXPECT_NE(waited.out.find("1 added"), std::string::npos) << waited.out;
}

TEST_F(CliTest, HelpAndVersion) {
    CommandResult help = run_command(quote(NEWSDEX_SEARCH_BINARY) + " --help");
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("--person"), std::string::npos);
    EXPECT_NE(help.out.find("Examples"), std::string::npos);
    CommandResult version = run_command(quote(NEWSDEX_INDEX_BINARY) + " --version");
    EXPECT_NE(version.out.find("Xapian 1.4"), std::string::npos);
    EXPECT_NE(version.out.find("ICU"), std::string::npos);
}

/// A fresh build chooses the layout; later runs keep it, and only --rebuild changes it.
TEST_F(CliTest, ShardLayoutIsKeptUntilARebuild) {
    std::string index_command =
        quote(NEWSDEX_INDEX_BINARY) + " -q --db " + quote(database_) + " --corpus " + quote(corpus_.string());
    auto is_shard = [&] { return run_command(index_command + " --status").out.find(", a shard") != std::string::npos; };
    EXPECT_FALSE(is_shard());
    CommandResult refused = run_command(index_command + " --shard");
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("add --rebuild"), std::string::npos) << refused.err;
    ASSERT_EQ(run_command(index_command + " --shard --rebuild").exit_code, 0);
    EXPECT_TRUE(is_shard());
    testing::write_file(corpus_, "new/005_norway.txt", testing::sixth_article);
    ASSERT_EQ(run_command(index_command).exit_code, 0);
    EXPECT_TRUE(is_shard());
    EXPECT_EQ(search_json("'\"prime minister erna solberg\"'")["total"], 1);
    ASSERT_EQ(run_command(index_command + " --rebuild").exit_code, 0);
    EXPECT_FALSE(is_shard());
    EXPECT_EQ(search_json("'\"prime minister erna solberg\"'")["total"], 1);
}

/// Standalone indexes keep positions and facets where only newsdex-search reads them on a
/// single local index, so searching several at once is refused with what to do instead.
TEST_F(CliTest, SeveralStandaloneIndexesAreRefused) {
    testing::write_file(folder_.path(), "two.stub", "auto " + database_ + "\nauto " + database_ + "\n");
    CommandResult result =
        run_command(quote(NEWSDEX_SEARCH_BINARY) + " --db " + quote((folder_.path() / "two.stub").string()) + " oil");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("newsdex-index --shard"), std::string::npos) << result.err;
}

/// Two shards (newsdex-index --shard) served by stock xapian-tcpsrv and searched as one
/// database through a stub file give the same total, phrases included, and the same
/// exact facets as one local index.
TEST_F(CliTest, RemoteShardsCountFacetsExactly) {
    if (run_command("command -v xapian-tcpsrv").exit_code != 0) GTEST_SKIP() << "xapian-tcpsrv not installed";
    std::filesystem::path shard_corpus[2] = {folder_.path() / "c1", folder_.path() / "c2"};
    std::string shard_db[2] = {(folder_.path() / "d1").string(), (folder_.path() / "d2").string()};
    int index = 0;
    for (const auto& entry : std::filesystem::directory_iterator(corpus_)) {
        std::filesystem::create_directories(shard_corpus[index % 2]);
        std::filesystem::copy_file(entry.path(), shard_corpus[index++ % 2] / entry.path().filename());
    }
    std::random_device random;
    int base_port = 20000 + static_cast<int>(random() % 20000);
    std::string stub;
    for (int shard = 0; shard < 2; ++shard) {
        ASSERT_EQ(run_command(quote(NEWSDEX_INDEX_BINARY) + " -q --shard --db " + quote(shard_db[shard]) +
                              " --corpus " + quote(shard_corpus[shard].string()))
                      .exit_code,
                  0);
        std::string port = std::to_string(base_port + shard);
        // --one-shot: each server answers this test's one search and exits by itself.
        std::system(("xapian-tcpsrv --quiet --one-shot --interface 127.0.0.1 --port " + port + " " +
                     quote(shard_db[shard]) + " >/dev/null 2>&1 &")
                        .c_str());
        stub += "remote 127.0.0.1:" + port + "\n";
    }
    testing::write_file(folder_.path(), "shards.stub", stub);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    // The phrase must be checked on the servers: as plain AND it would match a fifth article.
    std::string query = " --country VE --facets 50 'sanctions OR \"minister foreign\"'";
    auto local = search_json(query);
    ASSERT_EQ(local["total"], search_json("--country VE sanctions")["total"]);
    ASSERT_LT(local["total"].get<int>(), search_json("--country VE 'sanctions OR (minister AND foreign)'")["total"]);
    auto remote =
        nlohmann::json::parse(run_command(quote(NEWSDEX_SEARCH_BINARY) + " --db " +
                                          quote((folder_.path() / "shards.stub").string()) + " --format json" + query)
                                  .out);
    EXPECT_EQ(remote["total"], local["total"]);
    EXPECT_EQ(remote["facets"], local["facets"]);
}

}  // namespace
}  // namespace newsdex
