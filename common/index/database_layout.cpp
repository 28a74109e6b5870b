/** @file database_layout.cpp
 *  @brief Stub file and generation folders.
 */
#include "common/index/database_layout.hpp"

#include <fmt/format.h>

#include <fstream>

#include "common/error.hpp"

namespace fs = std::filesystem;

namespace newsdex {

DatabaseLayout::DatabaseLayout(fs::path root) : root_(std::move(root)) {}

bool DatabaseLayout::is_plain_database() const {
    return fs::exists(root_ / "iamglass") || fs::exists(root_ / "iamchert");
}

std::optional<fs::path> DatabaseLayout::current() const {
    if (is_plain_database()) return root_;
    std::ifstream stub(stub_path());
    if (!stub) return std::nullopt;
    std::string kind, name;
    stub >> kind >> name;
    if (kind != "auto" || name.empty() || name.find('/') != std::string::npos) {
        throw DatabaseError(fmt::format("{}: not a newsdex stub (expected 'auto gen-N')", stub_path().string()));
    }
    return root_ / name;
}

fs::path DatabaseLayout::next_generation() const {
    int number = 1;
    if (auto live = current()) {
        std::string name = live->filename().string();
        if (name.starts_with("gen-")) number = std::stoi(name.substr(4)) + 1;
    }
    while (fs::exists(root_ / fmt::format("gen-{}", number))) ++number;
    return root_ / fmt::format("gen-{}", number);
}

void DatabaseLayout::publish(const fs::path& generation) const {
    fs::path temporary = root_ / "XAPIANDB.tmp";
    {
        std::ofstream stub(temporary, std::ios::trunc);
        stub << "auto " << generation.filename().string() << "\n";
        stub.flush();
        if (!stub) throw DatabaseError(fmt::format("{}: cannot write the stub file", temporary.string()));
    }
    fs::rename(temporary, stub_path());
    // Old generations, and half-built ones a killed --rebuild left, are not live any more.
    for (const auto& entry : fs::directory_iterator(root_)) {
        std::string name = entry.path().filename().string();
        if (!name.starts_with("gen-") || entry.path() == generation) continue;
        std::error_code ignored;
        fs::remove_all(entry.path(), ignored);
    }
}

}  // namespace newsdex
