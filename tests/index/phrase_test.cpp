/** @file phrase_test.cpp
 *  @brief Phrase, NEAR and ADJ searches on a real index: which articles match.
 */
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/index/index_run.hpp"
#include "common/search/searcher.hpp"
#include "tests/support/same_answers.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

class PhraseTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        folder_ = new testing::TemporaryFolder();
        auto corpus = folder_->path() / "corpus";
        testing::write_file(
            corpus, "a.txt",
            testing::article("Central bank raises interest rates",
                             "The central bank raised interest rates on Monday, its governor said in a "
                             "statement to reporters in the capital.\n\nMarkets had expected the move after "
                             "weeks of rising prices across the economy."));
        testing::write_file(corpus, "b.txt",
                            testing::article("District bank closes branch",
                                             "The bank in the central district closed its doors on Friday after a long "
                                             "decline in customers.\n\nStaff were offered jobs at other branches, a "
                                             "spokesman for the company said."));
        testing::write_file(
            corpus, "c.txt",
            testing::article("Savers look for better returns",
                             "Savers complained that rates of interest on deposits had stayed low for years "
                             "while prices rose.\n\nSome moved their savings abroad, according to a survey "
                             "published this week."));
        testing::write_file(
            corpus, "d.txt",
            testing::article("Fraud warnings go out by e-mail",
                             "Customers received an e-mail warning them about fraud attempts during the "
                             "holiday season.\n\nThe warning came from the company's security team, which "
                             "asked customers to report anything unusual."));
        run_index({folder_->path() / "db", corpus, false, false, 500, 1}, {});
    }
    static void TearDownTestSuite() { delete folder_; }

    /// The file names of every article matching `query`, sorted.
    static std::vector<std::string> matches(const std::string& query) {
        auto database = open_database((folder_->path() / "db").string());
        SearchRequest request;
        request.query = query;
        request.limit = 100;
        auto result = run_search(database, request, {"[", "]"});
        std::vector<std::string> names;
        for (const auto& hit : result.hits) names.push_back(hit.article.path);
        std::sort(names.begin(), names.end());
        EXPECT_EQ(result.total, names.size()) << query;
        return names;
    }
    using Names = std::vector<std::string>;
    static testing::TemporaryFolder* folder_;
};

testing::TemporaryFolder* PhraseTest::folder_ = nullptr;

TEST_F(PhraseTest, WordsMatchAnywhereButAPhraseOnlyInOrderAndAdjacent) {
    EXPECT_EQ(matches("central bank"), (Names{"a.txt", "b.txt"}));
    EXPECT_EQ(matches("\"central bank\""), (Names{"a.txt"}));
    EXPECT_EQ(matches("\"bank central\""), Names{});
    EXPECT_EQ(matches("\"interest rates\""), (Names{"a.txt"}));
    EXPECT_EQ(matches("\"central bank raised interest rates\""), (Names{"a.txt"}));
}

TEST_F(PhraseTest, PhrasesMatchStemsAndHyphenatedWords) {
    EXPECT_EQ(matches("\"Central Banks\""), (Names{"a.txt"}));
    EXPECT_EQ(matches("e-mail"), (Names{"d.txt"}));
    EXPECT_EQ(matches("\"fraud attempt\""), (Names{"d.txt"}));
}

TEST_F(PhraseTest, APhraseDoesNotSpanTheHeadlineAndTheBody) {
    EXPECT_EQ(matches("\"rates the\""), Names{});
    EXPECT_EQ(matches("\"rates the\" OR \"the central\""), (Names{"a.txt", "b.txt"}));
}

TEST_F(PhraseTest, NearMatchesInAnyOrderWithinTheWindowAndAdjInOrder) {
    EXPECT_EQ(matches("interest NEAR rates"), (Names{"a.txt", "c.txt"}));
    EXPECT_EQ(matches("interest NEAR/1 rates"), (Names{"a.txt"}));
    EXPECT_EQ(matches("interest NEAR/2 rates"), (Names{"a.txt", "c.txt"}));
    EXPECT_EQ(matches("rates ADJ interest"), (Names{"c.txt"}));
    EXPECT_EQ(matches("interest ADJ rates"), (Names{"a.txt"}));
}

TEST_F(PhraseTest, PhrasesCombineWithBooleanOperatorsAndFields) {
    EXPECT_EQ(matches("\"central bank\" OR savings"), (Names{"a.txt", "c.txt"}));
    EXPECT_EQ(matches("bank -\"central bank\""), (Names{"b.txt"}));
    EXPECT_EQ(matches("title:\"district bank\""), (Names{"b.txt"}));
    EXPECT_EQ(matches("title:\"central district\""), Names{});
    EXPECT_EQ(matches("\"central district\" country:US"), Names{});
}

TEST_F(PhraseTest, APageOfOneCountsEveryMatchAndShowsTheBest) {
    // The page and the count are matched apart, the count reusing the page's phrase
    // checks (searcher.cpp, position_check.hpp): a page that checked fewer articles than
    // match must not shorten the count.
    auto database = open_database((folder_->path() / "db").string());
    for (const std::string query : {"\"central bank\" OR savings", "bank -\"central bank\"", "interest NEAR/2 rates",
                                    "\"rates the\" OR \"the central\"", "\"interest rates\" OR prices"}) {
        SearchRequest request;
        request.query = query;
        request.limit = 100;
        auto all = run_search(database, request, {"[", "]"});
        request.limit = 1;
        auto first = run_search(database, request, {"[", "]"});
        EXPECT_EQ(first.total, all.total) << query;
        ASSERT_EQ(first.hits.size(), std::min<std::size_t>(1, all.hits.size())) << query;
        if (!all.hits.empty()) {
            EXPECT_EQ(first.hits[0].article.path, all.hits[0].article.path) << query;
        }
    }
}

/// The lower-cased words of a file, in order.
std::vector<std::string> words_of(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    std::vector<std::string> words;
    std::string word;
    for (char c : text.str() + " ") {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    return words;
}

/// Phrases, reversed phrases, NEAR and ADJ queries made from the words of real articles.
std::vector<std::string> positional_queries(const std::vector<std::filesystem::path>& files) {
    std::vector<std::string> queries;
    for (const auto& file : files) {
        auto words = words_of(file);
        for (std::size_t i = 0; i + 3 < words.size(); i += 7) {
            const auto &a = words[i], &b = words[i + 1], &c = words[i + 2], &d = words[i + 3];
            queries.push_back("\"" + a + " " + b + "\"");
            queries.push_back("\"" + b + " " + a + "\"");
            queries.push_back("\"" + a + " " + b + " " + c + "\"");
            queries.push_back(a + " NEAR/2 " + d);
            queries.push_back(d + " ADJ/3 " + a);
            queries.push_back(a + " ADJ/3 " + d + " OR \"" + c + " " + d + "\"");
        }
    }
    return queries;
}

/// The same articles indexed standalone (positions in newsdex's position maps) and as a
/// shard (positions in Xapian's own table) answer every positional query alike: same
/// total, same articles in the same order.
TEST(PositionMaps, MatchWhatXapiansOwnPositionsMatch) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    std::filesystem::create_directories(corpus);
    testing::copy_seed_corpus(corpus);
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(testing::seed_corpus())) files.push_back(entry);
    auto labelled = std::filesystem::path(NEWSDEX_SOURCE_DIR) / "tests/labelled/articles";
    for (const auto& entry : std::filesystem::directory_iterator(labelled)) {
        std::filesystem::copy_file(entry.path(), corpus / entry.path().filename());
        files.push_back(entry);
    }
    auto [standalone, shard] = testing::index_both_layouts(folder.path(), corpus);
    ASSERT_FALSE(standalone.xapian.has_positions());
    ASSERT_TRUE(shard.xapian.has_positions());
    std::size_t queries = 0, matching = 0;
    for (const auto& query : positional_queries(files)) {
        std::size_t total = 0;
        ASSERT_TRUE(testing::same_answers(shard, standalone, query, &total));
        ++queries;
        if (total > 0) ++matching;
    }
    EXPECT_GT(queries, 300u);
    EXPECT_GT(matching, queries / 3);
}

// Xapian reads "U.S." in capitals as "us"; newsdex folds first, and had made it "u" and
// "s", so a search for "US" missed the articles that wrote "U.S." and the other way round.
// Now it is "us" in any case (text/acronyms.hpp).
TEST(Acronyms, WithFullStopsOrWithoutTheyAreOneWordAsHyphenatedWordsAreJoined) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    testing::write_file(corpus, "dotted.txt",
                        testing::article("Talks with U.S. negotiators",
                                         "U.S. negotiators met officials from the U.K. on Tuesday, the ministry "
                                         "said.\n\nExports rose 1.5 pct in the quarter to 10,000.50 tonnes. A new "
                                         "e-mail inbox was set up."));
    testing::write_file(corpus, "plain.txt",
                        testing::article("US firms expand on-line",
                                         "US firms hired more staff this year than last, a survey of employers "
                                         "found.\n\nThe UK saw the same, e.g. in retail. A new email inbox "
                                         "opened."));
    run_index({folder.path() / "db", corpus, false, false, 500, 1}, {});
    auto database = open_database((folder.path() / "db").string());
    auto matches = [&](const std::string& query) {
        SearchRequest request;
        request.query = query;
        auto result = run_search(database, request, {"[", "]"});
        std::vector<std::string> names;
        for (const auto& hit : result.hits) names.push_back(hit.article.path);
        std::sort(names.begin(), names.end());
        return names;
    };
    using Names = std::vector<std::string>;
    for (const char* query : {"US", "U.S.", "u.s.", "U.S", "us"}) {
        EXPECT_EQ(matches(query), (Names{"dotted.txt", "plain.txt"})) << query;
    }
    EXPECT_EQ(matches("\"us negotiators\""), Names{"dotted.txt"});
    EXPECT_EQ(matches("\"U.S. firms\""), Names{"plain.txt"});
    EXPECT_EQ(matches("UK"), (Names{"dotted.txt", "plain.txt"}));
    EXPECT_EQ(matches("\"rose 1.5 pct\""), Names{"dotted.txt"});
    EXPECT_EQ(matches("10,000.50"), Names{"dotted.txt"});
    EXPECT_EQ(matches("e.g."), Names{"plain.txt"});
    // A hyphenated word is found by its parts and joined; so is the joined word.
    for (const char* query : {"email", "e-mail", "\"e-mail inbox\"", "\"email inbox\"", "\"new email\""}) {
        EXPECT_EQ(matches(query), (Names{"dotted.txt", "plain.txt"})) << query;
    }
    EXPECT_EQ(matches("mail"), Names{"dotted.txt"});
    EXPECT_EQ(matches("title:online"), Names{"plain.txt"});
    EXPECT_EQ(matches("title:on-line"), Names{"plain.txt"});
    EXPECT_EQ(matches("eg"), Names{"plain.txt"});

    SearchRequest request;
    request.query = "US negotiators";
    auto result = run_search(database, request, {"[", "]"});
    EXPECT_EQ(result.total, 1u);  // the other article has "US" only: shown after it, as partial
    ASSERT_FALSE(result.hits.empty());
    EXPECT_NE(result.hits[0].snippet.find("[U.S.] [negotiators]"), std::string::npos) << result.hits[0].snippet;
    request.query = "1.5";
    result = run_search(database, request, {"[", "]"});
    ASSERT_EQ(result.hits.size(), 1u);
    EXPECT_NE(result.hits[0].snippet.find("[1.5]"), std::string::npos) << result.hits[0].snippet;
}

}  // namespace
}  // namespace newsdex
