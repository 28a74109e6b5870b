/** @file person_registry.cpp
 *  @brief Person numbers and their metadata entries.
 */
#include "common/index/person_registry.hpp"

#include <algorithm>
#include <charconv>
#include <span>

#include "common/error.hpp"
#include "common/extract/person_identity.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/schema.hpp"

namespace newsdex {

namespace {

std::string group_key(std::uint32_t group) {
    return std::string(schema::metadata::person_group_prefix) + std::to_string(group);
}

std::string_view entry_group(std::string_view entry) {
    return surname_group(decode_person_entry(entry).first);
}

/// Whether `entry` may be one person with any of `members`.
bool same_person_as_any(std::string_view entry, std::span<const std::string> members) {
    std::string_view key = decode_person_entry(entry).first;
    return std::any_of(members.begin(), members.end(),
                       [&](const std::string& member) { return same_person(decode_person_entry(member).first, key); });
}

/// Whether two of `members` may be one person (for a table written before the list of
/// merging groups was kept).
bool any_same_person(const std::vector<std::string>& members) {
    for (std::size_t i = 1; i < members.size(); ++i) {
        if (same_person_as_any(members[i], std::span(members).first(i))) return true;
    }
    return false;
}

}  // namespace

void PersonRegistry::read(const Xapian::Database& database) {
    std::lock_guard lock(mutex_);
    std::vector<bool> merging = read_merging_person_groups(database);
    const std::string prefix(schema::metadata::person_group_prefix);
    for (auto key = database.metadata_keys_begin(prefix); key != database.metadata_keys_end(prefix); ++key) {
        const std::string name = *key;
        std::string_view digits = std::string_view(name).substr(prefix.size());
        std::uint32_t group = 0;
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), group);
        if (error != std::errc() || end != digits.data() + digits.size()) {
            throw DatabaseError("person table: bad metadata key '" + name + "'; re-run newsdex-index --rebuild");
        }
        if (group >= members_.size()) members_.resize(group + 1);
        auto& members = members_[group];
        members = read_person_group(database, group);
        if (members.empty()) continue;
        groups_.emplace(std::string(entry_group(members.front())), group);
        bool may_merge = merging.empty() ? any_same_person(members) : group < merging.size() && merging[group];
        if (may_merge) merging_.insert(group);
        for (std::uint32_t member = 0; member < members.size(); ++member) numbers_[members[member]] = {group, member};
    }
}

PersonNumber PersonRegistry::number(std::string_view entry) {
    std::lock_guard lock(mutex_);
    if (auto found = numbers_.find(entry); found != numbers_.end()) return found->second;
    auto group = groups_.find(entry_group(entry));
    if (group == groups_.end()) {
        group = groups_.emplace(std::string(entry_group(entry)), members_.size()).first;
        members_.emplace_back();
    }
    auto& members = members_[group->second];
    if (same_person_as_any(entry, members)) merging_.insert(group->second);
    PersonNumber number{group->second, static_cast<std::uint32_t>(members.size())};
    members.emplace_back(entry);
    numbers_.emplace(std::string(entry), number);
    changed_.insert(number.group);
    return number;
}

void PersonRegistry::write_changes(Xapian::WritableDatabase& database) {
    std::lock_guard lock(mutex_);
    for (std::uint32_t group : changed_) {
        // Entries are kept in member order, so this is not encode_facet (which sorts).
        std::string value;
        for (const auto& entry : members_[group]) {
            if (!value.empty()) value += schema::facet_record_separator;
            value += entry;
        }
        database.set_metadata(group_key(group), value);
    }
    if (!changed_.empty()) {
        std::string merging = "merging:";
        for (std::uint32_t group : merging_) merging += std::to_string(group) + ' ';
        database.set_metadata(std::string(schema::metadata::merging_person_groups), merging);
    }
    changed_.clear();
}

std::vector<bool> read_merging_person_groups(const Xapian::Database& database) {
    std::string value = database.get_metadata(std::string(schema::metadata::merging_person_groups));
    constexpr std::string_view marker = "merging:";
    if (!std::string_view(value).starts_with(marker)) return {};
    std::vector<bool> merging;
    const char* at = value.data() + marker.size();
    const char* end = value.data() + value.size();
    while (at < end) {
        std::uint32_t group = 0;
        auto [next, error] = std::from_chars(at, end, group);
        if (error != std::errc() || next == end || *next != ' ') {
            throw DatabaseError("person table: bad list of merging groups; re-run newsdex-index --rebuild");
        }
        if (group >= merging.size()) merging.resize(group + 1);
        merging[group] = true;
        at = next + 1;
    }
    // Every group past the list's last is distinct, but an empty vector means "unknown":
    // keep one element so a table without merging groups still says so.
    if (merging.empty()) merging.push_back(false);
    return merging;
}

std::vector<std::string> read_person_group(const Xapian::Database& database, std::uint32_t group) {
    std::string value = database.get_metadata(group_key(group));
    std::vector<std::string> entries;
    for (auto entry : decode_facet(value)) entries.emplace_back(entry);
    return entries;
}

}  // namespace newsdex
