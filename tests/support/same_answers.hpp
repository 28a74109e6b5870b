/** @file same_answers.hpp
 *  @brief Whether two indexes of one corpus answer a query alike.
 */
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "common/search/searcher.hpp"

namespace newsdex::testing {

/// Whether `query` finds in `found` what it finds in `expected`: the same total and the
/// same articles in the same order on a page of 20. `total` gets the expected total.
[[nodiscard]] ::testing::AssertionResult same_answers(SearchDatabase& expected, SearchDatabase& found,
                                                      const std::string& query, std::size_t* total = nullptr);

}  // namespace newsdex::testing
