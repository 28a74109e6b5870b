/** @file split_match.hpp
 *  @brief A large match set matched by two threads at once, each over half the index's
 *  document ids.
 *
 * Why: a query's own work grows with its match set (every match is counted for the exact
 * total and facets, and a phrase is checked against every candidate's position map), and
 * one core did it while the other only built the page's snippets. At 100,000 articles a
 * phrase matching 47,000 of them took 30 ms on one core. For a phrase or NEAR query with
 * many candidates the searcher (searcher.cpp) splits the ids instead: the searching
 * thread ranks and counts the lower half while the side thread (side_thread.hpp) does the upper half on a
 * database handle of its own (Xapian handles are not to be shared). Each half ranks its
 * best `offset + limit` documents and counts its matches with facet spies; the two lists
 * are merged and the counts added. BM25 weights come from the whole index's statistics
 * in either half, so the merged page is the one a single match gives: by weight, then by
 * document id, as Xapian orders them.
 *
 * As with the page's hits (hit_page.hpp), the search never waits for work nobody has
 * started: if the side thread has not taken its half by the time the searching thread has
 * done its own, the searching thread matches that half too; and it waits for a half under
 * way only as long as its own half took, then matches it itself (a VM's host can stall a
 * thread for milliseconds). Only plain numbers cross threads.
 */
#pragma once

#include <xapian.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/search/conjunction_walk.hpp"
#include "common/search/offered_task.hpp"
#include "common/search/ranked_document.hpp"

namespace newsdex {

class FacetColumn;
class TermBitmaps;
class FacetCounter;
class SideThread;

/// The side thread's own handle on the index searched: opened by its first task (half of
/// a split match, a count beside, the hits of a page), used only by the side thread.
class SideDatabase {
  public:
    explicit SideDatabase(std::string path) : path_(std::move(path)) {}
    /// The handle at `revision` of the database with `uuid`, reopened if need be; nothing
    /// when the index has moved on since (the searching thread then matches alone).
    Xapian::Database* at(Xapian::rev revision, const std::string& uuid);

  private:
    std::string path_;
    std::optional<Xapian::Database> xapian_;
};

/// The side thread's side of an offered task (offered_task.hpp): claims it, runs `work`
/// on the side handle at `revision` of the database with `uuid`, and hands over what
/// `work` returns (std::optional<Result>). The index having moved on, or any failure,
/// hands over nothing: the searching thread then does the task itself.
template <typename Result, typename Work>
void work_on_side_handle(OfferedTask<Result>& task, SideDatabase& side_database, Xapian::rev revision,
                         const std::string& uuid, Work work) {
    if (!task.claim_for_side()) return;
    std::optional<Result> result;
    try {
        if (Xapian::Database* database = side_database.at(revision, uuid)) result = work(*database);
    } catch (...) {  // NOLINT(bugprone-empty-catch): the searching thread does the task instead
    }
    task.finish(std::move(result));
}

/// What either thread needs to match a half, tied to neither thread's Xapian handles.
struct HalfMatchInputs {
    /// The query as built on a given handle of the index (the side thread builds its own).
    std::function<Xapian::Query(const Xapian::Database&)> query_on;
    std::shared_ptr<const FacetColumn> column;   ///< both halves count facets from it
    std::shared_ptr<const TermBitmaps> bitmaps;  ///< both halves walk them, if any
    Xapian::doccount page_end = 0;               ///< offset + limit: the best documents each half keeps
    /// The query as a conjunction that each half walks, ranks and counts in one pass
    /// (ranked_walk.hpp; the column then holds document lengths); none to match each half
    /// with Xapian's matcher.
    std::optional<Conjunction> walked;
};

struct SplitMatchResult {
    std::vector<RankedDocument> best;  ///< the `page_end` best documents of the whole index, in rank order
    Xapian::doccount total = 0;        ///< every match, counted
    bool side_thread_matched = false;  ///< whether the side thread matched the upper half
};

/// Matches `query`, built on the searching thread's handle `database`, in two halves as
/// above. `counting` has `facets`' spies (counting from `inputs.column`); the upper
/// half's counts are added to them.
[[nodiscard]] SplitMatchResult split_match(const Xapian::Database& database, const Xapian::Query& query,
                                           const HalfMatchInputs& inputs, Xapian::Enquire& counting,
                                           FacetCounter& facets, SideThread& side_thread,
                                           const std::shared_ptr<SideDatabase>& side_database);

}  // namespace newsdex
