/** @file proximity_test.cpp
 *  @brief Proximity ranking on a real index: articles with the query's words together
 *  come before articles where BM25 alone puts them, in a standalone index and a shard.
 */
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/index/index_run.hpp"
#include "common/search/searcher.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

class ProximityTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        folder_ = new testing::TemporaryFolder();
        auto corpus = folder_->path() / "corpus";
        // "apart" names both words twice, far from each other: BM25 alone ranks it first.
        testing::write_file(
            corpus, "apart.txt",
            testing::article("Tennis team named for the tie",
                             "The cup tie against Israel starts on Friday, the captain said. The team "
                             "trained all week in the rain before travelling, and the coach spoke of a "
                             "hard draw for young players who have never been there before. Fans of the "
                             "sport around the world hope for a good result. The cup has been held by "
                             "the same country for years, and the world of tennis watches it closely."));
        testing::write_file(corpus, "together.txt",
                            testing::article("Hosts bid for the tournament",
                                             "Hong Kong is hoping to host the next World Cup, its rugby union said on "
                                             "Friday. Officials will present the bid to the board in the spring, with "
                                             "plans for new stadiums and training grounds for visiting teams and their "
                                             "supporters across the city."));
        const char* others[] = {"Bank raises interest rates", "Film tops the box office", "Oil prices fall again",
                                "Schools get more money",     "Airline cuts routes",      "Election date named"};
        int number = 0;
        for (const char* title : others) {
            testing::write_file(corpus, "other" + std::to_string(number++) + ".txt",
                                testing::article(title,
                                                 "Officials said on Monday that the plans would be published in "
                                                 "the spring after talks with the unions and the board."));
        }
        for (bool shard : {false, true}) {
            IndexOptions options{folder_->path() / (shard ? "shard" : "standalone"), corpus, false, false, 500, 1};
            options.shard = shard;
            run_index(options, {});
        }
    }
    static void TearDownTestSuite() { delete folder_; }

    /// The articles of the first page of `query`, best first.
    static std::vector<std::string> ranked(const std::string& index, const std::string& query, bool proximity,
                                           std::size_t offset = 0) {
        auto database = open_database((folder_->path() / index).string());
        SearchRequest request;
        request.query = query;
        request.proximity = proximity;
        request.offset = offset;
        std::vector<std::string> names;
        for (const auto& hit : run_search(database, request, {"[", "]"}).hits) names.push_back(hit.article.path);
        return names;
    }
    using Names = std::vector<std::string>;
    static testing::TemporaryFolder* folder_;
};

testing::TemporaryFolder* ProximityTest::folder_ = nullptr;

TEST_F(ProximityTest, WordsTogetherRankFirstWithProximityOnly) {
    for (const char* index : {"standalone", "shard"}) {
        EXPECT_EQ(ranked(index, "world cup", false), (Names{"apart.txt", "together.txt"})) << index;
        EXPECT_EQ(ranked(index, "world cup", true), (Names{"together.txt", "apart.txt"})) << index;
        // Either order stands together.
        EXPECT_EQ(ranked(index, "cup world", true), (Names{"together.txt", "apart.txt"})) << index;
    }
}

TEST_F(ProximityTest, PagesFollowTheReRankedOrder) {
    EXPECT_EQ(ranked("standalone", "world cup", true, 1), Names{"apart.txt"});
}

TEST_F(ProximityTest, AHandleSearchingAgainReRanksAsAOneShotSearch) {
    // From its second search a handle re-ranks on the side thread, through that thread's
    // own handle, while it collects the facets (side_proximity.hpp).
    auto database = open_database((folder_->path() / "standalone").string());
    auto page = [&](const std::string& query, std::size_t offset) {
        SearchRequest request;
        request.query = query;
        request.offset = offset;
        std::vector<std::pair<std::string, double>> hits;
        for (const auto& hit : run_search(database, request, {"[", "]"}).hits)
            hits.emplace_back(hit.article.path, hit.score);
        return hits;
    };
    auto first = page("world cup", 0);
    for (int search = 0; search < 5; ++search) {
        EXPECT_EQ(page("world cup", 0), first) << search;
        EXPECT_EQ(page("cup world", 1), std::vector(first.begin() + 1, first.end())) << search;
    }
    EXPECT_EQ(database.side_reranks, 10u);  // all but the first
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(first.front().first, "together.txt");
}

TEST_F(ProximityTest, OneWordAndThreeWordsAreRankedByBm25Alone) {
    auto scores = [](const std::string& query, bool proximity) {
        auto database = open_database((folder_->path() / "standalone").string());
        SearchRequest request;
        request.query = query;
        request.proximity = proximity;
        std::vector<double> found;
        for (const auto& hit : run_search(database, request, {"[", "]"}).hits) found.push_back(hit.score);
        return found;
    };
    EXPECT_EQ(scores("cup", true), scores("cup", false));
    EXPECT_EQ(scores("world cup friday", true), scores("world cup friday", false));
    EXPECT_NE(scores("world cup", true), scores("world cup", false));
}

}  // namespace
}  // namespace newsdex
