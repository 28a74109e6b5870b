/** @file hit_page.hpp
 *  @brief The page of hits, decoded and given snippets by two threads at once.
 *
 * Decoding the ten stored articles and choosing their snippets is most of a warm
 * search's own work, and needs nothing from the facet tally, so the searcher hands the
 * page to its side thread (side_thread.hpp) while it counts facets, then takes the hits
 * still left itself. Each hit goes to whichever thread asks first, so a side thread slow
 * to wake costs nothing: the search never waits for a hit nobody has started. For the
 * one hit the side thread may be building when the search has built the rest, the
 * search waits a little (about three hits' time), then builds that hit too: a VM's host
 * can stall a thread for milliseconds, and the search's latency must not depend on it.
 *
 * Each thread reads the stored articles of the hits it builds through a handle of its
 * own (Xapian handles are not to be shared): the reads, a block read from the disk cache
 * with a system call or two each, were a sixth of the searching thread's time on the BBC
 * set when it read the whole page before sharing it out. Where the side thread has no
 * handle of its own (remote shards), the searching thread reads the page first. Each
 * thread highlights with a stemmer of its own, and builds into slots of its own, so a
 * hit the search gave up waiting for is finished unseen. A hit the side thread failed
 * (its handle gone stale, say) is built again by the searching thread, whose failure is
 * the one reported.
 */
#pragma once

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/search/search_request.hpp"
#include "common/search/snippet.hpp"

namespace newsdex {

/// A hit as ranked, and its stored article once read (still encoded).
struct StoredHit {
    std::size_t rank = 0;  ///< 1-based over the whole match set
    double score = 0;
    Xapian::docid docid = 0;
    std::optional<std::string> data;  ///< schema::slot::stored_article, when read
};

/// Reads the stored article of a document through the calling thread's own handle.
using StoredArticleReader = std::function<std::string(Xapian::docid)>;

/// A StoredArticleReader over `database`, which must outlive it.
[[nodiscard]] StoredArticleReader stored_article_reader(const Xapian::Database& database);

class HitPage {
  public:
    HitPage(std::vector<StoredHit> stored, std::size_t snippet_words, SnippetMarkers markers);

    /// Reads every stored article not yet read, through `read`: before a side thread
    /// without a handle of its own builds any.
    void read_all(const StoredArticleReader& read);

    /// The side thread's part: builds hits no thread has taken, one at a time, until none
    /// is left, reading their articles through `read` if not yet read.
    void build_some(const Highlighter& highlighter, const StoredArticleReader& read);

    /// The searching thread's part: builds the hits no thread has taken, then takes the
    /// side thread's (building the one still under way itself if it is late, or one the
    /// side thread failed), and gives them all in rank order, reading articles through
    /// `read`. Throws what building the first failed one threw (std::runtime_error for
    /// damaged stored data, Xapian::Error for a failed read), its document named by
    /// `failed`.
    [[nodiscard]] std::vector<Hit> take(const Highlighter& highlighter, const StoredArticleReader& read,
                                        Xapian::docid& failed);

    [[nodiscard]] std::size_t size() const { return stored_.size(); }

  private:
    /// Hit `at` into `hit`, or why not into `failure`.
    void build(std::size_t at, const Highlighter& highlighter, const StoredArticleReader& read, Hit& hit,
               std::exception_ptr& failure) const;
    /// Waits for the side thread to finish hit `at` until `deadline`; true if it did.
    bool side_finished(std::size_t at, std::chrono::steady_clock::time_point deadline) const;

    std::vector<StoredHit> stored_;
    std::size_t snippet_words_;
    SnippetMarkers markers_;
    std::atomic<std::size_t> next_{0};  ///< the next hit no thread has taken
    /// By hit: the searching thread's, and the side thread's.
    std::vector<Hit> own_hits_, side_hits_;
    std::vector<std::exception_ptr> own_failures_, side_failures_;
    std::vector<std::atomic<bool>> side_built_;  ///< by hit: the side thread has finished it
};

}  // namespace newsdex
