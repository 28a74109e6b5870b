/** @file process_latency.cpp
 *  @brief newsdex-bench-process: one process per query, as a terminal user runs it, for
 *  several commands side by side.
 *
 * Usage: newsdex-bench-process QUERIES REPEATS COMMAND... [--- COMMAND...]...
 *
 * Each query is appended to each command as its last argument. For every query the
 * commands take turns, REPEATS times over, and each keeps its median for that query:
 * the machine's speed drifts (a VM more than most), and turns spread the drift over all
 * commands alike instead of over whichever ran during a slow spell. Prints one line per
 * command: "queries=N p50_ms=… p95_ms=… p99_ms=…" over the per-query medians.
 *
 * The clock runs from spawning the process to reaping it, both here: timing with date(1)
 * in a shell loop also counts a date process's exit and the next one's start, about a
 * millisecond that makes any two tools look closer than they are.
 */
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench/latency.hpp"

extern char** environ;

namespace {

using Command = std::vector<std::string>;

/// Runs `command` with `query` appended, output discarded; milliseconds from spawn to exit.
double run_once(const Command& command, const std::string& query, const posix_spawn_file_actions_t& quiet) {
    std::vector<std::string> words = command;
    words.push_back(query);
    std::vector<char*> arguments;
    for (auto& word : words) arguments.push_back(word.data());
    arguments.push_back(nullptr);
    auto start = std::chrono::steady_clock::now();
    pid_t child = 0;
    if (int error = posix_spawnp(&child, arguments[0], &quiet, nullptr, arguments.data(), environ)) {
        throw std::runtime_error(fmt::format("{}: cannot run ({})", command[0], std::strerror(error)));
    }
    int status = 0;
    waitpid(child, &status, 0);
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc < 4) {
        fmt::print(stderr, "usage: newsdex-bench-process QUERIES REPEATS COMMAND... [--- COMMAND...]...\n");
        return 2;
    }
    int repeats = std::max(1, std::stoi(argv[2]));
    std::vector<Command> commands(1);
    for (int i = 3; i < argc; ++i) {
        if (std::string(argv[i]) == "---") {
            commands.emplace_back();
        } else {
            commands.back().push_back(argv[i]);
        }
    }
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
    std::vector<newsdex::bench::LatencyRecorder> recorders(commands.size());
    for (const auto& query : newsdex::bench::read_queries(argv[1])) {
        std::vector<std::vector<double>> samples(commands.size());
        for (int turn = 0; turn < repeats; ++turn) {
            for (std::size_t command = 0; command < commands.size(); ++command) {
                samples[command].push_back(run_once(commands[command], query, quiet));
            }
        }
        for (std::size_t command = 0; command < commands.size(); ++command) {
            recorders[command].record(median(samples[command]));
        }
    }
    for (const auto& recorder : recorders) fmt::print("{}\n", recorder.summary());
    return 0;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-bench-process: {}\n", error.what());
    return 1;
}
