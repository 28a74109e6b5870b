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

namespace newsdex {
namespace {

using schema::word_pair_term;

TEST(WordPairs, FunctionWordsOfAnyOfOurLanguagesAreKnownByTheirStems) {
    EXPECT_TRUE(is_function_word_term("the"));
    EXPECT_TRUE(is_function_word_term("becaus"));  // the stem of "because"
    EXPECT_TRUE(is_function_word_term("Sthe"));    // a title's
    EXPECT_TRUE(is_function_word_term("und"));     // German
    EXPECT_FALSE(is_function_word_term("chief"));
    EXPECT_FALSE(is_function_word_term("Schief"));
}

TEST(WordPairs, APairIsChosenInAHundredthOfTheSampleAndAtLeastFiveArticles) {
    WordPairChoice choice;
    const std::string frequent = word_pair_term("prime", "minist");
    const std::string four_times = word_pair_term("general", "elect");
    for (int article = 0; article < 300; ++article) {
        std::vector<std::string> candidates;
        if (article < 3) candidates.push_back(frequent);  // three of 300: the hundredth, but not five
        if (article < 4) candidates.push_back(four_times);
        choice.add_article(candidates);
    }
    EXPECT_FALSE(choice.chosen().contains(frequent));
    for (int article = 0; article < 2; ++article) choice.add_article({frequent});
    WordPairSet chosen = choice.chosen();  // five of 302
    EXPECT_TRUE(chosen.contains(frequent));
    EXPECT_FALSE(chosen.contains(four_times));
    EXPECT_EQ(chosen.size(), 1u);

    WordPairChoice large;
    for (int article = 0; article < 1000; ++article) {
        large.add_article(article < 9 ? std::vector<std::string>{frequent} : std::vector<std::string>{});
    }
    EXPECT_FALSE(large.chosen().contains(frequent));  // nine of 1,000: under the hundredth
}

TEST(WordPairs, AtMostTheMostFrequentAreChosenTheSameEachTime) {
    WordPairChoice choice;
    for (int article = 0; article < 10; ++article) {
        std::vector<std::string> candidates{word_pair_term("a1", "b"), word_pair_term("a2", "b")};
        if (article < 7) candidates.push_back(word_pair_term("a3", "b"));
        choice.add_article(candidates);
    }
    WordPairSet two = choice.chosen(5, 2);
    EXPECT_EQ(two.size(), 2u);
    EXPECT_TRUE(two.contains(word_pair_term("a1", "b")));  // ties by term
    EXPECT_TRUE(two.contains(word_pair_term("a2", "b")));
    EXPECT_TRUE(choice.chosen(5, 1).contains(word_pair_term("a1", "b")));
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

TEST(WordPairs, RecordedPairsAreReadBack) {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    EXPECT_TRUE(WordPairSet::read(database).empty());
    WordPairSet pairs({word_pair_term("chief", "execut"), word_pair_term("Sprime", "Sminist")});
    pairs.write(database);
    WordPairSet read = WordPairSet::read(database);
    EXPECT_EQ(read.size(), 2u);
    EXPECT_TRUE(read.contains(word_pair_term("Sprime", "Sminist")));

    Xapian::Document document;
    read.add_to(document, {word_pair_term("chief", "execut"), word_pair_term("firm", "talk")});
    ASSERT_EQ(document.termlist_count(), 1u);
    EXPECT_EQ(*document.termlist_begin(), word_pair_term("chief", "execut"));
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
    std::vector<std::string> expected{word_pair_term("airlin", "share"),    word_pair_term("chief", "execut"),
                                      word_pair_term("cost", "costcut"),    word_pair_term("cost", "cut"),
                                      word_pair_term("costcut", "costcut"), word_pair_term("costcut", "cut"),
                                      word_pair_term("costcut", "plan"),    word_pair_term("cut", "plan"),
                                      word_pair_term("share", "cost"),      word_pair_term("share", "costcut")};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(terms.adjacent_pairs(), expected);
}

}  // namespace
}  // namespace newsdex
