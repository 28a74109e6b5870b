/** @file side_proximity.cpp
 *  @brief Re-ranking by proximity on the side thread.
 */
#include "common/search/side_proximity.hpp"

#include <optional>
#include <utility>

#include "common/index/facet_column.hpp"
#include "common/search/offered_task.hpp"
#include "common/search/proximity.hpp"
#include "common/search/side_thread.hpp"
#include "common/search/split_match.hpp"

namespace newsdex {

/// The documents re-ranked, offered to the side thread.
struct SideProximityTask : OfferedTask<std::vector<RankedDocument>> {};

namespace {

std::vector<RankedDocument> reranked(const Xapian::Database& database, const std::vector<std::string>& words,
                                     const FacetColumn* column, std::vector<RankedDocument> best) {
    rank_by_proximity(database, words, best, column_lengths(column));
    return best;
}

}  // namespace

SideProximity::SideProximity(SideThread& side_thread, const std::shared_ptr<SideDatabase>& side_database,
                             const Xapian::Database& database, const std::vector<std::string>& words,
                             std::shared_ptr<const FacetColumn> column, std::vector<RankedDocument> best)
    : task_(std::make_shared<SideProximityTask>()),
      words_(words),
      column_(std::move(column)),
      best_(std::move(best)),
      offered_(std::chrono::steady_clock::now()) {
    // Copies only: the task may outlive this search (offered_task.hpp).
    side_thread.run([task = task_, side_database, words = words_, column = column_, best = best_,
                     revision = database.get_revision(), uuid = database.get_uuid()] {
        work_on_side_handle(*task, *side_database, revision, uuid, [&](const Xapian::Database& side) {
            return std::optional(reranked(side, words, column.get(), best));
        });
    });
}

SideProximity::~SideProximity() {
    task_->withdraw();
}

std::vector<RankedDocument> SideProximity::take(const Xapian::Database& database) {
    auto patience = std::chrono::steady_clock::now() - offered_ + side_head_start;
    if (auto best = task_->take(patience)) {
        side_reranked_ = true;
        return std::move(*best);
    }
    return reranked(database, words_, column_.get(), std::move(best_));
}

}  // namespace newsdex
