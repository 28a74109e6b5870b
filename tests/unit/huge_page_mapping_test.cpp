/** @file huge_page_mapping_test.cpp
 *  @brief A file mapped at a huge page boundary.
 */
#include "common/index/huge_page_mapping.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <string>

#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

/// Random bytes (seeded): a page mapped at the wrong place shows.
std::string random_bytes(std::size_t size) {
    std::mt19937 generator(7);
    std::string bytes(size, '\0');
    for (char& byte : bytes) byte = static_cast<char>(generator());
    return bytes;
}

class OpenFile {
  public:
    explicit OpenFile(const std::filesystem::path& path) : descriptor_(::open(path.c_str(), O_RDONLY)) {}
    ~OpenFile() { ::close(descriptor_); }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    [[nodiscard]] int descriptor() const { return descriptor_; }

  private:
    int descriptor_;
};

/// Whether `contents` starts at a 2 MiB boundary and holds `bytes`.
void expect_aligned_copy(const std::shared_ptr<const void>& contents, const std::string& bytes) {
    ASSERT_TRUE(contents);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(contents.get()) % (std::size_t{2} << 20), 0u);
    EXPECT_EQ(std::memcmp(contents.get(), bytes.data(), bytes.size()), 0);
}

TEST(HugePageMapping, HoldsTheFileAlignedToAHugePage) {
    testing::TemporaryFolder folder;
    // Past one huge page and not a whole number of them, nor of small pages.
    std::string bytes = random_bytes((std::size_t{5} << 20) + 12345);
    testing::write_file(folder.path(), "column", bytes);
    // Settled first, as the indexer does, and mapped after as a search does; the file
    // keeps its bytes.
    settle_in_huge_pages(folder.path() / "column");
    OpenFile file(folder.path() / "column");
    ASSERT_GE(file.descriptor(), 0);
    expect_aligned_copy(map_in_huge_pages(file.descriptor(), bytes.size()), bytes);
    // A prefix only, when asked for less.
    expect_aligned_copy(map_in_huge_pages(file.descriptor(), 100), bytes.substr(0, 100));
}

TEST(HugePageMapping, ReadsTheFileIntoMemoryAlignedToAHugePage) {
    testing::TemporaryFolder folder;
    std::string bytes = random_bytes((std::size_t{3} << 20) + 4321);
    testing::write_file(folder.path(), "column", bytes);
    OpenFile file(folder.path() / "column");
    ASSERT_GE(file.descriptor(), 0);
    expect_aligned_copy(read_into_huge_pages(file.descriptor(), bytes.size()), bytes);
    // More than the file holds is nothing, not a short copy.
    EXPECT_FALSE(read_into_huge_pages(file.descriptor(), bytes.size() + 1));
}

TEST(HugePageMapping, IsNothingWithoutAFileOrBytes) {
    testing::TemporaryFolder folder;
    testing::write_file(folder.path(), "short", random_bytes(4096));
    OpenFile file(folder.path() / "short");
    EXPECT_FALSE(map_in_huge_pages(file.descriptor(), 0));
    EXPECT_FALSE(map_in_huge_pages(-1, 16));
    EXPECT_FALSE(read_into_huge_pages(-1, 16));
    settle_in_huge_pages(folder.path() / "missing");  // best effort: nothing to do, no error
}

}  // namespace
}  // namespace newsdex
