/** @file ranked_walk_test.cpp
 *  @brief A conjunction of words and phrases ranked in its walk (ranked_walk.hpp) ranks
 *  as Xapian's matcher does: the same documents in the same order with the same weights,
 *  and through the searcher the same page, scores, total and facets as a search without
 *  the lengths.
 */
#include "common/search/ranked_walk.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/index/facet_column.hpp"
#include "common/index/index_run.hpp"
#include "common/index/term_bitmaps.hpp"
#include "common/search/position_check.hpp"
#include "common/search/query_builder.hpp"
#include "common/search/searcher.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

/// Queries the walk ranks: words, filters, words left out, a field, a word twice,
/// phrases and NEAR.
const std::vector<SearchRequest> requests = [] {
    std::vector<SearchRequest> made;
    for (const char* text : {"economy", "economy growth", "election minister budget", "economy -growth -strike",
                             "economy NOT airline", "title:economy", "title:economy growth", "economy economy",
                             "economy year:2016", "growth zzzunheard", "strike airline budget minister",
                             "\"economy was\"", "\"the budget was in the news\" -strike", "\"economy was\" growth",
                             "economy NEAR/8 growth", "\"news again\" \"the strike\"", "\"the economy\" year:2017"}) {
        SearchRequest request;
        request.query = text;
        made.push_back(request);
    }
    made.push_back(made[1]);
    made.back().countries = {"JP"};
    return made;
}();

class RankedWalkTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        folder_ = new testing::TemporaryFolder();
        auto corpus = folder_->path() / "corpus";
        for (std::size_t number = 0; number < 200; ++number) {
            testing::write_file(corpus, fmt::format("a{}.txt", 1000 + number),
                                testing::word_combination_article(number));
        }
        run_index({database_path(), corpus, false, false, 500, 1}, {});
    }
    static void TearDownTestSuite() { delete folder_; }
    static std::filesystem::path database_path() { return folder_->path() / "db"; }
    /// A copy of the index with bitmaps saved for the terms in `least` documents or more
    /// (term_bitmaps.hpp): every term's for 1; for 60, the words' and not the filters'.
    static std::filesystem::path bitmapped_path(Xapian::doccount least) {
        std::filesystem::path copy = folder_->path() / fmt::format("bitmaps-{}", least);
        if (!std::filesystem::exists(copy)) {
            std::filesystem::copy(database_path(), copy, std::filesystem::copy_options::recursive);
            TermBitmaps::save(copy, least, 1u << 30);
        }
        return copy;
    }

    static testing::TemporaryFolder* folder_;
};

testing::TemporaryFolder* RankedWalkTest::folder_ = nullptr;

/// Xapian's ranking of `query`: every match, best first.
std::vector<RankedDocument> matcher_ranking(const Xapian::Database& database, const Xapian::Query& query) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    Xapian::MSet matches = enquire.get_mset(0, database.get_doccount());
    std::vector<RankedDocument> ranked;
    for (auto it = matches.begin(); it != matches.end(); ++it) ranked.push_back({it.get_weight(), *it});
    return ranked;
}

void expect_same_ranking(const std::vector<RankedDocument>& walked, const std::vector<RankedDocument>& matched,
                         const std::string& what) {
    ASSERT_EQ(walked.size(), matched.size()) << what;
    for (std::size_t i = 0; i < walked.size(); ++i) {
        EXPECT_EQ(walked[i].docid, matched[i].docid) << what << ", rank " << i;
        EXPECT_DOUBLE_EQ(walked[i].weight, matched[i].weight) << what << ", rank " << i;
    }
}

/// Each request ranked by the walk (with `bitmaps`, if any) and by Xapian's matcher.
void expect_walk_ranks_as_matcher(const Xapian::Database& database, const FacetColumn& column,
                                  const TermBitmaps* bitmaps) {
    for (const auto& request : requests) {
        Xapian::Query parsed = build_query(database, request).query;
        // The matcher checks phrases with PositionCheck; the walk checks them itself.
        Xapian::Query query = with_position_checks(parsed);
        auto conjunction = as_conjunction(parsed);
        ASSERT_TRUE(conjunction) << request.query;
        ASSERT_TRUE(conjunction->plain_weights) << request.query << ": " << query.get_description();
        EXPECT_EQ(conjunction->positions.empty(), !has_positional_node(parsed)) << request.query;
        std::vector<RankedDocument> matched = matcher_ranking(database, query);
        Xapian::doccount visited = 0;
        RankedWalk every = rank_conjunction(database, *conjunction, {column.lengths(), bitmaps},
                                            database.get_doccount(), [&visited](Xapian::docid) { ++visited; });
        EXPECT_EQ(every.total, matched.size()) << request.query;
        EXPECT_EQ(visited, matched.size()) << request.query;
        expect_same_ranking(every.best, matched, request.query);
        // The best few are the matcher's first few, as a page asks for them: most matches
        // are not weighed once the few are kept (ConjunctionWeigher::weigh_above), the
        // fewer kept the more.
        for (std::size_t count : {1, 3, 7}) {
            RankedWalk few =
                rank_conjunction(database, *conjunction, {column.lengths(), bitmaps}, count, [](Xapian::docid) {});
            std::vector<RankedDocument> first(matched.begin(), matched.begin() + std::min(matched.size(), count));
            expect_same_ranking(few.best, first, fmt::format("{}, best {}", request.query, count));
            EXPECT_EQ(few.total, matched.size()) << request.query;
        }
        matched.resize(std::min<std::size_t>(matched.size(), 7));
        // Lengths that stop short are looked up in the index.
        RankedWalk looked_up =
            rank_conjunction(database, *conjunction, {column.lengths().first(50), bitmaps}, 7, [](Xapian::docid) {});
        expect_same_ranking(looked_up.best, matched, request.query + ", lengths looked up");
        // Each query but the one of an unheard word has matches to rank.
        EXPECT_EQ(every.total == 0, request.query.find("zzzunheard") != std::string::npos) << request.query;
    }
}

TEST_F(RankedWalkTest, RanksAsXapiansMatcherDoes) {
    Xapian::Database database(database_path().string());
    auto column = FacetColumn::open_saved(database_path(), database);
    ASSERT_TRUE(column);
    ASSERT_EQ(column->lengths().size(), database.get_lastdocid() + 1);
    expect_walk_ranks_as_matcher(database, *column, nullptr);
    for (Xapian::doccount least : {1, 60}) {
        SCOPED_TRACE(fmt::format("bitmaps of the terms in {} documents or more", least));
        auto bitmaps = TermBitmaps::open_saved(bitmapped_path(least), database);
        ASSERT_TRUE(bitmaps);
        expect_walk_ranks_as_matcher(database, *column, bitmaps.get());
    }
}

TEST_F(RankedWalkTest, WeightsThatOnlyTheMatcherKnowsAreLeftToIt) {
    Xapian::Query economy("economi");
    auto scaled = as_conjunction(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, economy, 2.5));
    ASSERT_TRUE(scaled);
    EXPECT_FALSE(scaled->plain_weights);
    auto filter_only = as_conjunction(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, economy, 0));
    ASSERT_TRUE(filter_only);
    EXPECT_TRUE(filter_only->plain_weights);
    EXPECT_FALSE(filter_only->required.front().weighed);
    auto repeated = as_conjunction(Xapian::Query("economi", 2));
    ASSERT_TRUE(repeated);
    EXPECT_FALSE(repeated->plain_weights);
}

/// A search's page, total and facets, as compared between the two ways of ranking;
/// scores to 12 digits, as a phrase of six words sums its terms' weights in another order
/// than Xapian (ranked_walk.hpp), which can change the last bits.
std::string outcome(const SearchResult& result) {
    std::string described = fmt::format("total {}\n", result.total);
    for (const auto& hit : result.hits) {
        described += fmt::format("{} {} {:.12g} {}\n", hit.rank, hit.article.path, hit.score, hit.snippet);
    }
    for (const auto& country : result.facets.countries)
        described += fmt::format("{} {}\n", country.code, country.count);
    for (const auto& year : result.facets.years) described += fmt::format("{} {}\n", year.year, year.count);
    return described;
}

TEST_F(RankedWalkTest, SearchesGiveTheMatchersPagesAndScores) {
    auto search_all = [](const std::filesystem::path& path) {
        std::vector<std::string> outcomes;
        for (auto request : requests) {
            for (std::size_t offset : {0, 5}) {
                request.offset = offset;
                request.limit = 5;
                auto database = open_database(path.string());
                outcomes.push_back(outcome(run_search(database, request, {"[", "]"})));
                // Searched again on the handle: the column and bitmaps read for many searches.
                outcomes.push_back(outcome(run_search(database, request, {"[", "]"})));
            }
        }
        return outcomes;
    };
    std::vector<std::string> walked = search_all(database_path());
    // With the bitmaps of every term, and of the frequent ones, the walks find the same.
    std::vector<std::string> all_bitmapped = search_all(bitmapped_path(1));
    std::vector<std::string> some_bitmapped = search_all(bitmapped_path(60));
    // Without the saved column (and so without lengths) a search ranks through Xapian.
    std::filesystem::path plain = folder_->path() / "plain";
    std::filesystem::copy(database_path(), plain, std::filesystem::copy_options::recursive);
    for (const auto& entry : std::filesystem::directory_iterator(plain)) {
        if (entry.path().filename().string().starts_with("facet-column-")) std::filesystem::remove(entry.path());
    }
    std::vector<std::string> matched = search_all(plain);
    ASSERT_EQ(walked.size(), matched.size());
    for (std::size_t i = 0; i < walked.size(); ++i) {
        std::string what = fmt::format("{}, page {}, search {}", requests[i / 4].query, i / 2 % 2 + 1, i % 2 + 1);
        EXPECT_EQ(walked[i], matched[i]) << what;
        EXPECT_EQ(all_bitmapped[i], matched[i]) << what << ", every term's bitmap";
        EXPECT_EQ(some_bitmapped[i], matched[i]) << what << ", frequent terms' bitmaps";
    }
}

}  // namespace
}  // namespace newsdex
