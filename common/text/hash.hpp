/** @file hash.hpp
 *  @brief FNV-1a, 64 bits: stable across runs, machines and shards (std::hash is not).
 */
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace newsdex {

inline constexpr std::uint64_t fnv1a_start = 14695981039346656037ull;

/// Continues an FNV-1a hash over `bytes`; chain calls to hash several pieces.
[[nodiscard]] constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = fnv1a_start) {
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

/// Hashing that lets a std::string-keyed unordered container be searched with a
/// string_view (with std::equal_to<>), without building a string for each look-up.
struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

}  // namespace newsdex
