/** @file huge_page_file.cpp
 *  @brief A file read whole into transparent huge pages.
 */
#include "common/index/huge_page_file.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <fstream>
#include <string>

namespace newsdex {

namespace {

constexpr std::size_t huge_page = std::size_t{2} << 20;

std::size_t round_up(std::size_t size) {
    return (size + huge_page - 1) / huge_page * huge_page;
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

bool huge_pages_available() {
    static const bool available = [] {
        std::ifstream setting("/sys/kernel/mm/transparent_hugepage/enabled");
        std::string modes;
        std::getline(setting, modes);
        return modes.find("[always]") != std::string::npos || modes.find("[madvise]") != std::string::npos;
    }();
    return available;
}

std::shared_ptr<const void> read_into_huge_pages(int descriptor, std::size_t size) {
    // One huge page more than needed, so that the start can be moved to a boundary:
    // the kernel only backs whole aligned 2 MiB ranges with a huge page.
    std::size_t reserved = round_up(size) + huge_page;
    void* region = ::mmap(nullptr, reserved, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region == MAP_FAILED) return nullptr;
    std::shared_ptr<void> owner(region, [reserved](void* at) { ::munmap(at, reserved); });
    auto aligned = reinterpret_cast<char*>(round_up(reinterpret_cast<std::uintptr_t>(region)));
    ::madvise(aligned, round_up(size), MADV_HUGEPAGE);  // a refusal leaves small pages: slower, still right
    if (!read_fully(descriptor, aligned, size)) return nullptr;
    return {owner, aligned};
}

}  // namespace newsdex
