/** @file source_stamp.hpp
 *  @brief What the file system says of an article file, so that an update run can tell
 *  an unchanged file without reading it, as git's index and omindex do.
 */
#pragma once

#include <ctime>
#include <filesystem>
#include <string>

namespace newsdex {

/// How long after its last change a file's stamp is trusted, in seconds. File times
/// advance in clock ticks (a few milliseconds here, two seconds on FAT), so a file that
/// changes twice within one tick keeps its times; a file last changed longer ago than
/// this cannot change again without new times.
inline constexpr std::time_t stamp_settling_seconds = 2;

/// The stamp of `file`, taken before it is read: a hash of the pipeline version, the size,
/// the modification and status-change times (nanoseconds), the inode and the device, in
/// 16 hexadecimal digits; or "" when the file changed within the last
/// `stamp_settling_seconds` or cannot be looked at. Equal non-empty stamps mean the file
/// still holds what was read, as far as the file system can tell: writing changes both
/// times, and setting the modification time back (touch, cp -p, tar) still moves the
/// status-change time, which no one can set. A new pipeline version changes every stamp,
/// as it changes every content signature.
[[nodiscard]] std::string source_stamp(const std::filesystem::path& file);

}  // namespace newsdex
