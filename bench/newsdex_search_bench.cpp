/** @file newsdex_search_bench.cpp
 *  @brief newsdex-bench-search: warm, in-process latency of newsdex searches as users get
 *  them: top 10 with snippets, plus exact facet counts over the whole match set.
 *
 * Usage: newsdex-bench-search DB QUERIES ROUNDS [--warmup N] [--samples FILE] [--each] [--one-match]
 * --warmup runs N rounds first, unrecorded; --samples appends each recorded time to FILE
 * (bench/latency.hpp); --each also prints each query's fastest, median and slowest times and
 * match count, slowest first: where a tail comes from. --one-match never splits a match in two halves
 * (split_match.hpp) nor counts it on the side thread (side_count.hpp): what they save.
 */
#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>

#include "bench/latency.hpp"
#include "common/search/searcher.hpp"

namespace {

struct QueryTimes {
    std::vector<double> milliseconds;
    Xapian::doccount matches = 0;
    [[nodiscard]] double fastest() const { return *std::min_element(milliseconds.begin(), milliseconds.end()); }
    [[nodiscard]] double slowest() const { return *std::max_element(milliseconds.begin(), milliseconds.end()); }
    [[nodiscard]] double median() const {
        auto sorted = milliseconds;
        std::sort(sorted.begin(), sorted.end());
        return sorted[sorted.size() / 2];
    }
};

void print_each(const std::map<std::string, QueryTimes>& times) {
    std::vector<std::pair<std::string, QueryTimes>> sorted(times.begin(), times.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.second.fastest() > b.second.fastest(); });
    fmt::print("  fastest    median   slowest (ms)   matches  query\n");
    for (const auto& [query, time] : sorted)
        fmt::print("{:9.3f} {:9.3f} {:9.3f} {:14}  {}\n", time.fastest(), time.median(), time.slowest(), time.matches,
                   query);
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc < 4) {
        fmt::print(stderr,
                   "usage: newsdex-bench-search DB QUERIES ROUNDS [--warmup N] [--samples FILE] [--each] "
                   "[--one-match]\n");
        return 2;
    }
    auto run = newsdex::bench::parse_warm_run(argc, argv, 3, true);
    auto database = newsdex::open_database(argv[1]);
    if (run.one_match) {
        database.split_match_from = std::numeric_limits<Xapian::doccount>::max();
        database.count_beside_from = std::numeric_limits<Xapian::doccount>::max();
    }
    auto queries = newsdex::bench::read_queries(argv[2]);
    newsdex::bench::LatencyRecorder recorder;
    std::map<std::string, QueryTimes> times;
    std::size_t matches = 0;
    for (int round = 0; round < run.warmup_rounds + run.rounds; ++round) {
        recorder.set_recording(round >= run.warmup_rounds);
        for (const auto& query : queries) {
            newsdex::SearchRequest request;
            request.query = query;
            Xapian::doccount total = 0;
            double milliseconds = recorder.time([&] {
                total = newsdex::run_search(database, request, {"[", "]"}).total;
            });
            if (round < run.warmup_rounds) continue;
            matches += total;
            auto& time = times[query];
            time.milliseconds.push_back(milliseconds);
            time.matches = total;
        }
    }
    if (!run.samples_path.empty()) newsdex::bench::append_samples(run.samples_path, recorder.samples());
    if (run.each) print_each(times);
    fmt::print("{} matches={}\n", recorder.summary(), matches);
    return 0;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-bench-search: {}\n", error.what());
    return 2;
}
