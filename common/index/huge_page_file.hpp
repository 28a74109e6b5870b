/** @file huge_page_file.hpp
 *  @brief A file read whole into transparent huge pages.
 *
 * On the VM newsdex is measured on (a PVM guest, docs/performance.md), the first touch
 * of each 4 KiB page in a process costs 1.4–3.5 µs, whether the page is a file's mapping
 * (populated or not) or fresh memory: a one-shot search that counts the facets of 20,000
 * matches touches most of the saved facet column's 1,240 pages and spends 2.5–4 ms on
 * that alone. A 2 MiB huge page is one touch. Reading the column into anonymous memory
 * advised as huge pages (the kernel's page cache holds the file in 4 KiB pages, so its
 * mapping cannot be huge) costs 0.15–0.3 ms a MiB (zeroing the huge pages, copying) and
 * leaves every later touch cheap.
 */
#pragma once

#include <cstddef>
#include <memory>

namespace newsdex {

/// Whether this kernel hands out transparent huge pages to memory advised for them
/// (/sys/kernel/mm/transparent_hugepage/enabled says "always" or "madvise"). Read once.
[[nodiscard]] bool huge_pages_available();

/// The first `size` bytes of the open file `descriptor`, read into memory aligned to and
/// advised for 2 MiB huge pages; nothing when the memory cannot be had or the file holds
/// fewer bytes (the caller then maps the file).
[[nodiscard]] std::shared_ptr<const void> read_into_huge_pages(int descriptor, std::size_t size);

}  // namespace newsdex
