/** @file index_dump.hpp
 *  @brief A canonical text form of an index, to compare two indexes document by document.
 */
#pragma once

#include <string>

namespace newsdex::testing {

/// Every document of the database at `path`, ordered by corpus path: its terms with
/// within-document frequencies and positions, its values and its data. Document ids and
/// source stamps (which depend on when each file was read) are left out, so two builds of
/// one corpus dump the same.
[[nodiscard]] std::string dump_index(const std::string& path);

}  // namespace newsdex::testing
