/** @file cbor_reader.cpp
 *  @brief CBOR item heads, strings and skipping, with every length checked.
 */
#include "common/index/cbor_reader.hpp"

#include <algorithm>
#include <climits>
#include <stdexcept>
#include <string>

namespace newsdex {

namespace {

[[noreturn]] void malformed(std::string_view what, std::size_t position) {
    throw std::runtime_error("document data: " + std::string(what) + " at byte " + std::to_string(position));
}

}  // namespace

CborReader::Type CborReader::peek() {
    if (at_end()) malformed("unexpected end", position_);
    return static_cast<Type>(static_cast<std::uint8_t>(data_[position_]) >> 5);
}

CborReader::Head CborReader::read_head() {
    Type type = peek();
    std::uint8_t additional = static_cast<std::uint8_t>(data_[position_]) & 0x1f;
    ++position_;
    if (additional < 24) return {type, additional};
    if (additional > 27) malformed("indefinite length or reserved value", position_ - 1);
    std::size_t bytes = std::size_t{1} << (additional - 24);  // 1, 2, 4 or 8
    std::string_view encoded = take(bytes);
    std::uint64_t argument = 0;
    for (char byte : encoded) argument = (argument << 8) | static_cast<std::uint8_t>(byte);
    return {type, argument};
}

CborReader::Head CborReader::expect(Type type) {
    std::size_t start = position_;
    Head head = read_head();
    if (head.type != type) malformed("unexpected item type", start);
    return head;
}

std::string_view CborReader::take(std::uint64_t length) {
    if (length > data_.size() - position_) malformed("length past the end", position_);
    std::string_view taken = data_.substr(position_, static_cast<std::size_t>(length));
    position_ += static_cast<std::size_t>(length);
    return taken;
}

std::uint64_t CborReader::read_map() {
    return expect(Type::map).argument;
}

std::uint64_t CborReader::read_array() {
    return expect(Type::array).argument;
}

std::string_view CborReader::read_text() {
    return take(expect(Type::text).argument);
}

int CborReader::read_int() {
    std::size_t start = position_;
    Head head = read_head();
    auto magnitude = static_cast<long long>(std::min<std::uint64_t>(head.argument, INT_MAX));
    if (head.type == Type::unsigned_integer) return static_cast<int>(magnitude);
    if (head.type == Type::negative_integer) return static_cast<int>(-1 - std::min<long long>(magnitude, INT_MAX - 1));
    malformed("expected an integer", start);
}

void CborReader::skip() {
    // Items still to skip, counted down; containers add their entries, so nesting needs no
    // recursion.
    std::uint64_t pending = 1;
    while (pending > 0) {
        --pending;
        Head head = read_head();
        switch (head.type) {
            case Type::bytes:
            case Type::text:
                take(head.argument);
                break;
            case Type::array:
            case Type::map: {
                // Every entry takes a byte at least: a longer claim is damage (checked before
                // doubling a map's count, which could overflow).
                if (head.argument > data_.size() - position_) malformed("container longer than the data", position_);
                pending += head.type == Type::map ? head.argument * 2 : head.argument;
                break;
            }
            case Type::tag:
                ++pending;
                break;  // the tagged item follows
            default:
                break;  // integers, simple values and floats: the head was all
        }
    }
}

}  // namespace newsdex
