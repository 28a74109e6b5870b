/** @file person_registry.cpp
 *  @brief Person numbers and their metadata entries.
 */
#include "common/index/person_registry.hpp"

#include <algorithm>
#include <charconv>

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

}  // namespace

void PersonRegistry::read(const Xapian::Database& database) {
    std::lock_guard lock(mutex_);
    // A table made by other rules of same_person reads as unknown: every group is looked
    // at again below, and the table written anew with the next commit.
    MergingPersonGroups merging = read_merging_person_table(database);
    rewrite_merging_ = !merging.known();
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
        // The members that may merge are found again from the names (a table written
        // before they were recorded has only the groups, or nothing).
        if (merging.merges(group)) {
            for (std::uint32_t member = 1; member < members.size(); ++member) note_same_person(group, member);
        }
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
    PersonNumber number{group->second, static_cast<std::uint32_t>(members.size())};
    members.emplace_back(entry);
    note_same_person(number.group, number.member);
    numbers_.emplace(std::string(entry), number);
    changed_.insert(number.group);
    return number;
}

void PersonRegistry::note_same_person(std::uint32_t group, std::uint32_t member) {
    const auto& members = members_[group];
    std::string_view key = decode_person_entry(members[member]).first;
    for (std::uint32_t earlier = 0; earlier < member; ++earlier) {
        if (same_person(decode_person_entry(members[earlier]).first, key)) merging_[group].insert({earlier, member});
    }
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
    if (!changed_.empty() || rewrite_merging_) {
        std::string merging = "merging:";
        for (const auto& [group, members] : merging_) {
            merging += std::to_string(group);
            char separator = ':';
            for (std::uint32_t member : members) merging += separator + std::to_string(member), separator = ',';
            merging += ' ';
        }
        database.set_metadata(std::string(schema::metadata::merging_person_groups), merging);
        database.set_metadata(std::string(schema::metadata::person_identity), std::string(person_identity_version));
    }
    changed_.clear();
    rewrite_merging_ = false;
}

namespace {

[[noreturn]] void bad_merging_list() {
    throw DatabaseError("person table: bad list of merging groups; re-run newsdex-index --rebuild");
}

/// A decimal number at `at`, which it moves past.
/// Far more surname groups than any collection has (2^26), and a bit each only 8 MiB.
constexpr std::uint32_t max_group_number = std::uint32_t{1} << 26;

std::uint32_t read_number(const char*& at, const char* end) {
    std::uint32_t number = 0;
    auto [next, error] = std::from_chars(at, end, number);
    if (error != std::errc() || next == end) bad_merging_list();
    at = next;
    return number;
}

}  // namespace

MergingPersonGroups::MergingPersonGroups(std::string_view value) {
    constexpr std::string_view marker = "merging:";
    if (!value.starts_with(marker)) return;
    known_ = true;
    const char* at = value.data() + marker.size();
    const char* end = value.data() + value.size();
    while (at < end) {
        std::uint32_t group = read_number(at, end);
        // The registry writes them in order; lookups rely on it.
        if (!groups_.empty() && group <= groups_.back()) bad_merging_list();
        // Group numbers are dense: one beyond any index's count of surname groups is damage.
        if (group >= max_group_number) bad_merging_list();
        groups_.push_back(group);
        starts_.push_back(static_cast<std::uint32_t>(members_.size()));
        for (char separator = ':'; *at == separator; separator = ',') {
            ++at;
            members_.push_back(read_number(at, end));
        }
        if (*at != ' ') bad_merging_list();
        ++at;
    }
    starts_.push_back(static_cast<std::uint32_t>(members_.size()));
    merging_bits_.resize(groups_.empty() ? 0 : std::size_t{groups_.back()} + 1);
    for (auto group : groups_) merging_bits_[group] = true;
}

std::size_t MergingPersonGroups::listed(std::uint32_t group) const {
    auto found = std::lower_bound(groups_.begin(), groups_.end(), group);
    return found != groups_.end() && *found == group ? static_cast<std::size_t>(found - groups_.begin())
                                                     : groups_.size();
}

std::span<const std::uint32_t> MergingPersonGroups::mergeable(std::uint32_t group) const {
    std::size_t place = listed(group);
    if (place == groups_.size()) return {};
    return std::span(members_).subspan(starts_[place], starts_[place + 1] - starts_[place]);
}

MergingPersonGroups read_merging_person_table(const Xapian::Database& database) {
    if (database.get_metadata(std::string(schema::metadata::person_identity)) != person_identity_version) {
        return MergingPersonGroups(std::string_view());
    }
    return MergingPersonGroups(database.get_metadata(std::string(schema::metadata::merging_person_groups)));
}

std::vector<std::string> read_person_group(const Xapian::Database& database, std::uint32_t group) {
    std::string value = database.get_metadata(group_key(group));
    std::vector<std::string> entries;
    for (auto entry : decode_facet(value)) entries.emplace_back(entry);
    return entries;
}

}  // namespace newsdex
