/** @file person_table.cpp
 *  @brief Person groups read once per handle and revision.
 */
#include "common/search/person_table.hpp"

#include "common/index/person_registry.hpp"

namespace newsdex {

namespace {

/// At most this much for the names kept: some 200,000 people's entries.
constexpr std::size_t name_budget = std::size_t{16} << 20;

}  // namespace

PersonTable::PersonTable(Xapian::Database database)
    : database_(std::move(database)), merging_(read_merging_person_table(database_)) {}

const std::vector<std::string>& PersonTable::group(std::uint32_t group) {
    if (auto found = groups_.find(group); found != groups_.end()) return found->second;
    std::vector<std::string> entries = read_person_group(database_, group);
    if (bytes_ > name_budget) {
        read_ = std::move(entries);
        return read_;
    }
    for (const auto& entry : entries) bytes_ += entry.size() + sizeof(entry);
    return groups_.emplace(group, std::move(entries)).first->second;
}

}  // namespace newsdex
