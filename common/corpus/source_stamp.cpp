/** @file source_stamp.cpp
 *  @brief A file's stamp from stat(2).
 */
#include "common/corpus/source_stamp.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include "common/text/hash.hpp"
#include "common/version.hpp"

namespace newsdex {

std::string source_stamp(const std::filesystem::path& file) {
    struct stat status {};
    if (::stat(file.c_str(), &status) != 0) return {};
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    // A time in the future (another machine's clock, on a network file system) is not
    // settled either.
    auto settled = [&](const timespec& time) { return time.tv_sec + stamp_settling_seconds < now.tv_sec; };
    if (!settled(status.st_mtim) || !settled(status.st_ctim)) return {};
    return fmt::format("{:016x}:{}:{}.{:09}:{}.{:09}:{}", fnv1a(pipeline_version), status.st_size,
                       status.st_mtim.tv_sec, status.st_mtim.tv_nsec, status.st_ctim.tv_sec, status.st_ctim.tv_nsec,
                       status.st_ino);
}

}  // namespace newsdex
