/** @file crash_race_test.cpp
 *  @brief kill -9 at random moments leaves a readable index that the next run completes
 *  to exactly a clean build; searches racing an indexer never fail.
 */
#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <xapian.h>

#include <chrono>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "tests/support/command.hpp"
#include "tests/support/index_dump.hpp"
#include "tests/support/test_corpus.hpp"

extern char** environ;

namespace newsdex {
namespace {

using testing::quote;
using testing::run_command;

/// Kills per run of the loop; the README reports the figures.
constexpr int kill_rounds = 12;
constexpr int generated_articles = 300;

/// A corpus of `count` articles made from the seed articles, each made distinct.
void write_generated_corpus(const std::filesystem::path& corpus, int count) {
    std::vector<std::string> seeds;
    for (const auto& entry : std::filesystem::directory_iterator(testing::seed_corpus())) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        seeds.push_back(text.str());
    }
    std::sort(seeds.begin(), seeds.end());
    for (int i = 0; i < count; ++i) {
        std::string text = seeds[static_cast<std::size_t>(i) % seeds.size()];
        text += fmt::format("\n\nThis copy number {} was filed by desk {} about topic{} in region{}.\n", i, i % 7, i,
                            i % 13);
        testing::write_file(corpus, fmt::format("batch{}/article{:04}.txt", i % 4, i), text);
    }
}

pid_t spawn(const std::vector<std::string>& arguments) {
    std::vector<char*> argv;
    for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

std::vector<std::string> index_arguments(const std::filesystem::path& db, const std::filesystem::path& corpus,
                                         const std::string& extra = "") {
    std::vector<std::string> arguments{NEWSDEX_INDEX_BINARY, "-q",       "--batch",      "20", "--db",
                                       db.string(),          "--corpus", corpus.string()};
    if (!extra.empty()) arguments.push_back(extra);
    return arguments;
}

TEST(CrashSafety, KillLoopThenResumeEqualsACleanBuild) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    write_generated_corpus(corpus, generated_articles);
    auto db = folder.path() / "killed";
    std::mt19937 random(20261122);
    int kills = 0;
    for (int round = 0; round < kill_rounds; ++round) {
        pid_t pid = spawn(index_arguments(db, corpus, round % 4 == 3 ? "--rebuild" : ""));
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 400)(random)));
        kills += kill(pid, SIGKILL) == 0;
        int status = 0;
        waitpid(pid, &status, 0);
        if (std::filesystem::exists(db / "XAPIANDB")) {
            // The last committed index must stay readable after every kill.
            EXPECT_NO_THROW(Xapian::Database(db.string()).get_doccount()) << "round " << round;
        }
    }
    auto resumed = run_command(testing::quote(NEWSDEX_INDEX_BINARY) + " -q --db " + quote(db.string()) + " --corpus " +
                               quote(corpus.string()));
    ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
    auto clean = folder.path() / "clean";
    ASSERT_EQ(run_command(quote(NEWSDEX_INDEX_BINARY) + " -q --db " + quote(clean.string()) + " --corpus " +
                          quote(corpus.string()))
                  .exit_code,
              0);
    std::string killed_dump = testing::dump_index(db.string()), clean_dump = testing::dump_index(clean.string());
    EXPECT_EQ(killed_dump.size(), clean_dump.size());
    EXPECT_TRUE(killed_dump == clean_dump) << "index after kills differs from a clean build";
    fmt::print("kill loop: {} kills at random moments, then one resumed run equal to a clean build of {} articles\n",
               kills, generated_articles);
}

TEST(Concurrency, SearchesRacingAnIndexerNeverFail) {
    testing::TemporaryFolder folder;
    auto corpus = folder.path() / "corpus";
    write_generated_corpus(corpus, generated_articles);
    auto db = folder.path() / "db";
    ASSERT_EQ(run_command(quote(NEWSDEX_INDEX_BINARY) + " -q --batch 20 --db " + quote(db.string()) + " --corpus " +
                          quote(corpus.string()))
                  .exit_code,
              0);
    std::atomic<bool> indexing{true};
    std::thread indexer([&] {
        for (int round = 0; round < 4; ++round) {
            // Alternate full rebuilds (generation swaps) with incremental updates.
            testing::write_file(corpus, fmt::format("extra/new{}.txt", round), testing::sixth_article);
            (void)run_command(quote(NEWSDEX_INDEX_BINARY) + " -q --batch 10 --wait --db " + quote(db.string()) +
                              " --corpus " + quote(corpus.string()) + (round % 2 == 0 ? " --rebuild" : ""));
        }
        indexing = false;
    });
    int searches = 0, failures = 0;
    while (indexing || searches < 20) {
        auto result =
            run_command(quote(NEWSDEX_SEARCH_BINARY) + " --db " + quote(db.string()) + " --format json sanctions");
        ++searches;
        if (result.exit_code != 0) {
            ++failures;
            ADD_FAILURE() << "search " << searches << " exit " << result.exit_code << ": " << result.err;
        }
    }
    indexer.join();
    EXPECT_EQ(failures, 0);
    fmt::print("racing: {} searches while the index was rebuilt twice and updated twice, {} failed\n", searches,
               failures);
}

}  // namespace
}  // namespace newsdex
