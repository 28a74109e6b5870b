/** @file latency.cpp
 *  @brief Percentiles.
 */
#include "bench/latency.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

namespace newsdex::bench {

std::vector<std::string> read_queries(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> queries;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.front() != '#') queries.push_back(line);
    }
    return queries;
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
