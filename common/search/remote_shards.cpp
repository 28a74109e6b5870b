/** @file remote_shards.cpp
 *  @brief Reading Xapian stub files for remote lines.
 */
#include "common/search/remote_shards.hpp"

#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace newsdex {

namespace {

/// Stubs may point at stubs; a loop of them must not hang the searcher.
constexpr int max_stub_depth = 8;

bool stub_has_remote_shards(const fs::path& path, int depth) {
    std::error_code error;
    fs::path stub = fs::is_directory(path, error) ? path / "XAPIANDB" : path;
    if (depth > max_stub_depth || !fs::is_regular_file(stub, error)) return false;
    std::ifstream input(stub);
    std::string line;
    while (std::getline(input, line)) {
        std::istringstream words(line);
        std::string kind, target;
        words >> kind >> target;
        // "tcp" and "prog" are the older spellings of "remote" that Xapian still reads.
        if (kind == "remote" || kind == "tcp" || kind == "prog") return true;
        if (kind == "auto" && !target.empty()) {
            fs::path next = fs::path(target).is_absolute() ? fs::path(target) : stub.parent_path() / target;
            if (stub_has_remote_shards(next, depth + 1)) return true;
        }
    }
    return false;
}

}  // namespace

bool has_remote_shards(const fs::path& path) {
    return stub_has_remote_shards(path, 0);
}

}  // namespace newsdex
