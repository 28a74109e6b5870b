/** @file facet_encoding.hpp
 *  @brief How multi-valued facets sit in one value slot.
 *
 * A value slot holds one string, and stock xapian-tcpsrv shards only run the built-in
 * ValueCountMatchSpy. So each multi-valued facet is stored as its sorted entries joined by
 * the record separator; the spy counts whole strings exactly, and splitting each counted
 * string afterwards gives exact per-entry counts (no document holds an entry twice).
 */
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdex {

/// Joins entries (sorted, duplicates removed) with the record separator.
[[nodiscard]] std::string encode_facet(std::vector<std::string> entries);
/// The entries of an encoded facet value, as views into `value`.
[[nodiscard]] std::vector<std::string_view> decode_facet(std::string_view value);

/// A person entry: "key<US>display name".
[[nodiscard]] std::string encode_person_entry(std::string_view key, std::string_view name);
/// {key, display name} of a person entry, as views into `entry`.
[[nodiscard]] std::pair<std::string_view, std::string_view> decode_person_entry(std::string_view entry);

/// Where a person entry sits in the index's person table (person_registry.hpp): its
/// surname group and its place in that group, both small dense numbers.
struct PersonNumber {
    std::uint32_t group = 0;
    std::uint32_t member = 0;
    auto operator<=>(const PersonNumber&) const = default;
};

/// The compact facets slot: year as 2 bytes big-endian (0 = unknown), the number of
/// countries as one byte, each ISO code as its 2 bytes, then each person's group and
/// member number as two varints (7 bits a byte, low first), sorted. About 3 bytes a
/// person instead of a name, so counting reads few blocks and allocates nothing.
[[nodiscard]] std::string encode_compact_facets(std::optional<int> year, const std::vector<std::string>& country_codes,
                                                std::vector<PersonNumber> people);

/// A view of a compact facets value.
class CompactFacets {
  public:
    explicit CompactFacets(std::string_view value);
    /// False for an empty or malformed header, which has no entries.
    [[nodiscard]] bool valid() const { return valid_; }
    [[nodiscard]] int year() const { return year_; }  ///< 0 when unknown
    [[nodiscard]] std::size_t country_count() const { return countries_.size() / 2; }
    [[nodiscard]] std::string_view country(std::size_t index) const { return countries_.substr(2 * index, 2); }
    /// Reads the next person into `number`; false at the end (or at a cut-off varint).
    bool next_person(PersonNumber& number);

  private:
    bool valid_ = false;
    int year_ = 0;
    std::string_view countries_;
    std::string_view people_;
};

}  // namespace newsdex
