/** @file huge_page_mapping.cpp
 *  @brief A file mapped so that the kernel can back it with 2 MiB pages.
 */
#include "common/index/huge_page_mapping.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <utility>

namespace newsdex {

namespace {

constexpr std::size_t huge_page = std::size_t{2} << 20;

std::size_t round_up(std::size_t size) {
    return (size + huge_page - 1) / huge_page * huge_page;
}

/// Address space for `size` bytes at a 2 MiB boundary (the kernel maps only whole aligned
/// 2 MiB ranges with one entry): one huge page more than needed, reserved unreadable, and
/// where in it the boundary lies. Nothing when the address space cannot be had.
std::pair<std::shared_ptr<void>, char*> reserve_aligned(std::size_t size) {
    std::size_t reserved = round_up(size) + huge_page;
    void* region = ::mmap(nullptr, reserved, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region == MAP_FAILED) return {};
    std::shared_ptr<void> owner(region, [reserved](void* at) { ::munmap(at, reserved); });
    return {owner, reinterpret_cast<char*>(round_up(reinterpret_cast<std::uintptr_t>(region)))};
}

/// Reads `size` bytes from the start of `descriptor` into `target`, through short reads
/// and interruptions; false on an error or an early end of file.
bool read_fully(int descriptor, char* target, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        ssize_t got = ::pread(descriptor, target + done, size - done, static_cast<off_t>(done));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        done += static_cast<std::size_t>(got);
    }
    return true;
}

}  // namespace

std::shared_ptr<const void> map_in_huge_pages(int descriptor, std::size_t size, bool populate) {
    if (size == 0) return nullptr;
    auto [owner, aligned] = reserve_aligned(size);
    if (!owner || ::mmap(aligned, size, PROT_READ, MAP_SHARED | MAP_FIXED, descriptor, 0) == MAP_FAILED) {
        return nullptr;
    }
    // Advised before populating, so that pages read from the disk now come in huge folios.
    // Populated in one call: a search touches pages all over the file, and where the cache
    // holds small folios a fault costs 10–20 µs against 0.15 µs a page populated. Either
    // refusal leaves a slower mapping, still right.
    ::madvise(aligned, size, MADV_HUGEPAGE);
    if (populate) ::madvise(aligned, size, MADV_POPULATE_READ);
    return {owner, aligned};
}

std::shared_ptr<const void> read_into_huge_pages(int descriptor, std::size_t size) {
    if (size == 0) return nullptr;
    auto [owner, aligned] = reserve_aligned(size);
    if (!owner || ::mprotect(aligned, round_up(size), PROT_READ | PROT_WRITE) != 0) return nullptr;
    ::madvise(aligned, round_up(size), MADV_HUGEPAGE);  // a refusal leaves small pages: slower, still right
    if (!read_fully(descriptor, aligned, size)) return nullptr;
    return {owner, aligned};
}

void settle_in_huge_pages(const std::filesystem::path& path) {
    int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) return;
    struct stat status {};
    // Written out first: the kernel drops only clean pages.
    if (::fstat(descriptor, &status) == 0 && status.st_size > 0 && ::fdatasync(descriptor) == 0 &&
        ::posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED) == 0) {
        // Populated, then unmapped at once: the page cache keeps the folios it read.
        auto populated = map_in_huge_pages(descriptor, static_cast<std::size_t>(status.st_size));
    }
    ::close(descriptor);
}

}  // namespace newsdex
