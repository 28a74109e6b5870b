/** @file facet_encoding.hpp
 *  @brief How multi-valued facets sit in one value slot.
 *
 * A value slot holds one string, and stock xapian-tcpsrv shards only run the built-in
 * ValueCountMatchSpy. So each multi-valued facet is stored as its sorted entries joined by
 * the record separator; the spy counts whole strings exactly, and splitting each counted
 * string afterwards gives exact per-entry counts (no document holds an entry twice).
 */
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdex {

/// Joins entries (sorted, duplicates removed) with the record separator.
[[nodiscard]] std::string encode_facet(std::vector<std::string> entries);
/// The entries of an encoded facet value.
[[nodiscard]] std::vector<std::string> decode_facet(std::string_view value);

/// A person entry: "key<US>display name".
[[nodiscard]] std::string encode_person_entry(std::string_view key, std::string_view name);
/// {key, display name} of a person entry, as views into `entry`.
[[nodiscard]] std::pair<std::string_view, std::string_view> decode_person_entry(std::string_view entry);

}  // namespace newsdex
