/** @file newsdex_search_bench.cpp
 *  @brief newsdex-bench-search: warm, in-process latency of newsdex searches as users get
 *  them: top 10 with snippets, plus exact facet counts over the whole match set.
 *
 * Usage: newsdex-bench-search DB QUERIES ROUNDS
 */
#include <fmt/format.h>

#include "bench/latency.hpp"
#include "common/search/searcher.hpp"

int main(int argc, char** argv) try {
    if (argc != 4) {
        fmt::print(stderr, "usage: newsdex-bench-search DB QUERIES ROUNDS\n");
        return 2;
    }
    auto database = newsdex::open_database(argv[1]);
    auto queries = newsdex::bench::read_queries(argv[2]);
    newsdex::bench::LatencyRecorder recorder;
    std::size_t matches = 0;
    for (int round = 0; round < std::stoi(argv[3]); ++round) {
        for (const auto& query : queries) {
            newsdex::SearchRequest request;
            request.query = query;
            recorder.time([&] { matches += newsdex::run_search(database, request, {"[", "]"}).total; });
        }
    }
    fmt::print("{} matches={}\n", recorder.summary(), matches);
    return 0;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-bench-search: {}\n", error.what());
    return 2;
}
