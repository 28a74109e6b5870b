/** @file writer_lock.hpp
 *  @brief Says which process is writing an index, for a clear message to a second writer.
 *
 * Xapian's own lock guards the database; this only records the holder's process id in
 * `<db>/writer.pid` while it writes, so a second newsdex-index can say who holds the lock.
 */
#pragma once

#include <filesystem>
#include <string>

namespace newsdex {

class WriterLock {
  public:
    WriterLock() = default;
    /// Records this process as the writer of `database_root`.
    explicit WriterLock(std::filesystem::path database_root);
    ~WriterLock();
    WriterLock(WriterLock&& other) noexcept;
    WriterLock& operator=(WriterLock&& other) noexcept;
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    /// " (process 1234 since 2026-11-22 19:00:00)" or "" when unknown.
    [[nodiscard]] static std::string holder_description(const std::filesystem::path& database_root);

  private:
    std::filesystem::path pid_file_;
};

}  // namespace newsdex
