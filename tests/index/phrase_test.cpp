/** @file phrase_test.cpp
 *  @brief Phrase, NEAR and ADJ searches on a real index: which articles match.
 */
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/index/index_run.hpp"
#include "common/search/searcher.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

std::string article(std::string_view title, std::string_view body) {
    return "---\ndate: 2022-03-01\nsource: Test Wire\n---\n" + std::string(title) + "\n\n" + std::string(body) + "\n";
}

class PhraseTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        folder_ = new testing::TemporaryFolder();
        auto corpus = folder_->path() / "corpus";
        testing::write_file(corpus, "a.txt",
                            article("Central bank raises interest rates",
                                    "The central bank raised interest rates on Monday, its governor said in a "
                                    "statement to reporters in the capital.\n\nMarkets had expected the move after "
                                    "weeks of rising prices across the economy."));
        testing::write_file(corpus, "b.txt",
                            article("District bank closes branch",
                                    "The bank in the central district closed its doors on Friday after a long "
                                    "decline in customers.\n\nStaff were offered jobs at other branches, a "
                                    "spokesman for the company said."));
        testing::write_file(corpus, "c.txt",
                            article("Savers look for better returns",
                                    "Savers complained that rates of interest on deposits had stayed low for years "
                                    "while prices rose.\n\nSome moved their savings abroad, according to a survey "
                                    "published this week."));
        testing::write_file(corpus, "d.txt",
                            article("Fraud warnings go out by e-mail",
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

}  // namespace
}  // namespace newsdex
