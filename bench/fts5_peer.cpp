/** @file fts5_peer.cpp
 *  @brief newsdex-bench-fts5: the SQLite FTS5 peer, driven through the sqlite3 C API.
 *
 * Usage: newsdex-bench-fts5 index DB CORPUS
 *        newsdex-bench-fts5 query DB QUERIES ROUNDS [--warmup N] [--samples FILE]
 * Indexes every *.txt file (tokenize='porter unicode61 remove_diacritics 2') in one
 * transaction; queries rank with ORDER BY rank and build snippet() for the top 10. Prints
 * one line of "key=value" figures for bench/run.
 */
#include <fmt/format.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "bench/latency.hpp"

namespace fs = std::filesystem;

namespace {

void check(int status, sqlite3* db, const char* what) {
    if (status != SQLITE_OK && status != SQLITE_DONE && status != SQLITE_ROW) {
        throw std::runtime_error(fmt::format("{}: {}", what, sqlite3_errmsg(db)));
    }
}

int index_corpus(const char* db_path, const char* corpus) {
    fs::remove(db_path);
    sqlite3* db = nullptr;
    check(sqlite3_open(db_path, &db), db, "open");
    check(sqlite3_exec(db,
                       "CREATE VIRTUAL TABLE articles USING fts5(path UNINDEXED, body, "
                       "tokenize='porter unicode61 remove_diacritics 2'); BEGIN;",
                       nullptr, nullptr, nullptr),
          db, "create");
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT INTO articles(path, body) VALUES (?, ?)", -1, &insert, nullptr), db,
          "prepare");
    auto start = std::chrono::steady_clock::now();
    std::size_t documents = 0, bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
        if (entry.path().extension() != ".txt") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        std::string body = text.str(), path = entry.path().string();
        sqlite3_bind_text(insert, 1, path.c_str(), static_cast<int>(path.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, body.c_str(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
        ++documents;
        bytes += body.size();
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr), db, "commit");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_close(db);
    fmt::print("documents={} bytes={} seconds={:.3f}\n", documents, bytes, seconds);
    return 0;
}

/// FTS5 wants bare words; quote each word (phrases stay phrases).
std::string fts5_query(const std::string& query) {
    if (query.front() == '"') return query;
    std::istringstream words(query);
    std::string out, word;
    while (words >> word) out += (out.empty() ? "\"" : " \"") + word + "\"";
    return out;
}

int run_queries(const char* db_path, const char* queries_file, const newsdex::bench::WarmRun& run) {
    sqlite3* db = nullptr;
    check(sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, nullptr), db, "open");
    sqlite3_stmt* select = nullptr;
    check(sqlite3_prepare_v2(db,
                             "SELECT path, snippet(articles, 1, '[', ']', '...', 20) FROM articles "
                             "WHERE articles MATCH ? ORDER BY rank LIMIT 10",
                             -1, &select, nullptr),
          db, "prepare");
    auto queries = newsdex::bench::read_queries(queries_file);
    newsdex::bench::LatencyRecorder recorder;
    for (int round = 0; round < run.warmup_rounds + run.rounds; ++round) {
        recorder.set_recording(round >= run.warmup_rounds);
        for (const auto& query : queries) {
            std::string match = fts5_query(query);
            recorder.time([&] {
                sqlite3_bind_text(select, 1, match.c_str(), -1, SQLITE_TRANSIENT);
                while (sqlite3_step(select) == SQLITE_ROW) {
                }
                sqlite3_reset(select);
            });
        }
    }
    sqlite3_finalize(select);
    sqlite3_close(db);
    if (!run.samples_path.empty()) newsdex::bench::append_samples(run.samples_path, recorder.samples());
    fmt::print("{}\n", recorder.summary());
    return 0;
}

}  // namespace

int main(int argc, char** argv) try {
    std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "index" && argc == 4) return index_corpus(argv[2], argv[3]);
    if (mode == "query" && argc >= 5)
        return run_queries(argv[2], argv[3], newsdex::bench::parse_warm_run(argc, argv, 4));
    fmt::print(stderr,
               "usage: newsdex-bench-fts5 index DB CORPUS | query DB QUERIES ROUNDS [--warmup N] [--samples FILE]\n");
    return 2;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-bench-fts5: {}\n", error.what());
    return 2;
}
