/** @file side_count.hpp
 *  @brief A large match set counted by the side thread while the searching thread ranks
 *  the page and builds its hits.
 *
 * Why: the exact count and facets visit every match, the page's ranking visits them
 * again (weighing), and in a one-shot search both read their posting lists and the
 * facet column cold. At 100,000 articles, "election" (36,784 matches) took about 2.9 ms
 * to rank and 3.8 ms to count in one newsdex-search process, one after the other on one
 * core while the other idled. Neither needs the other, so the side thread
 * (side_thread.hpp) counts on a database handle of its own (Xapian handles are not to be
 * shared) at the searching handle's revision, into facet counts of its own that are
 * added to the searching thread's by entry number, as a split match's halves are
 * (split_match.hpp).
 *
 * As there, the search never waits for work nobody has started (offered_task.hpp): if
 * the side thread has not taken the count by the time the page is built, the searching
 * thread counts; and it waits for a count under way only about as long as the page took
 * it again, then counts itself (a VM's host can stall a thread for milliseconds).
 */
#pragma once

#include <xapian.h>

#include <chrono>
#include <functional>
#include <memory>

namespace newsdex {

class FacetColumn;
class FacetCounter;
class SideDatabase;
class SideThread;
struct SideCountTask;

class SideCount {
  public:
    /// Offers the count to `side_thread`: of the query `query_on` builds on the side
    /// thread's handle, at the revision of `database` (the searching handle), its facets
    /// counted from `column`.
    SideCount(SideThread& side_thread, const std::shared_ptr<SideDatabase>& side_database,
              const Xapian::Database& database, std::function<Xapian::Query(const Xapian::Database&)> query_on,
              std::shared_ptr<const FacetColumn> column);
    SideCount(const SideCount&) = delete;
    SideCount& operator=(const SideCount&) = delete;
    /// Withdraws the count if it was never taken.
    ~SideCount();

    /// How many documents match `query` (as built on `database`), their facets added to
    /// `facets`: the side thread's count, or this thread's when the side thread could not
    /// (then counted through `counting`, which holds `facets`' spies).
    Xapian::doccount take(Xapian::Enquire& counting, const Xapian::Database& database, const Xapian::Query& query,
                          FacetCounter& facets);
    /// Whether take() had the side thread's count.
    [[nodiscard]] bool side_counted() const { return side_counted_; }

  private:
    std::shared_ptr<SideCountTask> task_;
    std::chrono::steady_clock::time_point offered_;
    bool side_counted_ = false;
};

}  // namespace newsdex
