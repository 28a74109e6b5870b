/** @file side_proximity.hpp
 *  @brief The best matches of a two-word query re-ranked by proximity on the side thread
 *  while the searching thread collects the facet lists.
 *
 * Why: proximity (proximity.hpp) reads each of the 30 best matches' position maps through
 * Xapian's value streams, and in a large index each lies in a B-tree block of its own: a
 * read from the page cache each. At 100,000 articles that took a median 0.43 ms of a
 * two-word query's 1.3 ms warm (0.09 ms at 2,000 articles), and collecting the facet
 * lists 0.38 ms (0.16 ms), one after the other on the searching thread while the side
 * thread, its half of the match done, waited for the page's hits. Neither needs the
 * other, so the side thread re-ranks on its own handle (Xapian handles are not to be
 * shared) at the searching handle's revision while the searching thread collects.
 *
 * As everywhere (offered_task.hpp), the search never waits for work nobody has started:
 * if the side thread has not taken the re-ranking when the facets are collected, or has
 * not finished it about as long after, the searching thread re-ranks itself.
 */
#pragma once

#include <xapian.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "common/search/ranked_document.hpp"

namespace newsdex {

class FacetColumn;
class SideDatabase;
class SideThread;
struct SideProximityTask;

class SideProximity {
  public:
    /// Offers `best` (in rank order by BM25) to `side_thread`, to be re-ranked by the
    /// proximity of `words` on its handle at the revision of `database` (the searching
    /// handle), with the document lengths of `column` (if any).
    SideProximity(SideThread& side_thread, const std::shared_ptr<SideDatabase>& side_database,
                  const Xapian::Database& database, const std::vector<std::string>& words,
                  std::shared_ptr<const FacetColumn> column, std::vector<RankedDocument> best);
    SideProximity(const SideProximity&) = delete;
    SideProximity& operator=(const SideProximity&) = delete;
    /// Withdraws the re-ranking if it was never taken.
    ~SideProximity();

    /// The documents re-ranked: by the side thread, or here on `database` when it could not.
    [[nodiscard]] std::vector<RankedDocument> take(const Xapian::Database& database);
    /// Whether take() had the side thread's re-ranking.
    [[nodiscard]] bool side_reranked() const { return side_reranked_; }

  private:
    std::shared_ptr<SideProximityTask> task_;
    std::vector<std::string> words_;
    std::shared_ptr<const FacetColumn> column_;
    std::vector<RankedDocument> best_;
    std::chrono::steady_clock::time_point offered_;
    bool side_reranked_ = false;
};

}  // namespace newsdex
