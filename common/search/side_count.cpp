/** @file side_count.cpp
 *  @brief Counting the match set on the side thread.
 */
#include "common/search/side_count.hpp"

#include <optional>
#include <string>
#include <utility>

#include "common/search/entry_spy.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/match_count.hpp"
#include "common/search/side_thread.hpp"
#include "common/search/split_match.hpp"

namespace newsdex {

/// The count and its facet counts, offered to the side thread.
struct SideCountTask : OfferedTask<std::pair<Xapian::doccount, ColumnCounts>> {};

namespace {

/// The side thread's task: the count on its own handle, the query built again there.
void count_on_side(SideCountTask& task, SideDatabase& side_database,
                   const std::function<Xapian::Query(const Xapian::Database&)>& query_on,
                   const std::shared_ptr<const FacetColumn>& column, Xapian::rev revision, const std::string& uuid) {
    work_on_side_handle(task, side_database, revision, uuid, [&](const Xapian::Database& database) {
        std::optional<std::pair<Xapian::doccount, ColumnCounts>> counted;
        Xapian::Enquire counting(database);
        FacetCounter facets(database, counting, FacetSpyKind::entries, column);
        Xapian::doccount total = count_matches(counting, database, query_on(database), facets);
        if (auto counts = facets.take_column_counts()) counted.emplace(total, std::move(*counts));
        return counted;
    });
}

}  // namespace

SideCount::SideCount(SideThread& side_thread, const std::shared_ptr<SideDatabase>& side_database,
                     const Xapian::Database& database, std::function<Xapian::Query(const Xapian::Database&)> query_on,
                     std::shared_ptr<const FacetColumn> column)
    : task_(std::make_shared<SideCountTask>()), offered_(std::chrono::steady_clock::now()) {
    // Only what no Xapian handle of this thread's shares goes across: Xapian counts its
    // references without atomics.
    side_thread.run([task = task_, side_database, query_on = std::move(query_on), column = std::move(column),
                     revision = database.get_revision(), uuid = database.get_uuid()] {
        count_on_side(*task, *side_database, query_on, column, revision, uuid);
    });
}

SideCount::~SideCount() {
    task_->withdraw();
}

Xapian::doccount SideCount::take(Xapian::Enquire& counting, const Xapian::Database& database,
                                 const Xapian::Query& query, FacetCounter& facets) {
    auto patience = std::chrono::steady_clock::now() - offered_ + side_head_start;
    if (auto counted = task_->take(patience); counted && facets.add_column_counts(counted->second)) {
        side_counted_ = true;
        return counted->first;
    }
    return count_matches(counting, database, query, facets);
}

}  // namespace newsdex
