/** @file varint.hpp
 *  @brief Unsigned numbers in 7 bits a byte, low bits first: small numbers, few bytes.
 */
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsdex {

inline void append_varint(std::string& out, std::uint32_t number) {
    while (number >= 0x80) {
        out += static_cast<char>((number & 0x7f) | 0x80);
        number >>= 7;
    }
    out += static_cast<char>(number);
}

/// Reads a varint from the front of `bytes` into `number` and drops it from `bytes`.
/// False, with `bytes` emptied, when it is cut off or longer than 32 bits allow: a
/// damaged value ends there.
inline bool read_varint(std::string_view& bytes, std::uint32_t& number) {
    number = 0;
    for (int shift = 0; shift < 32 && !bytes.empty(); shift += 7) {
        auto byte = static_cast<unsigned char>(bytes.front());
        bytes.remove_prefix(1);
        number |= static_cast<std::uint32_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80)) return true;
    }
    bytes = {};
    return false;
}

}  // namespace newsdex
