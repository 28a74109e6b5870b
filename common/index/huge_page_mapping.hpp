/** @file huge_page_mapping.hpp
 *  @brief A file mapped so that the kernel can back it with 2 MiB pages.
 *
 * On the VM newsdex is measured on (a PVM guest, docs/performance.md), the first touch
 * of each 4 KiB page in a process costs 1.4–3.5 µs: a one-shot search that counts the
 * facets of 20,000 matches touches most of the saved facet column's 1,240 pages and would
 * spend 2.5–4 ms on that alone. A 2 MiB page is one touch. Since Linux 6.16, ext4 (as XFS
 * before it) keeps a file's page cache in large folios, and a mapping advised with
 * `MADV_HUGEPAGE` reads an uncached file in 2 MiB ones and maps each with one page-table
 * entry (`FilePmdMapped` in smaps). A file read or written by other means is cached in
 * smaller folios, which the mapping shows in small pages until the cache lets them go:
 * settle_in_huge_pages() drops a file just written and reads it back through such a
 * mapping. At 100,000 articles (a 5 MB column), touching every page of the column: 0.05
 * ms so cached, 0.2–0.3 ms in the folios a write left, 1.4 ms in small ones, against
 * 0.7–1.4 ms to read it into anonymous huge pages (the kernel zeroes each before the
 * copy), which only a process that searches many times still pays (read_into_huge_pages).
 * Older kernels and other file systems map small pages: slower, still right.
 */
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

namespace newsdex {

/// The first `size` bytes of the open file `descriptor`, mapped read-only at a 2 MiB
/// boundary, advised for huge pages and populated (unless `populate` is false: for a file
/// of which a search reads a few places); nothing when it cannot be mapped. The mapping
/// outlives the descriptor.
[[nodiscard]] std::shared_ptr<const void> map_in_huge_pages(int descriptor, std::size_t size, bool populate = true);

/// The first `size` bytes of the open file `descriptor`, read into memory of this process
/// at a 2 MiB boundary, advised for huge pages; nothing when the memory cannot be had or
/// the file holds fewer bytes. For a file kept for many searches: the kernel zeroes each
/// huge page before the copy (0.7–1.4 ms for 5 MB here), which one search cannot repay,
/// but the page cache's reclaim cannot take the copy away as it can a mapping's pages.
[[nodiscard]] std::shared_ptr<const void> read_into_huge_pages(int descriptor, std::size_t size);

/// Brings the file at `path`, just written, into the page cache in folios that
/// map_in_huge_pages() can map huge: writes it out, drops its cached pages and reads it
/// back through such a mapping. Best effort: any failure leaves the file as it was.
void settle_in_huge_pages(const std::filesystem::path& path);

}  // namespace newsdex
