/** @file same_answers.hpp
 *  @brief Whether two indexes of one corpus answer a query alike.
 */
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "common/search/searcher.hpp"

namespace newsdex::testing {

/// Whether `query` finds in `found` what it finds in `expected`: the same total and the
/// same articles in the same order on a page of 20. `total` gets the expected total.
[[nodiscard]] ::testing::AssertionResult same_answers(SearchDatabase& expected, SearchDatabase& found,
                                                      const std::string& query, std::size_t* total = nullptr);

/// The corpus at `corpus` indexed under `folder` both ways, standalone (positions in
/// newsdex's position maps, word pairs filed) and as a shard (positions in Xapian's own
/// table), on one thread each so that their document ids agree; both opened.
struct BothLayouts {
    SearchDatabase standalone;
    SearchDatabase shard;
};
[[nodiscard]] BothLayouts index_both_layouts(const std::filesystem::path& folder, const std::filesystem::path& corpus);

}  // namespace newsdex::testing
