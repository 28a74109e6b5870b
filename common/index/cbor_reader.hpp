/** @file cbor_reader.hpp
 *  @brief A cursor over CBOR (RFC 8949) items, for reading document data on the hot path.
 *
 * The searcher decodes the stored article of every hit it shows. nlohmann::json reads a
 * CBOR text string one byte at a time into a std::string; this cursor hands out each string
 * as a view of the input, which made decoding several times faster (docs/performance.md).
 * It reads what nlohmann::json::to_cbor writes: definite lengths only.
 */
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsdex {

class CborReader {
  public:
    /// The eight major types, in their numeric order.
    enum class Type { unsigned_integer, negative_integer, bytes, text, array, map, tag, simple };

    explicit CborReader(std::string_view data) : data_(data) {}

    [[nodiscard]] bool at_end() const { return position_ == data_.size(); }
    /// The type of the next item, without consuming it.
    [[nodiscard]] Type peek();
    /// Reads a map or array head and returns its number of entries (or items).
    std::uint64_t read_map();
    std::uint64_t read_array();
    /// Reads a text string (throws if the next item is not one).
    std::string_view read_text();
    /// Reads an integer, clamped to int.
    int read_int();
    /// Skips the next item whole, whatever it is.
    void skip();

  private:
    struct Head {
        Type type;
        std::uint64_t argument;
    };
    Head read_head();
    Head expect(Type type);
    std::string_view take(std::uint64_t length);

    std::string_view data_;
    std::size_t position_ = 0;
};

}  // namespace newsdex
