/** @file corpus_test.cpp
 *  @brief Front matter, dates, article reading, corpus walking.
 */
#include <gtest/gtest.h>

#include "common/corpus/article.hpp"
#include "common/corpus/corpus_walk.hpp"
#include "common/corpus/front_matter.hpp"
#include "common/corpus/source_stamp.hpp"
#include "common/error.hpp"
#include "common/index/indexed_documents.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

TEST(PartialDate, ParsesIsoForms) {
    EXPECT_EQ(parse_iso_date("2020")->iso(), "2020");
    EXPECT_EQ(parse_iso_date("2020-02")->iso(), "2020-02");
    EXPECT_EQ(parse_iso_date("2024-02-29")->iso(), "2024-02-29");
    for (const char* bad : {"2023-02-29", "2020-13", "20", "2020-1-1", "yesterday", "2020-02-06x"}) {
        EXPECT_FALSE(parse_iso_date(bad).has_value()) << bad;
    }
}

TEST(FrontMatter, SplitsFieldsFromBody) {
    auto split = split_front_matter("---\ndate: 2020-02\ntitle: \"A title\"\nsource: Wire\n---\nBody line\n");
    EXPECT_EQ(split.front_matter.date->iso(), "2020-02");
    EXPECT_EQ(*split.front_matter.title, "A title");
    EXPECT_EQ(*split.front_matter.source, "Wire");
    EXPECT_EQ(split.body, "Body line\n");
}

TEST(FrontMatter, NoFrontMatterKeepsText) {
    auto split = split_front_matter("Headline\n\nBody");
    EXPECT_FALSE(split.front_matter.date.has_value());
    EXPECT_EQ(split.body, "Headline\n\nBody");
}

TEST(FrontMatter, ErrorsNameTheProblem) {
    try {
        (void)split_front_matter("---\ndate: 2020\nnever closed\n");
        FAIL();
    } catch (const ArticleError& error) {
        EXPECT_NE(std::string(error.what()).find("never closes"), std::string::npos);
    }
    try {
        (void)split_front_matter("---\ndate: 06/02/2017\n---\nx");
        FAIL();
    } catch (const ArticleError& error) {
        EXPECT_NE(std::string(error.what()).find("line 2"), std::string::npos);
    }
}

// A scraper's leftover character references are decoded in the body, the headline and
// the source, not in the URL (whose "&amp;" may be what the page linked to).
TEST(Article, DecodesCharacterReferencesLeftInTheText) {
    Article article = parse_article("a.txt",
                                    "---\ntitle: Jos&#233; Barroso&#39;s plan\nsource: Le Monde &amp; AFP\n"
                                    "url: https://example.com/?a=1&amp;b=2\n---\nCaf&eacute; talks &mdash; again.\n");
    EXPECT_EQ(article.front_matter.title, "José Barroso's plan");
    EXPECT_EQ(article.front_matter.source, "Le Monde & AFP");
    EXPECT_EQ(article.front_matter.url, "https://example.com/?a=1&amp;b=2");
    EXPECT_EQ(article.text, "Café talks — again.\n");
}

TEST(Article, SignatureChangesWithContent) {
    EXPECT_EQ(signature("abc"), signature("abc"));
    EXPECT_NE(signature("abc"), signature("abd"));
}

TEST(SourceStamp, NoneForAFileJustWrittenOrMissing) {
    testing::TemporaryFolder folder;
    testing::write_file(folder.path(), "fresh.txt", "Just scraped.");
    // Changed within the settling time: it could change again within the same clock tick.
    EXPECT_EQ(source_stamp(folder.path() / "fresh.txt"), "");
    EXPECT_EQ(source_stamp(folder.path() / "missing.txt"), "");
}

TEST(SourceStamp, AnEmptyStampNeverVouchesForAFile) {
    IndexedDocument unstamped{1, "signature", ""};
    EXPECT_FALSE(unstamped.stamped_unchanged(""));
    IndexedDocument stamped{1, "signature", "stamp"};
    EXPECT_TRUE(stamped.stamped_unchanged("stamp"));
    EXPECT_FALSE(stamped.stamped_unchanged(""));
    EXPECT_FALSE(stamped.stamped_unchanged("other"));
}

TEST(CorpusWalk, FindsTxtFilesRecursivelyAndSkipsHidden) {
    testing::TemporaryFolder folder;
    testing::write_file(folder.path(), "a.txt", "x");
    testing::write_file(folder.path(), "sub/b.txt", "x");
    testing::write_file(folder.path(), "sub/notes.md", "x");
    testing::write_file(folder.path(), ".git/c.txt", "x");
    auto listing = walk_corpus(folder.path());
    ASSERT_EQ(listing.articles.size(), 2u);
    EXPECT_EQ(listing.articles[0].relative_path, "a.txt");
    EXPECT_EQ(listing.articles[1].relative_path, "sub/b.txt");
}

TEST(CorpusWalk, ReportsBrokenAndOutsideLinks) {
    testing::TemporaryFolder folder, outside;
    testing::write_file(outside.path(), "secret.txt", "x");
    std::filesystem::create_symlink(folder.path() / "missing.txt", folder.path() / "broken.txt");
    std::filesystem::create_symlink(outside.path() / "secret.txt", folder.path() / "out.txt");
    auto listing = walk_corpus(folder.path());
    EXPECT_TRUE(listing.articles.empty());
    ASSERT_EQ(listing.problems.size(), 2u);
    auto followed = walk_corpus(folder.path(), {true});
    EXPECT_EQ(followed.articles.size(), 1u);
}

}  // namespace
}  // namespace newsdex
