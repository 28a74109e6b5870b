/** @file bad_input_test.cpp
 *  @brief Bad articles, hostile queries and broken databases: clear errors, no crash, no
 *  lost data.
 */
#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/command.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

using testing::quote;
using testing::run_command;

std::string index_command(const std::filesystem::path& db, const std::filesystem::path& corpus) {
    return quote(NEWSDEX_INDEX_BINARY) + " -q --db " + quote(db.string()) + " --corpus " + quote(corpus.string());
}

std::string search_command(const std::filesystem::path& db) {
    return quote(NEWSDEX_SEARCH_BINARY) + " --db " + quote(db.string()) + " ";
}

/// Writes the bad-input corpus: every kind of broken file the issue lists, next to two
/// good articles. Returns the number of files that must fail.
int write_bad_corpus(const std::filesystem::path& corpus) {
    namespace fs = std::filesystem;
    testing::write_file(corpus, "good.txt", testing::sixth_article);
    testing::write_file(corpus, "name with spaces 'quotes' and ñ.txt",
                        "Quoted name\n\nThe article with an odd file name says the harbour reopened on Monday.\n");
    testing::write_file(corpus, "latin1.txt",
                        "Transfer news\n\nThe club paid \xa3"
                        "5m for the striker on Monday, and the "
                        "chairman said the fee was fair for a player of his age and record.\n");
    testing::write_file(corpus, "utf16.txt",
                        std::string("\xFF\xFE"
                                    "H\0i\0 \0t\0h\0e\0r\0e\0.\0",
                                    20));
    testing::write_file(corpus, "escape.txt",
                        "Evil \x1b[2J title\n\nA story with \x1b]0;owned\x07 terminal escapes inside it.\n");
    testing::write_file(corpus, "long-line.txt", "Long line\n\n" + std::string(2'000'000, 'a') + " end.\n");
    int failing = 0;
    testing::write_file(corpus, "empty.txt", ""), ++failing;
    testing::write_file(corpus, "binary.txt",
                        std::string("\x7f"
                                    "ELF\x02\x01\x01\0\0\0",
                                    10)),
        ++failing;
    testing::write_file(corpus, "nul.txt", std::string("Text with a NUL\0 inside", 23)), ++failing;
    testing::write_file(corpus, "unclosed.txt", "---\ndate: 2020\ntitle: never closed\n"), ++failing;
    testing::write_file(corpus, "bad-date.txt", "---\ndate: 31/02/2020\n---\nStory.\n"), ++failing;
    testing::write_file(corpus, "huge.txt", ""), ++failing;
    fs::resize_file(corpus / "huge.txt", 100u * 1024u * 1024u);  // sparse: 100 MB without writing it
    fs::create_symlink(corpus / "missing.txt", corpus / "broken-link.txt"), ++failing;
    fs::create_symlink(corpus / "loop-b.txt", corpus / "loop-a.txt");
    fs::create_symlink(corpus / "loop-a.txt", corpus / "loop-b.txt"), failing += 2;
    return failing;
}

TEST(BadInput, EachBadFileGetsOneLineAndTheRestIsIndexed) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    int failing = write_bad_corpus(corpus);
    auto result = run_command(index_command(folder.path() / "db", corpus));
    EXPECT_EQ(result.exit_code, 1) << result.err;
    std::size_t lines = static_cast<std::size_t>(std::count(result.err.begin(), result.err.end(), '\n'));
    EXPECT_EQ(lines, static_cast<std::size_t>(failing)) << result.err;
    for (const char* name :
         {"empty.txt: empty file", "binary.txt: binary file", "nul.txt: binary file (NUL byte)",
          "unclosed.txt: front matter opened on line 1 never closes", "bad-date.txt: front matter line 2",
          "huge.txt: file too large", "broken-link.txt: broken symbolic link", "loop-a.txt: symbolic link loop"}) {
        EXPECT_NE(result.err.find(name), std::string::npos) << name << "\n" << result.err;
    }
    EXPECT_NE(result.out.find("6 added"), std::string::npos) << result.out;
    auto found = run_command(search_command(folder.path() / "db") + "--format json harbour");
    EXPECT_EQ(nlohmann::json::parse(found.out)["total"], 1);
    auto latin1 = run_command(search_command(folder.path() / "db") + "--format json striker");
    EXPECT_EQ(nlohmann::json::parse(latin1.out)["total"], 1);
}

TEST(BadInput, UnreadableFileKeepsItsOldDocument) {
    if (geteuid() == 0) GTEST_SKIP() << "running as root: permissions do not stop root from reading";
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    testing::write_file(corpus, "a.txt", testing::sixth_article);
    ASSERT_EQ(run_command(index_command(folder.path() / "db", corpus)).exit_code, 0);
    std::ofstream(corpus / "a.txt", std::ios::app) << "More text.\n";
    std::filesystem::permissions(corpus / "a.txt", std::filesystem::perms::none);
    auto result = run_command(index_command(folder.path() / "db", corpus));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("a.txt: cannot"), std::string::npos) << result.err;
    auto found = run_command(search_command(folder.path() / "db") + "--format json arctic");
    EXPECT_EQ(nlohmann::json::parse(found.out)["total"], 1);
}

TEST(BadInput, TerminalEscapesNeverReachTheTerminal) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    testing::write_file(corpus, "escape\x1b[31m.txt",
                        "Evil \x1b[2J title\n\nA story with \x1b]0;owned\x07 escapes inside it.\n");
    ASSERT_EQ(run_command(index_command(folder.path() / "db", corpus)).exit_code, 0);
    auto text = run_command(search_command(folder.path() / "db") + "--color never story");
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_EQ(text.out.find('\x1b'), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find('\x07'), std::string::npos);
    auto json = run_command(search_command(folder.path() / "db") + "--format json story");
    EXPECT_EQ(json.out.find('\x1b'), std::string::npos);
    EXPECT_TRUE(nlohmann::json::accept(json.out));
}

TEST(BadInput, HostileQueriesGiveResultsOrAClearError) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    testing::copy_seed_corpus((std::filesystem::create_directories(corpus), corpus));
    ASSERT_EQ(run_command(index_command(folder.path() / "db", corpus)).exit_code, 0);
    std::string huge;
    for (int i = 0; i < 5000; ++i) huge += "sanctions ";
    std::vector<std::string> queries = {"'\"unbalanced quote'",
                                        "AND",
                                        "OR OR",
                                        "NOT",
                                        "'-'",
                                        "'*'",
                                        "'a*'",
                                        "'(('",
                                        "'))'",
                                        "person:",
                                        "year:",
                                        "'year:..'",
                                        "'year:3000..1000'",
                                        "title:",
                                        "'country:'",
                                        "$'\\x01\\x02control'",
                                        "$'\\xff\\xfe invalid utf8'",
                                        "'\"\"'",
                                        "'NEAR/3 x'",
                                        "quote(huge)"};
    queries.back() = quote(huge);
    for (const auto& query : queries) {
        auto result = run_command(search_command(folder.path() / "db") + "-- " + query);
        EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1 || result.exit_code == 2)
            << query.substr(0, 40) << " exit " << result.exit_code;
        if (result.exit_code == 2) {
            EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        }
    }
}

TEST(BadInput, BrokenDatabasesGiveAClearError) {
    testing::TemporaryFolder folder;
    auto check = [&](const std::filesystem::path& db, const std::string& expected) {
        auto result = run_command(search_command(db) + "sanctions");
        EXPECT_EQ(result.exit_code, 2) << db;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
    };
    check(folder.path() / "missing", "no database here");
    std::filesystem::create_directories(folder.path() / "empty");
    check(folder.path() / "empty", "cannot open");
    {
        Xapian::WritableDatabase foreign((folder.path() / "foreign").string(), Xapian::DB_CREATE);
        Xapian::Document document;
        document.add_term("hello");
        foreign.add_document(document);
        foreign.commit();
    }
    check(folder.path() / "foreign", "not a newsdex database");
    auto corpus = folder.path() / "corpus";
    testing::copy_seed_corpus((std::filesystem::create_directories(corpus), corpus));
    ASSERT_EQ(run_command(index_command(folder.path() / "db", corpus)).exit_code, 0);
    std::ifstream stub(folder.path() / "db" / "XAPIANDB");
    std::string kind, generation;
    stub >> kind >> generation;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path() / "db" / generation)) {
        if (entry.path().extension() == ".glass") {
            std::ofstream garbage(entry.path(), std::ios::trunc | std::ios::binary);
            garbage << std::string(8192, '\x5a');
        }
    }
    auto corrupt = run_command(search_command(folder.path() / "db") + "sanctions");
    EXPECT_EQ(corrupt.exit_code, 2) << corrupt.err;
    EXPECT_EQ(std::count(corrupt.err.begin(), corrupt.err.end(), '\n'), 1) << corrupt.err;
}

}  // namespace
}  // namespace newsdex
