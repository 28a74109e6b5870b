/** @file person_table.hpp
 *  @brief The index's person table as a handle that searches again keeps it.
 *
 * Naming the people of a facet list reads one metadata entry per surname group
 * (person_registry.hpp), and every query reads the list of merging groups: on the BBC
 * set, a tenth of a warm query. A handle that searches again (searcher.cpp, as for the
 * facet column) keeps both for the revision they were read at; a one-shot search reads
 * them from the index as before. Groups are kept up to a byte budget, then read each time.
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/index/person_registry.hpp"

namespace newsdex {

class PersonTable {
  public:
    /// Reads the list of merging groups of `database` (one local database).
    explicit PersonTable(Xapian::Database database);

    /// read_merging_person_table(), as read.
    [[nodiscard]] const MergingPersonGroups& merging() const { return merging_; }
    /// read_person_group(), read once. Past the budget, a group not kept is valid only
    /// until the next call.
    [[nodiscard]] const std::vector<std::string>& group(std::uint32_t group);

  private:
    Xapian::Database database_;
    MergingPersonGroups merging_;
    std::unordered_map<std::uint32_t, std::vector<std::string>> groups_;
    std::size_t bytes_ = 0;          ///< held by groups_, roughly
    std::vector<std::string> read_;  ///< the last group read past the budget
};

}  // namespace newsdex
