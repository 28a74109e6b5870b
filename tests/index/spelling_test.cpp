/** @file spelling_test.cpp
 *  @brief "Did you mean" (spelling.hpp) on a real index: words it lacks are replaced by a
 *  spelling one edit away whose stem it holds; everything else is left as written.
 */
#include "common/search/spelling.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "common/index/index_run.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

class SpellingTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        folder_ = new testing::TemporaryFolder();
        auto corpus = folder_->path() / "corpus";
        const std::vector<std::string> bodies = {
            "The prime minister called an election after the unemployment figures.",
            "Chelsea beat Arsenal; the minister watched the election results.",
            "Elections in Europe: the ministers met in Brussels.",
        };
        for (std::size_t number = 0; number < bodies.size(); ++number) {
            testing::write_file(corpus, fmt::format("a{}.txt", number),
                                fmt::format("Report {}\n\n{}\n", number, bodies[number]));
        }
        run_index({folder_->path() / "db", corpus, false, false, 500, 1}, {});
    }
    static void TearDownTestSuite() { delete folder_; }
    static std::optional<std::string> suggested(std::string_view query) {
        Xapian::Database database((folder_->path() / "db").string());
        return suggest_spelling(database, query);
    }
    static testing::TemporaryFolder* folder_;
};

testing::TemporaryFolder* SpellingTest::folder_ = nullptr;

TEST_F(SpellingTest, WordsTheIndexLacksGetANearOne) {
    EXPECT_EQ(suggested("elecion"), "election");
    EXPECT_EQ(suggested("Prime ministr"), "Prime minister");  // the longest spelling of the stem
    EXPECT_EQ(suggested("chelsae -arsenal"), "chelsea -arsenal");
    EXPECT_EQ(suggested("\"prime minsiter\" unemploymnet"), "\"prime minister\" unemployment");
    EXPECT_EQ(suggested("Elecion"), "Election");
}

TEST_F(SpellingTest, OtherWordsStayAsWritten) {
    EXPECT_EQ(suggested("election minister"), std::nullopt);             // spelt right
    EXPECT_EQ(suggested("elections"), std::nullopt);                     // its stem is indexed
    EXPECT_EQ(suggested("zzyzzx"), std::nullopt);                        // nothing near
    EXPECT_EQ(suggested("ELECION OR minsiter"), "ELECION OR minister");  // capitals: an acronym
    EXPECT_EQ(suggested("elecio* person:\"chelsae\" title:elecion"), std::nullopt);
    EXPECT_EQ(suggested("teh"), std::nullopt);                // under four letters
    EXPECT_EQ(suggested("minsiter2020 2020"), std::nullopt);  // digits
}

}  // namespace
}  // namespace newsdex
