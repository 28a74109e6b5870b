/** @file word_pair_test.cpp
 *  @brief The frequent word pairs (index/word_pairs.hpp): chosen by a fresh build, filed
 *  by later runs, and phrases of them matched exactly as the position check matches.
 */
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "common/index/database_layout.hpp"
#include "common/index/index_run.hpp"
#include "common/index/word_pairs.hpp"
#include "common/schema.hpp"
#include "common/search/searcher.hpp"
#include "common/search/word_pair_terms.hpp"
#include "tests/support/same_answers.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

using Names = std::vector<std::string>;

/// Eight articles with "chief executive" side by side (in twelve, enough for a pair:
/// word_pairs.hpp), two with both words apart, two with neither.
void write_corpus(const std::filesystem::path& corpus) {
    for (int i = 1; i <= 8; ++i) {
        testing::write_file(corpus, "side" + std::to_string(i) + ".txt",
                            testing::article("Airline " + std::to_string(i) + " names a new boss",
                                             "The airline said its chief executive would step down in March after "
                                             "the board met. Shares rose " +
                                                 std::to_string(i) + " per cent on the news."));
    }
    for (int i = 1; i <= 2; ++i) {
        testing::write_file(corpus, "apart" + std::to_string(i) + ".txt",
                            testing::article("Board meeting " + std::to_string(i),
                                             "The chief of the union met an executive of the firm to talk about "
                                             "pay. Both sides said talks would go on."));
    }
    for (int i = 1; i <= 2; ++i) {
        testing::write_file(corpus, "other" + std::to_string(i) + ".txt",
                            testing::article("Rain expected " + std::to_string(i),
                                             "Forecasters expect heavy rain across the north on Sunday."));
    }
}

class WordPairTest : public ::testing::Test {
  protected:
    void SetUp() override { write_corpus(corpus_); }

    IndexSummary index(unsigned threads = 1, bool shard = false) {
        IndexOptions options{database_path_, corpus_, false, false, 500, threads};
        options.shard = shard;
        return run_index(options, {});
    }
    Xapian::Database database() const { return Xapian::Database(database_path_.string()); }

    /// The file names of every article matching `query`, sorted.
    Names matches(const std::string& query) const {
        auto opened = open_database(database_path_.string());
        SearchRequest request;
        request.query = query;
        request.limit = 100;
        auto result = run_search(opened, request, {"[", "]"});
        Names names;
        for (const auto& hit : result.hits) names.push_back(hit.article.path);
        std::sort(names.begin(), names.end());
        EXPECT_EQ(result.total, names.size()) << query;
        return names;
    }

    testing::TemporaryFolder folder_;
    std::filesystem::path corpus_ = folder_.path() / "corpus";
    std::filesystem::path database_path_ = folder_.path() / "db";
};

const std::string chief_executive = schema::word_pair("chief", "execut");

/// The term the index files `pair` as; empty when it files none.
std::string term_of(const Xapian::Database& database, const std::string& pair) {
    WordPairSet filed = WordPairSet::read(database);
    const std::string* term = filed.term_of(pair);
    return term ? *term : std::string();
}

Names side_by_side(int last = 8) {
    Names names;
    for (int i = 1; i <= last; ++i) names.push_back("side" + std::to_string(i) + ".txt");
    std::sort(names.begin(), names.end());
    return names;
}

TEST_F(WordPairTest, AFreshBuildFilesThePairsOfASampleFiftiethAndNoFunctionWords) {
    for (unsigned threads : {1u, 2u}) {  // one writer, and shards merged
        std::filesystem::remove_all(database_path_);
        index(threads);
        WordPairSet pairs = WordPairSet::read(database());
        ASSERT_TRUE(pairs.term_of(chief_executive)) << threads;
        EXPECT_EQ(database().get_termfreq(*pairs.term_of(chief_executive)), 8u) << threads;
        EXPECT_TRUE(pairs.term_of(schema::word_pair("new", "boss"))) << threads;
        EXPECT_TRUE(pairs.term_of(schema::word_pair("Snew", "Sboss"))) << threads;  // the title's
        // "the airline", "airline said", "executive would": a stop word in each.
        EXPECT_FALSE(pairs.term_of(schema::word_pair("the", "airlin"))) << threads;
        EXPECT_FALSE(pairs.term_of(schema::word_pair("airlin", "said"))) << threads;
        EXPECT_FALSE(pairs.term_of(schema::word_pair("execut", "would"))) << threads;
        // In two articles of twelve: under the five a pair needs.
        EXPECT_FALSE(pairs.term_of(schema::word_pair("firm", "talk"))) << threads;
    }
}

TEST_F(WordPairTest, APhraseOfAPairMatchesByItsTermExactlyAsByPositions) {
    index();
    EXPECT_EQ(matches("\"chief executive\""), side_by_side());
    EXPECT_EQ(matches("\"executive chief\""), Names{});
    EXPECT_EQ(matches("chief executive").size(), 10u);
    EXPECT_EQ(matches("\"its chief executive would step down\""), side_by_side());
    EXPECT_EQ(matches("\"chief executive\" -march"), Names{});
    EXPECT_EQ(matches("\"chief executive\" OR \"heavy rain\"").size(), 10u);
    // The matcher sees the pair's term, not the phrase; highlighting keeps the phrase.
    std::vector<Xapian::Query> words{Xapian::Query("chief"), Xapian::Query("execut")};
    Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end());
    std::string term = term_of(database(), chief_executive);
    ASSERT_FALSE(term.empty());
    EXPECT_NE(with_word_pair_terms(database(), phrase).get_description().find(term + ")"), std::string::npos);
    Xapian::Query near(Xapian::Query::OP_NEAR, words.begin(), words.end(), 2);
    EXPECT_EQ(with_word_pair_terms(database(), near).get_description(), near.get_description());
}

TEST_F(WordPairTest, AnUpdateFilesThePairsTheIndexRecords) {
    index();
    testing::write_file(corpus_, "side9.txt",
                        testing::article("A ninth airline", "Its chief executive resigned on Friday."));
    testing::write_file(corpus_, "apart3.txt",
                        testing::article("A third meeting", "The chief met an executive again."));
    IndexSummary summary = index();
    EXPECT_EQ(summary.added, 2u);
    EXPECT_EQ(database().get_termfreq(term_of(database(), chief_executive)), 9u);
    EXPECT_EQ(matches("\"chief executive\""), side_by_side(9));
}

TEST_F(WordPairTest, AShardFilesNoPairs) {
    index(2, true);
    EXPECT_TRUE(WordPairSet::read(database()).empty());
    const std::string prefix(schema::prefix::word_pair);
    Xapian::Database shard = database();
    for (auto term = shard.allterms_begin(prefix); term != shard.allterms_end(prefix); ++term) ADD_FAILURE() << *term;
    EXPECT_EQ(matches("\"chief executive\""), side_by_side());
}

/// `words` as a phrase.
std::string quoted(std::initializer_list<std::string_view> words) {
    std::string phrase = "\"";
    for (auto word : words) {
        if (phrase.size() > 1) phrase += ' ';
        phrase += word;
    }
    phrase += '"';
    return phrase;
}

/// Every phrase of two and three neighbouring words of testing::phrase_sentences, and each pair
/// reversed, answered alike by a standalone index (pairs filed) and a shard (Xapian's
/// own positions): same totals, same articles in the same order.
TEST(WordPairs, PhrasesMatchWhatXapiansOwnPositionsMatch) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    for (std::size_t number = 0; number < 80; ++number) {
        std::string body;
        for (std::size_t k = 0; k < 3; ++k) {
            body += testing::phrase_sentences[(number * 5 + k * (number % 4 + 1)) % testing::phrase_sentences.size()];
            body += ' ';
        }
        testing::write_file(corpus, fmt::format("a{}.txt", number),
                            testing::article(fmt::format("Report {}", number), body));
    }
    auto [standalone, shard] = testing::index_both_layouts(folder.path(), corpus);
    WordPairSet filed = WordPairSet::read(standalone.xapian);
    std::size_t queries = 0, by_pair = 0;
    for (const auto& sentence : testing::phrase_sentences) {
        std::vector<std::string> words;
        std::string word;
        for (char c : sentence + " ") {
            if (std::isalpha(static_cast<unsigned char>(c))) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        }
        Xapian::Stem stem{std::string(schema::stemmer_language)};
        for (std::size_t i = 0; i + 1 < words.size(); ++i) {
            by_pair += filed.term_of(schema::word_pair(stem(words[i]), stem(words[i + 1]))) != nullptr;
            std::vector<std::string> phrases{quoted({words[i], words[i + 1]}), quoted({words[i + 1], words[i]})};
            if (i + 2 < words.size()) phrases.push_back(quoted({words[i], words[i + 1], words[i + 2]}));
            for (const auto& phrase : phrases) {
                ASSERT_TRUE(testing::same_answers(shard, standalone, phrase));
                ++queries;
            }
        }
    }
    EXPECT_GT(queries, 150u);
    EXPECT_GE(by_pair, 15u);  // phrases of filed pairs, matched by their terms (22 when written)
}

}  // namespace
}  // namespace newsdex
