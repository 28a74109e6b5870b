/** @file latency.hpp
 *  @brief Timing queries and summarising latencies (p50, p95, p99) for the benchmark.
 */
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace newsdex::bench {

/// The queries of a file, one per line, '#' comments and blank lines skipped.
[[nodiscard]] std::vector<std::string> read_queries(const std::string& path);

class LatencyRecorder {
  public:
    /// Runs `work` and records its time; returns it in milliseconds.
    template <typename Work>
    double time(Work work) {
        auto start = std::chrono::steady_clock::now();
        work();
        samples_.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        return samples_.back();
    }
    /// Records a time measured elsewhere, in milliseconds.
    void record(double milliseconds) { samples_.push_back(milliseconds); }
    /// "queries=N p50_ms=… p95_ms=… p99_ms=…".
    [[nodiscard]] std::string summary() const;

  private:
    std::vector<double> samples_;
};

}  // namespace newsdex::bench
