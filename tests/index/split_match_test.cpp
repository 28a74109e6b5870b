/** @file split_match_test.cpp
 *  @brief A match split in two halves of the document ids (split_match.hpp), or counted
 *  on the side thread (side_count.hpp), gives what one thread's match gives: the same
 *  page in the same order, the same total, the same facets; and the best documents
 *  re-ranked by proximity on the side thread (side_proximity.hpp) come out as this
 *  thread would re-rank them.
 */
#include "common/search/split_match.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/index/facet_column.hpp"
#include "common/index/index_run.hpp"
#include "common/search/entry_spy.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/match_count.hpp"
#include "common/search/position_check.hpp"
#include "common/search/proximity.hpp"
#include "common/search/query_builder.hpp"
#include "common/search/searcher.hpp"
#include "common/search/side_count.hpp"
#include "common/search/side_proximity.hpp"
#include "common/search/side_thread.hpp"
#include "common/search/word_pair_terms.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

constexpr std::size_t article_count = 240;

const std::vector<std::string> countries = {"France", "Japan", "Brazil", "Kenya", "Canada"};

std::string generated_article(std::size_t number) {
    std::string body;
    for (std::size_t k = 0; k < 4; ++k) {
        body += testing::phrase_sentences[(number * 7 + k * (number % 5 + 1)) % testing::phrase_sentences.size()];
        body += ' ';
    }
    return fmt::format(
        "---\ndate: {}-05-0{}\nsource: Test Wire\n---\nReport {} from the wires\n\n{}Talks are due in {} next "
        "month.\n",
        2015 + number % 7, 1 + number % 9, number, body, countries[number % countries.size()]);
}

/// Phrases of the word pairs the index files (index/word_pairs.hpp) are matched as
/// conjunctions, walked and split from count_beside_from; the three-word phrase and NEAR
/// are checked against the position maps, split from split_match_from.
const std::vector<std::string> queries = {
    "\"chief executive\"",
    "\"prime minister\" OR profits",
    "\"general election\" -blair",
    "chief NEAR/3 executive",
    "\"interest rates\" country:FR",
    "\"chief executive\" title:report",
    "\"chief executive of the airline\"",
};

/// One line per part of a result, so a failure shows where two results part.
std::vector<std::string> described(const SearchResult& result) {
    std::vector<std::string> lines{fmt::format("total {}", result.total)};
    for (const auto& hit : result.hits) {
        lines.push_back(fmt::format("{} {} {} {}", hit.rank, hit.article.path, hit.score, hit.snippet));
    }
    for (const auto& person : result.facets.people) lines.push_back(fmt::format("{} {}", person.name, person.count));
    for (const auto& country : result.facets.countries) {
        lines.push_back(fmt::format("{} {}", country.code, country.count));
    }
    for (const auto& year : result.facets.years) lines.push_back(fmt::format("{} {}", year.year, year.count));
    return lines;
}

class SplitMatchTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        folder_ = new testing::TemporaryFolder();
        auto corpus = folder_->path() / "corpus";
        for (std::size_t number = 0; number < article_count; ++number) {
            testing::write_file(corpus, fmt::format("a{}.txt", 1000 + number), generated_article(number));
        }
        run_index({folder_->path() / "db", corpus, false, false, 500, 1}, {});
    }
    static void TearDownTestSuite() { delete folder_; }
    static std::string database_path() { return (folder_->path() / "db").string(); }

    /// `request` run twice on one handle, as a first search (the facet column the indexer
    /// saved) and as a later one (the handle's own), split from `split_from` candidates
    /// and counted beside from `count_beside_from` matches; `side` tells whether the
    /// side thread's handle was opened.
    static std::vector<std::string> first_and_later(const SearchRequest& request, Xapian::doccount split_from,
                                                    Xapian::doccount count_beside_from, bool& side) {
        auto database = open_database(database_path());
        database.split_match_from = split_from;
        database.count_beside_from = count_beside_from;
        auto lines = described(run_search(database, request, {"[", "]"}));
        auto later = described(run_search(database, request, {"[", "]"}));
        lines.insert(lines.end(), later.begin(), later.end());
        side = database.shared_matches > 0;
        return lines;
    }
    static testing::TemporaryFolder* folder_;
};

testing::TemporaryFolder* SplitMatchTest::folder_ = nullptr;

constexpr Xapian::doccount never = std::numeric_limits<Xapian::doccount>::max();

TEST_F(SplitMatchTest, SplitSearchesGiveWhatOneMatchGives) {
    for (const auto& query : queries) {
        for (std::size_t offset : {0, 3}) {
            SearchRequest request;
            request.query = query;
            request.offset = offset;
            request.limit = 7;
            bool split = false;
            auto whole = first_and_later(request, never, never, split);
            EXPECT_FALSE(split);
            auto halves = first_and_later(request, 1, 1, split);
            if (std::thread::hardware_concurrency() > 1) {
                EXPECT_TRUE(split) << query;
            }
            EXPECT_NE(whole.front(), "total 0") << query;
            EXPECT_EQ(halves, whole) << query << " from " << offset;
        }
    }
}

/// Queries counted beside: words, filters, words left out, OR, and a phrase listed by
/// date (not split, as the halves' pages are merged by weight). Plain conjunctions of
/// words ranked by relevance are split instead, each half walked (ranked_walk.hpp), and
/// must give the same.
const std::vector<std::string> other_queries = {
    "chief", "executive profits", "minister -blair", "country:FR", "shares OR rates", "wires", "talks year:2016..2019",
};

TEST_F(SplitMatchTest, CountsBesideGiveWhatOneThreadCounts) {
    for (const auto& query : other_queries) {
        for (SortOrder sort : {SortOrder::relevance, SortOrder::date}) {
            SearchRequest request;
            request.query = query;
            request.sort = sort;
            request.offset = 2;
            request.limit = 7;
            bool side = false;
            auto alone = first_and_later(request, never, never, side);
            EXPECT_FALSE(side);
            auto beside = first_and_later(request, never, 1, side);
            if (std::thread::hardware_concurrency() > 1) {
                EXPECT_TRUE(side) << query;
            }
            EXPECT_NE(alone.front(), "total 0") << query;
            EXPECT_EQ(beside, alone) << query;
        }
    }
    SearchRequest phrase_by_date;
    phrase_by_date.query = "\"chief executive\"";
    phrase_by_date.sort = SortOrder::date;
    bool side = false;
    auto alone = first_and_later(phrase_by_date, 1, never, side);
    EXPECT_FALSE(side);
    EXPECT_EQ(first_and_later(phrase_by_date, 1, 1, side), alone);
}

/// Matches every document, after a pause at the start of each match: a searching thread
/// slowed so, the side thread surely takes its half first.
class SlowToStart final : public Xapian::PostingSource {
  public:
    void init(const Xapian::Database& database) override {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        last_ = database.get_lastdocid();
        current_ = 0;
    }
    [[nodiscard]] Xapian::doccount get_termfreq_min() const override { return 0; }
    [[nodiscard]] Xapian::doccount get_termfreq_est() const override { return last_; }
    [[nodiscard]] Xapian::doccount get_termfreq_max() const override { return last_; }
    [[nodiscard]] Xapian::docid get_docid() const override { return current_; }
    [[nodiscard]] bool at_end() const override { return current_ > last_; }
    void next(double) override { ++current_; }
    void skip_to(Xapian::docid docid, double) override { current_ = std::max(current_, docid); }
    [[nodiscard]] SlowToStart* clone() const override { return new SlowToStart; }

  private:
    Xapian::docid current_ = 0, last_ = 0;
};

/// A side thread kept busy by a first task until this goes out of scope, or free.
class HeldSideThread {
  public:
    explicit HeldSideThread(bool busy) : release_(!busy) {
        thread_.run([this] {
            std::unique_lock lock(mutex_);
            released_.wait(lock, [this] { return release_; });
        });
    }
    ~HeldSideThread() {
        {
            std::lock_guard lock(mutex_);
            release_ = true;
        }
        released_.notify_one();
    }
    HeldSideThread(const HeldSideThread&) = delete;
    HeldSideThread& operator=(const HeldSideThread&) = delete;
    SideThread& thread() { return thread_; }

  private:
    std::mutex mutex_;
    std::condition_variable released_;
    bool release_;
    SideThread thread_;  ///< last: stopped (its tasks run out) before the members above go
};

/// split_match() itself, against Xapian's single match with the same spies: with the side
/// thread matching the upper half (the searching thread slowed), and with the side thread
/// busy, so that the searching thread matches both halves; and the conjunctions walked,
/// half by each thread, or both halves by the searching thread.
TEST_F(SplitMatchTest, EitherThreadMayMatchTheUpperHalf) {
    Xapian::Database database(database_path());
    auto column = FacetColumn::load(database, std::size_t{1} << 20);
    ASSERT_TRUE(column);
    auto side_database = std::make_shared<SideDatabase>(database_path());
    std::size_t walked_queries = 0;
    for (bool side_busy : {false, true}) {
        HeldSideThread held(side_busy);
        SideThread& side_thread = held.thread();
        for (const auto& text : queries) {
            SearchRequest request;
            request.query = text;
            auto query_on = [request](const Xapian::Database& on) {
                return with_position_checks(build_query(on, request).query);
            };
            Xapian::Query query = query_on(database);

            Xapian::Enquire ranking(database);
            ranking.set_query(query);
            Xapian::MSet one = ranking.get_mset(0, 10);
            Xapian::Enquire one_counting(database);
            FacetCounter one_facets(database, one_counting, FacetSpyKind::entries, column);
            Xapian::doccount one_total = count_every_match(one_counting, database, query);

            Xapian::Enquire counting(database);
            FacetCounter facets(database, counting, FacetSpyKind::entries, column);
            Xapian::Query slowed(Xapian::Query::OP_FILTER, query, Xapian::Query((new SlowToStart)->release()));
            SplitMatchResult split =
                split_match(database, side_busy ? query : slowed, {query_on, column, nullptr, 10, std::nullopt},
                            counting, facets, side_thread, side_database);
            EXPECT_EQ(split.side_thread_matched, !side_busy) << text;

            EXPECT_EQ(split.total, one_total) << text;
            ASSERT_EQ(split.best.size(), one.size()) << text;
            std::size_t rank = 0;
            for (auto it = one.begin(); it != one.end(); ++it, ++rank) {
                EXPECT_EQ(split.best[rank].docid, *it) << text << " at " << rank;
                EXPECT_DOUBLE_EQ(split.best[rank].weight, it.get_weight()) << text << " at " << rank;
            }
            auto split_counts = facets.take_column_counts();
            auto one_counts = one_facets.take_column_counts();
            ASSERT_TRUE(split_counts && one_counts);
            EXPECT_EQ(split_counts->by_entry, one_counts->by_entry) << text;

            // Walked, each thread walks a half; a busy side thread leaves both to the
            // searching thread.
            auto walked = as_conjunction(with_word_pair_terms(database, build_query(database, request).query));
            if (!walked || !walked->plain_weights) continue;
            ++walked_queries;
            Xapian::Enquire walk_counting(database);
            FacetCounter walk_facets(database, walk_counting, FacetSpyKind::entries, column);
            SplitMatchResult walked_split = split_match(database, query, {query_on, column, nullptr, 10, walked},
                                                        walk_counting, walk_facets, side_thread, side_database);
            if (side_busy) {
                EXPECT_FALSE(walked_split.side_thread_matched) << text;
            }
            EXPECT_EQ(walked_split.total, one_total) << text << ", walked";
            ASSERT_EQ(walked_split.best.size(), one.size()) << text << ", walked";
            rank = 0;
            for (auto it = one.begin(); it != one.end(); ++it, ++rank) {
                EXPECT_EQ(walked_split.best[rank].docid, *it) << text << ", walked, at " << rank;
                EXPECT_DOUBLE_EQ(walked_split.best[rank].weight, it.get_weight()) << text << ", walked, at " << rank;
            }
            auto walked_counts = walk_facets.take_column_counts();
            ASSERT_TRUE(walked_counts);
            EXPECT_EQ(walked_counts->by_entry, one_counts->by_entry) << text << ", walked";
        }
    }
    EXPECT_GE(walked_queries, 2 * 4u);  // the phrases of filed word pairs, with either side thread
}

/// SideCount itself, against one thread's count with the same spies: with the side thread
/// free (given time to count first), and busy, so that the searching thread counts.
TEST_F(SplitMatchTest, EitherThreadMayCount) {
    Xapian::Database database(database_path());
    auto column = FacetColumn::load(database, std::size_t{1} << 20);
    ASSERT_TRUE(column);
    auto side_database = std::make_shared<SideDatabase>(database_path());
    for (bool side_busy : {false, true}) {
        HeldSideThread held(side_busy);
        SideThread& side_thread = held.thread();
        for (const auto& text : other_queries) {
            SearchRequest request;
            request.query = text;
            auto query_on = [request](const Xapian::Database& on) { return build_query(on, request).query; };
            Xapian::Query query = query_on(database);
            Xapian::Enquire one_counting(database);
            FacetCounter one_facets(database, one_counting, FacetSpyKind::entries, column);
            Xapian::doccount one_total = count_matches(one_counting, database, query, one_facets);

            Xapian::Enquire counting(database);
            FacetCounter facets(database, counting, FacetSpyKind::entries, column);
            SideCount side_count(side_thread, side_database, database, query_on, column);
            if (!side_busy) std::this_thread::sleep_for(std::chrono::milliseconds(50));
            EXPECT_EQ(side_count.take(counting, database, query, facets), one_total) << text;
            EXPECT_EQ(side_count.side_counted(), !side_busy) << text;
            auto counts = facets.take_column_counts();
            auto one_counts = one_facets.take_column_counts();
            ASSERT_TRUE(counts && one_counts);
            EXPECT_EQ(counts->by_entry, one_counts->by_entry) << text;
        }
    }
}

/// SideProximity itself, against the searching thread's own re-ranking: with the side
/// thread free (given time to re-rank first), and busy, so that the searching thread
/// re-ranks.
TEST_F(SplitMatchTest, EitherThreadMayReRank) {
    Xapian::Database database(database_path());
    auto column = FacetColumn::load(database, std::size_t{1} << 20);
    ASSERT_TRUE(column);
    auto side_database = std::make_shared<SideDatabase>(database_path());
    for (bool side_busy : {false, true}) {
        HeldSideThread held(side_busy);
        for (const std::string text : {"chief executive", "interest rates", "minister election"}) {
            SearchRequest request;
            request.query = text;
            Xapian::Query query = build_query(database, request).query;
            std::vector<std::string> words = proximity_words(query);
            ASSERT_EQ(words.size(), 2u) << text;
            Xapian::Enquire ranking(database);
            ranking.set_query(query);
            Xapian::MSet matches = ranking.get_mset(0, proximity_window);
            std::vector<RankedDocument> best;
            for (auto it = matches.begin(); it != matches.end(); ++it) best.push_back({it.get_weight(), *it});
            ASSERT_GE(best.size(), 10u) << text;
            auto here = best;
            rank_by_proximity(database, words, here, column->lengths());

            SideProximity beside(held.thread(), side_database, database, words, column, best);
            if (!side_busy) std::this_thread::sleep_for(std::chrono::milliseconds(50));
            auto reranked = beside.take(database);
            EXPECT_EQ(beside.side_reranked(), !side_busy) << text;
            ASSERT_EQ(reranked.size(), here.size()) << text;
            bool moved = false;
            for (std::size_t rank = 0; rank < here.size(); ++rank) {
                EXPECT_EQ(reranked[rank].docid, here[rank].docid) << text << " at " << rank;
                EXPECT_EQ(reranked[rank].weight, here[rank].weight) << text << " at " << rank;
                moved = moved || here[rank].docid != best[rank].docid || here[rank].weight != best[rank].weight;
            }
            EXPECT_TRUE(moved) << text << ": proximity changed nothing to compare";
        }
    }
}

/// The side thread's handle follows the searching thread's revision, and refuses one the
/// index has moved past (the searching thread then matches alone).
TEST_F(SplitMatchTest, TheSideHandleIsAtTheSearchedRevisionOrNone) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    testing::write_file(corpus, "a.txt", generated_article(1));
    auto path = folder.path() / "db";
    run_index({path, corpus, false, false, 500, 1}, {});
    Xapian::Database before(path.string());
    SideDatabase side(path.string());
    Xapian::Database* at_before = side.at(before.get_revision(), before.get_uuid());
    ASSERT_NE(at_before, nullptr);
    EXPECT_EQ(at_before->get_doccount(), 1u);

    testing::write_file(corpus, "b.txt", generated_article(2));
    run_index({path, corpus, false, false, 500, 1}, {});
    Xapian::Database after(path.string());
    ASSERT_NE(after.get_revision(), before.get_revision());
    Xapian::Database* at_after = side.at(after.get_revision(), after.get_uuid());
    ASSERT_NE(at_after, nullptr);
    EXPECT_EQ(at_after->get_doccount(), 2u);
    EXPECT_EQ(side.at(before.get_revision(), before.get_uuid()), nullptr);
    EXPECT_EQ(side.at(after.get_revision(), "another index"), nullptr);
}

}  // namespace
}  // namespace newsdex
