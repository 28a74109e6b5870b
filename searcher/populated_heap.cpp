/** @file populated_heap.cpp
 *  @brief A one-shot search's heap, populated before the search needs it.
 */
#include "searcher/populated_heap.hpp"

#include <malloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>

namespace newsdex {

namespace {

constexpr std::uintptr_t page = 4096;

}  // namespace

void populate_heap(std::size_t bytes) {
    // A block this large would otherwise be mapped on its own (from 128 KiB) and unmapped
    // when freed; -1: the top of the heap is never trimmed.
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(bytes + page));
    mallopt(M_TRIM_THRESHOLD, -1);
    void* block = std::malloc(bytes);
    if (!block) return;
    auto start = (reinterpret_cast<std::uintptr_t>(block) + page - 1) / page * page;
    auto end = (reinterpret_cast<std::uintptr_t>(block) + bytes) / page * page;
    if (start < end) ::madvise(reinterpret_cast<void*>(start), end - start, MADV_POPULATE_WRITE);
    std::free(block);  // back to the top of the heap, which stays
}

}  // namespace newsdex
