/** @file populated_heap_test.cpp
 *  @brief newsdex-search's heap, populated before the search needs it.
 */
#include "searcher/populated_heap.hpp"

#include <gtest/gtest.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <vector>

namespace newsdex {
namespace {

/// How many of the whole pages inside [block, block + bytes) are in memory.
std::size_t resident_pages(const void* block, std::size_t bytes) {
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    auto start = (reinterpret_cast<std::uintptr_t>(block) + page - 1) / page * page;
    auto end = (reinterpret_cast<std::uintptr_t>(block) + bytes) / page * page;
    std::vector<unsigned char> in_memory((end - start) / page);
    if (::mincore(reinterpret_cast<void*>(start), end - start, in_memory.data()) != 0) return 0;
    std::size_t resident = 0;
    for (unsigned char flags : in_memory) resident += flags & 1;
    return resident;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool address_sanitizer = true;
#else
constexpr bool address_sanitizer = false;
#endif

TEST(PopulatedHeap, LaterAllocationsFindTheirPagesPresent) {
    if (address_sanitizer) GTEST_SKIP() << "AddressSanitizer's allocator does not take glibc's malloc options";
    constexpr std::size_t populated = std::size_t{512} << 10;
    populate_heap(populated);
    // Large enough that glibc would otherwise map it on its own, untouched; it comes
    // from the populated heap instead, every page present before it is written.
    constexpr std::size_t request = std::size_t{200} << 10;
    void* block = std::malloc(request);
    ASSERT_NE(block, nullptr);
    std::size_t pages = request / static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)) - 1;
    EXPECT_GE(resident_pages(block, request), pages);
    std::free(block);
    // Freed, it stays: asked again, the same pages are present.
    block = std::malloc(request);
    EXPECT_GE(resident_pages(block, request), pages);
    std::free(block);
}

}  // namespace
}  // namespace newsdex
