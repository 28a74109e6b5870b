/** @file conjunction_walk_test.cpp
 *  @brief Walking a conjunction's posting lists (conjunction_walk.hpp) finds what Xapian's
 *  matcher finds: the same total, the same facet counts, on a real index with deletions.
 */
#include "common/search/conjunction_walk.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/index/facet_column.hpp"
#include "common/index/index_run.hpp"
#include "common/index/term_bitmaps.hpp"
#include "common/search/entry_spy.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/match_count.hpp"
#include "common/search/position_check.hpp"
#include "common/search/query_builder.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

struct Case {
    std::string text;
    std::vector<std::string> countries;
    std::vector<std::string> years;
    bool conjunction;  ///< whether it is walked, or left to the matcher
};

const std::vector<Case> cases = {
    {"economy", {}, {}, true},
    {"economy growth", {}, {}, true},
    {"economy growth election minister", {}, {}, true},
    {"economy -growth -strike", {}, {}, true},
    {"economy AND NOT (growth OR strike)", {}, {}, true},
    {"economy AND NOT (growth AND strike)", {}, {}, false},
    {"economy NOT growth", {}, {}, true},
    {"economy year:2016", {}, {}, true},
    {"economy", {"JP"}, {}, true},
    {"", {"FR"}, {}, true},
    {"", {"FR"}, {"2016"}, true},
    {"economy", {}, {"2015..2016"}, false},
    {"economy OR growth", {}, {}, false},
    {"\"economy was\"", {}, {}, false},
    {"title:report economy", {}, {}, true},
    {"economy zzzunheard", {}, {}, true},
};

class ConjunctionWalkTest : public ::testing::Test {
  protected:
    void SetUp() override {
        corpus_ = folder_.path() / "corpus";
        for (std::size_t number = 0; number < 160; ++number) {
            testing::write_file(corpus_, fmt::format("a{}.txt", 1000 + number),
                                testing::word_combination_article(number));
        }
        index();
    }
    void index() { run_index({folder_.path() / "db", corpus_, false, false, 500, 1}, {}); }

    /// Each case counted by Xapian's matcher with our entry spy, and walked, over the
    /// same facet column: the totals and every entry's count must agree. Walked through
    /// Xapian's lists alone, then with bitmaps (term_bitmaps.hpp) for every term, then
    /// for the terms in 60 documents or more (filters' terms among those without).
    void expect_walk_matches_matcher() {
        std::filesystem::path root = folder_.path() / "db";
        Xapian::Database database(root.string());
        auto column = FacetColumn::load(database, std::size_t{1} << 20);
        ASSERT_TRUE(column);
        expect_walk_matches_matcher(database, column, nullptr);
        for (Xapian::doccount least : {1, 60}) {
            SCOPED_TRACE(fmt::format("bitmaps of the terms in {} documents or more", least));
            for (const auto& entry : std::filesystem::directory_iterator(root)) {
                if (entry.path().filename().string().starts_with("term-bitmaps-")) std::filesystem::remove(entry);
            }
            TermBitmaps::save(root, least, 1u << 30);
            auto bitmaps = TermBitmaps::open_saved(root, database);
            ASSERT_TRUE(bitmaps);
            expect_walk_matches_matcher(database, column, bitmaps.get());
        }
    }

    void expect_walk_matches_matcher(const Xapian::Database& database, const std::shared_ptr<const FacetColumn>& column,
                                     const TermBitmaps* bitmaps) {
        for (const auto& test : cases) {
            SearchRequest request;
            request.query = test.text;
            request.countries = test.countries;
            request.years = test.years;
            Xapian::Query query = with_position_checks(build_query(database, request).query);
            auto conjunction = as_conjunction(query);
            EXPECT_EQ(conjunction.has_value(), test.conjunction) << test.text << ": " << query.get_description();
            if (!conjunction) continue;

            Xapian::Enquire matching(database);
            FacetCounter matched(database, matching, FacetSpyKind::entries, column);
            Xapian::doccount matcher_total = count_every_match(matching, database, query);

            Xapian::Enquire unused(database);
            FacetCounter walked(database, unused, FacetSpyKind::entries, column);
            ASSERT_TRUE(walked.counts_from_column());
            Xapian::docid last = 0;
            Xapian::doccount walked_total = walk_conjunction(
                database, *conjunction,
                [&](Xapian::docid document) {
                    EXPECT_GT(document, last) << test.text;
                    last = document;
                    walked.count_match(document);
                },
                bitmaps);
            EXPECT_EQ(walked_total, matcher_total) << test.text;
            auto walked_counts = walked.take_column_counts();
            auto matched_counts = matched.take_column_counts();
            ASSERT_TRUE(walked_counts && matched_counts);
            EXPECT_EQ(walked_counts->by_entry, matched_counts->by_entry) << test.text;
        }
    }

    testing::TemporaryFolder folder_;
    std::filesystem::path corpus_;
};

TEST_F(ConjunctionWalkTest, FindsWhatTheMatcherFinds) {
    expect_walk_matches_matcher();
}

TEST_F(ConjunctionWalkTest, FindsWhatTheMatcherFindsAfterDeletions) {
    for (std::size_t number = 0; number < 160; number += 3) {
        std::filesystem::remove(corpus_ / fmt::format("a{}.txt", 1000 + number));
    }
    index();
    expect_walk_matches_matcher();
}

TEST(ConjunctionTest, EveryDocumentIsTheEmptyTerm) {
    auto conjunction =
        as_conjunction(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query::MatchAll, Xapian::Query("NFR")));
    ASSERT_TRUE(conjunction);
    // A filter's term weighs nothing; only the matcher weighs MatchAll.
    EXPECT_EQ(conjunction->required, (std::vector<RequiredTerm>{{"", true}, {"NFR", false}}));
    EXPECT_FALSE(conjunction->plain_weights);
    EXPECT_FALSE(as_conjunction(Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query("a"), Xapian::Query::MatchAll)));
    EXPECT_FALSE(as_conjunction(Xapian::Query::MatchNothing));
}

}  // namespace
}  // namespace newsdex
