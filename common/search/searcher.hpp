/** @file searcher.hpp
 *  @brief parse → query → match: one search over an open database.
 */
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>

#include "common/search/search_request.hpp"

namespace newsdex {

class FacetColumn;
class TermBitmaps;
class PersonTable;
class SideDatabase;
class SideThread;

/// An open index, and whether some of it is served by remote shards.
struct SearchDatabase {
    SearchDatabase(Xapian::Database database, bool remote_shards, std::string name)
        : xapian(std::move(database)), has_remote_shards(remote_shards), path(std::move(name)) {}

    Xapian::Database xapian;
    bool has_remote_shards = false;
    std::string path;  ///< as given to open_database, to name it in errors
    /// What a handle that searches again keeps of one revision of a local index: from the
    /// second search on, facets are counted from a column read once (facet_column.hpp),
    /// if it fits its budget, and people named from a person table kept as read
    /// (person_table.hpp).
    struct WarmState {
        Xapian::rev revision = 0;
        std::shared_ptr<const FacetColumn> facet_column;  ///< none if too large
        std::shared_ptr<const TermBitmaps> term_bitmaps;  ///< none if the indexer saved none
        std::shared_ptr<PersonTable> person_table;
    };
    std::size_t searches = 0;       ///< run through this handle
    std::optional<WarmState> warm;  ///< none before the second search, or for other indexes
    /// Builds hits while the search counts facets (hit_page.hpp), or re-ranks by proximity
    /// while it collects them (side_proximity.hpp), started by the second search that
    /// does either; or matches half of a split match, started by the first such.
    std::shared_ptr<SideThread> side_thread;
    /// The side thread's own handle on this index, for matches split in two halves, counts
    /// beside, re-rankings and the hits it builds; opened by the first.
    std::shared_ptr<SideDatabase> side_database;
    /// Searches whose match or count was offered to the side thread (split in two halves,
    /// or counted beside): how tests see which plan ran.
    std::size_t shared_matches = 0;
    /// Searches whose re-ranking by proximity was offered to the side thread: as above.
    std::size_t side_reranks = 0;
    /// Phrase and NEAR queries whose candidates Xapian estimates at this many or more are
    /// matched in two halves at once (split_match.hpp) from this handle's second search
    /// on; below it the side thread's query and posting lists would cost more than they
    /// save.
    Xapian::doccount split_match_from = 3000;
    /// Other queries whose matches Xapian estimates at this many or more are counted by
    /// the side thread while this one ranks the page (side_count.hpp).
    Xapian::doccount count_beside_from = 5000;
};

/// Opens the database at `path` (a newsdex folder, a Xapian database or a stub listing
/// remote shards) and checks its schema. Throws DatabaseError with a hint.
[[nodiscard]] SearchDatabase open_database(const std::string& path);

/// Runs `request`: ranked (BM25) or by date, exact total and facets over the whole match
/// set, snippets for the page of hits; when nothing matched, how many articles have some
/// of the words. Retries once after the index changed underneath.
[[nodiscard]] SearchResult run_search(SearchDatabase& database, const SearchRequest& request,
                                      const SnippetMarkers& markers);

}  // namespace newsdex
