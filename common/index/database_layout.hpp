/** @file database_layout.hpp
 *  @brief Where the index lives on disk, and how a rebuild is swapped in atomically.
 *
 * A newsdex database is a folder holding a Xapian stub file `XAPIANDB` ("auto gen-N") and
 * the generation folders it points at. Xapian opens such a folder directly, so
 * newsdex-search, quest and xapian-delve all read it as one database. A full rebuild
 * writes gen-(N+1) beside the live one and then renames a new stub over the old: readers
 * see the old index or the new one, never a half-built one. A plain Xapian database
 * folder (no stub) is used as it is.
 */
#pragma once

#include <filesystem>
#include <optional>

namespace newsdex {

class DatabaseLayout {
  public:
    explicit DatabaseLayout(std::filesystem::path root);

    /// The generation folder the stub points at; nullopt when there is no index yet.
    [[nodiscard]] std::optional<std::filesystem::path> current() const;
    /// A fresh, empty generation folder path beside the current one (not created).
    [[nodiscard]] std::filesystem::path next_generation() const;
    /// Points the stub at `generation` atomically (write a temporary stub, then rename),
    /// then deletes the generation it replaced.
    void publish(const std::filesystem::path& generation) const;
    /// True when root is a plain Xapian database rather than a newsdex folder.
    [[nodiscard]] bool is_plain_database() const;
    [[nodiscard]] const std::filesystem::path& root() const { return root_; }

  private:
    [[nodiscard]] std::filesystem::path stub_path() const { return root_ / "XAPIANDB"; }
    std::filesystem::path root_;
};

}  // namespace newsdex
