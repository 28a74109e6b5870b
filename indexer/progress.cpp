/** @file progress.cpp
 *  @brief Terminal progress line on stderr.
 */
#include "indexer/progress.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace newsdex {

void ProgressLine::update(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (done < total && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    double left = rate > 0 ? static_cast<double>(total - done) / rate : 0;
    fmt::print(stderr, "\r\x1b[K  {}/{} files  {:.0f} files/s  {:.0f}s left", done, total, rate, left);
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressLine::finish() {
    if (drawn_) fmt::print(stderr, "\r\x1b[K");
    drawn_ = false;
}

}  // namespace newsdex
