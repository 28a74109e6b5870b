/** @file populated_heap.hpp
 *  @brief A one-shot search's heap, populated before the search needs it.
 *
 * On the VM newsdex is measured on, a page of fresh memory costs about 9 µs the first
 * time a process writes to it (a fault in the guest, then the host filling its shadow
 * page table: docs/performance.md), and one system call populating many pages costs far
 * less a page. A search at 100,000 articles touches some 90 heap pages that way
 * (`perf record -e page-faults -d`, one "cricket" search: 90 of its 199 faults), and
 * glibc's malloc gives memory back to the kernel as soon as 128 KiB lie free at the top
 * of the heap, so a search that frees and allocates again faults again. With 512 KiB
 * populated and kept, that search takes 112 faults.
 */
#pragma once

#include <cstddef>

namespace newsdex {

/// Grows the heap by `bytes`, populated in one call, and keeps it: malloc then carves
/// the process's allocations from pages already present and never trims the heap (a
/// process that runs one search and exits has nothing to give back). For newsdex-search
/// only, before anything else; harmless where the kernel cannot populate (before Linux
/// 5.14), where the pages are simply touched as before.
void populate_heap(std::size_t bytes);

}  // namespace newsdex
