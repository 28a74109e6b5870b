/** @file writer_lock.cpp
 *  @brief writer.pid bookkeeping.
 */
#include "common/index/writer_lock.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <unistd.h>

#include <ctime>
#include <fstream>

namespace newsdex {

WriterLock::WriterLock(std::filesystem::path database_root) : pid_file_(database_root / "writer.pid") {
    std::ofstream out(pid_file_, std::ios::trunc);
    out << getpid() << " " << std::time(nullptr) << "\n";
}

WriterLock::~WriterLock() {
    if (pid_file_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(pid_file_, ignored);
}

WriterLock::WriterLock(WriterLock&& other) noexcept : pid_file_(std::move(other.pid_file_)) {
    other.pid_file_.clear();
}

WriterLock& WriterLock::operator=(WriterLock&& other) noexcept {
    if (this != &other) {
        std::swap(pid_file_, other.pid_file_);
    }
    return *this;
}

std::string WriterLock::holder_description(const std::filesystem::path& database_root) {
    std::ifstream in(database_root / "writer.pid");
    long pid = 0;
    std::time_t since = 0;
    if (!(in >> pid >> since)) return {};
    return fmt::format(" (newsdex-index process {} since {:%Y-%m-%d %H:%M:%S})", pid, fmt::localtime(since));
}

}  // namespace newsdex
