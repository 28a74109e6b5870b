/** @file test_corpus.cpp
 *  @brief Temporary corpora for tests.
 */
#include "tests/support/test_corpus.hpp"

#include <fstream>
#include <random>
#include <stdexcept>

namespace fs = std::filesystem;

namespace newsdex::testing {

TemporaryFolder::TemporaryFolder() {
    std::random_device random;
    path_ = fs::temp_directory_path() / ("newsdex-test-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(path_);
}

TemporaryFolder::~TemporaryFolder() {
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
}

void write_file(const fs::path& folder, std::string_view name, std::string_view content) {
    fs::path path = folder / name;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

fs::path seed_corpus() {
    return fs::path(NEWSDEX_SOURCE_DIR) / "corpus";
}

void copy_seed_corpus(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(seed_corpus())) {
        fs::copy_file(entry.path(), folder / entry.path().filename());
    }
}

}  // namespace newsdex::testing
