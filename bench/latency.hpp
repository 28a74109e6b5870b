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

/// How a warm run goes, from the arguments from ROUNDS on: `ROUNDS [--warmup N]
/// [--samples FILE]`, and `[--each] [--one-match]` where `newsdex_options`. Throws
/// std::invalid_argument for anything else.
struct WarmRun {
    int rounds = 1;
    int warmup_rounds = 0;     ///< run first, not recorded
    std::string samples_path;  ///< where to append each recorded time (ms, one a line)
    bool each = false;         ///< per-query times too (newsdex-bench-search)
    bool one_match = false;    ///< one thread matches and counts (newsdex-bench-search)
};
[[nodiscard]] WarmRun parse_warm_run(int argc, char** argv, int rounds_at, bool newsdex_options = false);

/// Appends `samples` to the file at `path`, one a line. bench/run merges the files of
/// turns that alternate the tools, so that the VM's drift falls on all of them alike.
void append_samples(const std::string& path, const std::vector<double>& samples);

class LatencyRecorder {
  public:
    /// Runs `work` and records its time unless recording is off; returns it in ms.
    template <typename Work>
    double time(Work work) {
        auto start = std::chrono::steady_clock::now();
        work();
        double milliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (recording_) samples_.push_back(milliseconds);
        return milliseconds;
    }
    /// Off for warm-up rounds.
    void set_recording(bool recording) { recording_ = recording; }
    [[nodiscard]] const std::vector<double>& samples() const { return samples_; }
    /// Records a time measured elsewhere, in milliseconds.
    void record(double milliseconds) { samples_.push_back(milliseconds); }
    /// "queries=N p50_ms=… p95_ms=… p99_ms=…".
    [[nodiscard]] std::string summary() const;

  private:
    std::vector<double> samples_;
    bool recording_ = true;
};

}  // namespace newsdex::bench
