/** @file term_bitmaps_test.cpp
 *  @brief The frequent terms' bitmaps saved beside an index (term_bitmaps.hpp) hold each
 *  term's documents and wdfs as its posting list does, belong to one revision, are
 *  saved only for terms frequent enough, and a damaged file never reads out of bounds.
 */
#include "common/index/term_bitmaps.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/index/index_run.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

class TermBitmapsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        corpus_ = folder_.path() / "corpus";
        for (std::size_t number = 0; number < 150; ++number) {
            testing::write_file(corpus_, fmt::format("a{}.txt", 1000 + number),
                                testing::word_combination_article(number));
        }
        index();
    }
    void index() { run_index({database_path(), corpus_, false, false, 500, 1}, {}); }
    [[nodiscard]] std::filesystem::path database_path() const { return folder_.path() / "db"; }
    [[nodiscard]] std::vector<std::filesystem::path> saved_files() const {
        std::vector<std::filesystem::path> saved;
        for (const auto& entry : std::filesystem::directory_iterator(database_path())) {
            if (entry.path().filename().string().starts_with("term-bitmaps-")) saved.push_back(entry.path());
        }
        return saved;
    }
    /// Saves bitmaps for the terms in `least` documents or more, replacing any saved.
    void save(Xapian::doccount least) {
        for (const auto& path : saved_files()) std::filesystem::remove(path);
        TermBitmaps::save(database_path(), least, 1u << 30);
    }

    testing::TemporaryFolder folder_;
    std::filesystem::path corpus_;
};

/// Every term's bitmap, where it has one, against its posting list; returns how many had one.
std::size_t expect_bitmaps_match_lists(const TermBitmaps& bitmaps, const Xapian::Database& database) {
    std::size_t found = 0;
    for (auto term = database.allterms_begin(); term != database.allterms_end(); ++term) {
        auto bitmap = bitmaps.find(*term);
        if (!bitmap) continue;
        ++found;
        Xapian::docid expected = 1;
        for (auto posting = database.postlist_begin(*term); posting != database.postlist_end(*term); ++posting) {
            for (; expected < *posting; ++expected) EXPECT_FALSE(bitmap->has(expected)) << *term << " " << expected;
            EXPECT_TRUE(bitmap->has(*posting)) << *term << " " << *posting;
            if (!bitmap->has(*posting)) break;
            EXPECT_EQ(bitmap->wdf(*posting), posting.get_wdf()) << *term << " " << *posting;
            expected = *posting + 1;
        }
        for (; expected <= database.get_lastdocid() + 64; ++expected) EXPECT_FALSE(bitmap->has(expected)) << *term;
    }
    return found;
}

TEST_F(TermBitmapsTest, HoldEachFrequentTermsDocumentsAndWdfs) {
    Xapian::Database database(database_path().string());
    // The default thresholds (5,000 documents) leave a small index without a file.
    EXPECT_TRUE(saved_files().empty());
    save(1);
    auto every = TermBitmaps::open_saved(database_path(), database);
    ASSERT_TRUE(every);
    std::size_t term_count = 0;
    for (auto term = database.allterms_begin(); term != database.allterms_end(); ++term) ++term_count;
    EXPECT_EQ(every->term_count(), term_count);
    EXPECT_EQ(expect_bitmaps_match_lists(*every, database), term_count);
    EXPECT_FALSE(every->find("zzzunheard"));

    save(60);
    auto frequent = TermBitmaps::open_saved(database_path(), database);
    ASSERT_TRUE(frequent);
    EXPECT_GT(frequent->term_count(), 0u);
    EXPECT_LT(frequent->term_count(), term_count);
    EXPECT_EQ(expect_bitmaps_match_lists(*frequent, database), frequent->term_count());
    for (auto term = database.allterms_begin(); term != database.allterms_end(); ++term) {
        EXPECT_EQ(frequent->find(*term).has_value(), term.get_termfreq() >= 60) << *term;
    }
}

TEST_F(TermBitmapsTest, BelongToOneRevision) {
    save(1);
    // Articles deleted and changed: the file of the revision before is ignored.
    for (std::size_t number = 0; number < 150; number += 4) {
        std::filesystem::remove(corpus_ / fmt::format("a{}.txt", 1000 + number));
    }
    testing::write_file(corpus_, "a1001.txt", testing::word_combination_article(77));
    ASSERT_EQ(saved_files().size(), 1u);
    auto before = saved_files().front();
    std::filesystem::copy_file(before, folder_.path() / "before");
    index();
    Xapian::Database database(database_path().string());
    // The run saved none of its own (too few documents) and removed the old one.
    EXPECT_TRUE(saved_files().empty());
    std::filesystem::copy_file(folder_.path() / "before", before);
    EXPECT_EQ(TermBitmaps::open_saved(database_path(), database), nullptr);
    save(1);
    auto after = TermBitmaps::open_saved(database_path(), database);
    ASSERT_TRUE(after);
    EXPECT_GT(expect_bitmaps_match_lists(*after, database), 0u);
}

TEST_F(TermBitmapsTest, DamagedFileIsNeverReadOutOfBounds) {
    save(1);
    Xapian::Database database(database_path().string());
    auto path = saved_files().front();
    auto size = std::filesystem::file_size(path);
    // Cut short: the names no longer where the header says.
    std::filesystem::resize_file(path, 100);
    EXPECT_EQ(TermBitmaps::open_saved(database_path(), database), nullptr);
    save(1);
    path = saved_files().front();
    ASSERT_EQ(std::filesystem::file_size(path), size);
    // Every byte after the header and entries overwritten: no term's ranks add up, so
    // no term is found, whatever its entry says.
    {
        auto bitmaps = TermBitmaps::open_saved(database_path(), database);
        ASSERT_TRUE(bitmaps);
        std::size_t entries_end = 88 + 24 * bitmaps->term_count();
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(static_cast<std::streamoff>(entries_end));
        std::string garbage(size - entries_end - 200, '\xa5');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    auto damaged = TermBitmaps::open_saved(database_path(), database);
    ASSERT_TRUE(damaged);
    for (auto term = database.allterms_begin(); term != database.allterms_end(); ++term) {
        EXPECT_FALSE(damaged->find(*term)) << *term;
    }
    // Garbage in the header: ignored.
    std::fstream(path, std::ios::in | std::ios::out | std::ios::binary).write("garbage!", 8);
    EXPECT_EQ(TermBitmaps::open_saved(database_path(), database), nullptr);
}

}  // namespace
}  // namespace newsdex
