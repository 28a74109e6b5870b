/** @file word_pairs_test.cpp
 *  @brief Choosing the frequent word pairs, the sample they are chosen from, and the
 *  candidate pairs of a document's terms (index/word_pairs.hpp).
 */
#include "common/index/word_pairs.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "common/index/caching_stemmer.hpp"
#include "common/index/text_terms.hpp"
#include "common/schema.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

using schema::word_pair;

TEST(WordPairs, FunctionWordsOfAnyOfOurLanguagesAreKnownByTheirStems) {
    EXPECT_TRUE(is_function_word_term("the"));
    EXPECT_TRUE(is_function_word_term("becaus"));  // the stem of "because"
    EXPECT_TRUE(is_function_word_term("Sthe"));    // a title's
    EXPECT_TRUE(is_function_word_term("und"));     // German
    EXPECT_FALSE(is_function_word_term("chief"));
    EXPECT_FALSE(is_function_word_term("Schief"));
}

TEST(WordPairs, APairIsChosenInAFiftiethOfTheSampleAndAtLeastFiveArticles) {
    WordPairChoice choice;
    const std::string frequent = word_pair("prime", "minist");
    const std::string four_times = word_pair("general", "elect");
    for (int article = 0; article < 150; ++article) {
        std::vector<std::string> candidates;
        if (article < 3) candidates.push_back(frequent);  // three of 150: the fiftieth, but not five
        if (article < 4) candidates.push_back(four_times);
        choice.add_article(candidates);
    }
    EXPECT_FALSE(choice.chosen().term_of(frequent));
    for (int article = 0; article < 2; ++article) choice.add_article({frequent});
    WordPairSet chosen = choice.chosen();  // five of 152
    EXPECT_TRUE(chosen.term_of(frequent));
    EXPECT_FALSE(chosen.term_of(four_times));
    EXPECT_EQ(chosen.size(), 1u);

    WordPairChoice large;
    for (int article = 0; article < 1000; ++article) {
        large.add_article(article < 19 ? std::vector<std::string>{frequent} : std::vector<std::string>{});
    }
    EXPECT_FALSE(large.chosen().term_of(frequent));  // 19 of 1,000: under the fiftieth
}

TEST(WordPairs, AtMostTheMostFrequentAreChosenTheSameEachTime) {
    WordPairChoice choice;
    for (int article = 0; article < 10; ++article) {
        std::vector<std::string> candidates{word_pair("a1", "b"), word_pair("a2", "b")};
        if (article < 7) candidates.push_back(word_pair("a3", "b"));
        choice.add_article(candidates);
    }
    WordPairSet two = choice.chosen(5, 2);
    EXPECT_EQ(two.size(), 2u);
    // Ties by pair; numbered from the most frequent.
    ASSERT_TRUE(two.term_of(word_pair("a1", "b")));
    EXPECT_EQ(*two.term_of(word_pair("a1", "b")), "XW0");
    EXPECT_EQ(*two.term_of(word_pair("a2", "b")), "XW1");
    WordPairSet one = choice.chosen(5, 1);
    EXPECT_EQ(one.size(), 1u);
    EXPECT_TRUE(one.term_of(word_pair("a1", "b")));
}

TEST(WordPairs, TheSampleSpreadsEvenlyOverTheCorpus) {
    EXPECT_EQ(word_pair_sample(3), (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_TRUE(word_pair_sample(0).empty());
    auto sample = word_pair_sample(100000);
    ASSERT_EQ(sample.size(), word_pair_sample_size);
    EXPECT_EQ(sample.front(), 0u);
    EXPECT_EQ(sample[1], 200u);
    EXPECT_EQ(sample.back(), 99800u);
}

TEST(WordPairs, RecordedPairsAreReadBackAndReplaceThoseBefore) {
    testing::TemporaryFolder folder;  // the in-memory backend lists no metadata keys
    Xapian::WritableDatabase database((folder.path() / "db").string());
    EXPECT_TRUE(WordPairSet::read(database).empty());
    WordPairSet({word_pair("old", "pair"), word_pair("chief", "execut")}).write(database);
    WordPairSet pairs({word_pair("chief", "execut"), word_pair("Sprime", "Sminist")});
    pairs.write(database);
    WordPairSet read = WordPairSet::read(database);
    EXPECT_EQ(read.size(), 2u);
    EXPECT_FALSE(read.term_of(word_pair("old", "pair")));
    ASSERT_TRUE(read.term_of(word_pair("Sprime", "Sminist")));
    EXPECT_EQ(*read.term_of(word_pair("Sprime", "Sminist")), "XW1");

    Xapian::Document document;
    read.add_to(document, {word_pair("chief", "execut"), word_pair("firm", "talk")});
    ASSERT_EQ(document.termlist_count(), 1u);
    EXPECT_EQ(*document.termlist_begin(), "XW0");
    EXPECT_EQ(document.termlist_begin().get_wdf(), 0u);  // no weight, no length
}

TEST(WordPairs, CandidatesAreTermsAtPositionsSideBySideWithoutFunctionWords) {
    CachingStemmer stemmer(std::string(schema::stemmer_language));
    TextTerms terms(stemmer);
    terms.add_text("the chief executive of the airline", 1);
    terms.skip_positions(schema::field_gap);
    terms.add_text("airline shares", 1);
    // A hyphenated word's joined form stands at both its parts' positions.
    terms.add_text("cost cutting plans", 1);
    Xapian::termpos cost = terms.position() - 2;
    terms.add_posting("costcut", cost, 1);
    terms.add_posting("costcut", cost + 1, 0);
    // So a phrase reaches it from either side, as the position check would find it.
    std::vector<std::string> expected{word_pair("airlin", "share"),    word_pair("chief", "execut"),
                                      word_pair("cost", "costcut"),    word_pair("cost", "cut"),
                                      word_pair("costcut", "costcut"), word_pair("costcut", "cut"),
                                      word_pair("costcut", "plan"),    word_pair("cut", "plan"),
                                      word_pair("share", "cost"),      word_pair("share", "costcut")};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(terms.adjacent_pairs(), expected);
}

}  // namespace
}  // namespace newsdex
