/** @file progress.hpp
 *  @brief Progress line on a terminal: files done of total, rate, time left.
 */
#pragma once

#include <chrono>
#include <cstddef>

namespace newsdex {

class ProgressLine {
  public:
    explicit ProgressLine(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {}
    /// Redraws at most ten times a second.
    void update(std::size_t done, std::size_t total);
    /// Clears the line.
    void finish();

  private:
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace newsdex
