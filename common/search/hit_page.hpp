/** @file hit_page.hpp
 *  @brief The page of hits, decoded and given snippets by two threads at once.
 *
 * Decoding the ten stored articles and choosing their snippets is most of a warm
 * search's own work, and needs nothing from the facet tally, so the searcher hands the
 * page to its side thread (side_thread.hpp) while it counts facets, then takes the hits
 * still left itself. Each hit goes to whichever thread asks first, so a side thread slow
 * to wake costs nothing: the search never waits for a hit nobody has started.
 *
 * Only the data read from Xapian crosses threads (Xapian handles are not to be shared),
 * and each thread highlights with a stemmer of its own.
 */
#pragma once

#include <xapian.h>

#include <atomic>
#include <exception>
#include <string>
#include <vector>

#include "common/search/search_request.hpp"
#include "common/search/snippet.hpp"

namespace newsdex {

/// A hit as read from the index by the searching thread: its stored data still encoded.
struct StoredHit {
    std::size_t rank = 0;  ///< 1-based over the whole match set
    double score = 0;
    Xapian::docid docid = 0;
    std::string data;  ///< Document::get_data()
};

class HitPage {
  public:
    HitPage(std::vector<StoredHit> stored, std::size_t snippet_words, SnippetMarkers markers);

    /// Builds hits, one at a time, until every hit is built or being built.
    void build_some(const Highlighter& highlighter);

    /// Once every hit was taken by some build_some: waits for the other thread's, then
    /// gives the hits in rank order. Throws what building the first failed one threw
    /// (std::runtime_error for damaged stored data), its document named by `failed`.
    [[nodiscard]] std::vector<Hit> take(Xapian::docid& failed);

    [[nodiscard]] std::size_t size() const { return stored_.size(); }

  private:
    std::vector<StoredHit> stored_;
    std::size_t snippet_words_;
    SnippetMarkers markers_;
    std::vector<Hit> hits_;
    std::vector<std::exception_ptr> failures_;
    std::atomic<std::size_t> next_{0};  ///< the next hit no thread has taken
    std::atomic<unsigned> built_{0};    ///< hits finished, by either thread
};

}  // namespace newsdex
