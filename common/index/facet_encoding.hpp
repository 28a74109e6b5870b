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

/// The stable 64-bit id of a person entry in the compact slot: the top 24 bits hash the
/// key's surname group (person_identity.hpp), the low 40 bits the whole entry. Spellings
/// that may be one person share the top bits, so the searcher can group ids before it
/// knows their names.
[[nodiscard]] std::uint64_t person_entry_id(std::string_view entry);
/// The top 24 bits of the ids of a key's entries.
[[nodiscard]] std::uint32_t person_group_id(std::string_view key);
inline constexpr int person_group_shift = 40;

/// The compact facets slot: year as 2 bytes (0 = unknown), the number of countries as one
/// byte, each ISO code as its 2 bytes, then each person entry's id as 8 bytes, all
/// big-endian. Fixed widths let the searcher count entries without allocating. Person ids
/// come in the order of the entries encode_facet() writes to the people slot (both sort
/// the same entries), so the n-th id names the n-th entry there.
[[nodiscard]] std::string encode_compact_facets(std::optional<int> year, const std::vector<std::string>& country_codes,
                                                const std::vector<std::string>& person_entries);

/// A view of a compact facets value.
class CompactFacets {
  public:
    explicit CompactFacets(std::string_view value);
    /// False for an empty or malformed value, which has no entries.
    [[nodiscard]] bool valid() const { return valid_; }
    [[nodiscard]] int year() const { return year_; }  ///< 0 when unknown
    [[nodiscard]] std::size_t country_count() const { return countries_.size() / 2; }
    [[nodiscard]] std::string_view country(std::size_t index) const { return countries_.substr(2 * index, 2); }
    [[nodiscard]] std::size_t person_count() const { return people_.size() / 8; }
    [[nodiscard]] std::uint64_t person_id(std::size_t index) const;

  private:
    bool valid_ = false;
    int year_ = 0;
    std::string_view countries_;
    std::string_view people_;
};

}  // namespace newsdex
