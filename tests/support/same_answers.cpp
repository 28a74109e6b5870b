/** @file same_answers.cpp
 *  @brief Comparing two indexes' answers to a query.
 */
#include "tests/support/same_answers.hpp"

#include "common/index/index_run.hpp"

namespace newsdex::testing {

::testing::AssertionResult same_answers(SearchDatabase& expected, SearchDatabase& found, const std::string& query,
                                        std::size_t* total) {
    SearchRequest request;
    request.query = query;
    request.limit = 20;
    auto wanted = run_search(expected, request, {"[", "]"});
    auto given = run_search(found, request, {"[", "]"});
    if (total) *total = wanted.total;
    if (given.total != wanted.total) {
        return ::testing::AssertionFailure() << query << ": total " << given.total << ", expected " << wanted.total;
    }
    if (given.hits.size() != wanted.hits.size()) {
        return ::testing::AssertionFailure()
               << query << ": " << given.hits.size() << " hits, expected " << wanted.hits.size();
    }
    for (std::size_t i = 0; i < given.hits.size(); ++i) {
        if (given.hits[i].article.path != wanted.hits[i].article.path) {
            return ::testing::AssertionFailure() << query << ": hit " << i + 1 << " " << given.hits[i].article.path
                                                 << ", expected " << wanted.hits[i].article.path;
        }
    }
    return ::testing::AssertionSuccess();
}

BothLayouts index_both_layouts(const std::filesystem::path& folder, const std::filesystem::path& corpus) {
    for (bool shard : {false, true}) {
        IndexOptions options{folder / (shard ? "shard" : "standalone"), corpus, false, false, 500, 1};
        options.shard = shard;
        run_index(options, {});
    }
    return {open_database((folder / "standalone").string()), open_database((folder / "shard").string())};
}

}  // namespace newsdex::testing
