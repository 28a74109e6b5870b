/** @file latency.cpp
 *  @brief Percentiles.
 */
#include "bench/latency.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <string_view>

namespace newsdex::bench {

std::vector<std::string> read_queries(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> queries;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.front() != '#') queries.push_back(line);
    }
    return queries;
}

WarmRun parse_warm_run(int argc, char** argv, int rounds_at, bool newsdex_options) {
    if (rounds_at >= argc) throw std::invalid_argument("ROUNDS missing");
    WarmRun run;
    run.rounds = std::stoi(argv[rounds_at]);
    for (int at = rounds_at + 1; at < argc; ++at) {
        std::string_view option = argv[at];
        bool has_value = at + 1 < argc;
        if (option == "--warmup" && has_value) {
            run.warmup_rounds = std::stoi(argv[++at]);
        } else if (option == "--samples" && has_value) {
            run.samples_path = argv[++at];
        } else if (option == "--each" && newsdex_options) {
            run.each = true;
        } else if (option == "--one-match" && newsdex_options) {
            run.one_match = true;
        } else {
            throw std::invalid_argument(fmt::format("unknown or incomplete option {}", option));
        }
    }
    return run;
}

void append_samples(const std::string& path, const std::vector<double>& samples) {
    std::ofstream out(path, std::ios::app);
    for (double sample : samples) out << fmt::format("{:.4f}\n", sample);
    if (!out) throw std::runtime_error(path + ": cannot append samples");
}

std::string LatencyRecorder::summary() const {
    std::vector<double> sorted = samples_;
    std::sort(sorted.begin(), sorted.end());
    auto percentile = [&](double p) {
        if (sorted.empty()) return 0.0;
        auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
        return sorted[index];
    };
    return fmt::format("queries={} p50_ms={:.3f} p95_ms={:.3f} p99_ms={:.3f}", sorted.size(), percentile(0.50),
                       percentile(0.95), percentile(0.99));
}

}  // namespace newsdex::bench
