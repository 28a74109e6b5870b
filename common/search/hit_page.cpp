/** @file hit_page.cpp
 *  @brief Sharing out the hits of a page.
 */
#include "common/search/hit_page.hpp"

#include "common/index/stored_article.hpp"

namespace newsdex {

HitPage::HitPage(std::vector<StoredHit> stored, std::size_t snippet_words, SnippetMarkers markers)
    : stored_(std::move(stored)),
      snippet_words_(snippet_words),
      markers_(std::move(markers)),
      hits_(stored_.size()),
      failures_(stored_.size()) {}

void HitPage::build_some(const Highlighter& highlighter) {
    for (std::size_t at = next_++; at < stored_.size(); at = next_++) {
        Hit& hit = hits_[at];
        hit.rank = stored_[at].rank;
        hit.score = stored_[at].score;
        try {
            hit.article = decode_document_data(stored_[at].data);
            hit.snippet = highlighter.snippet(hit.article.body, snippet_words_, markers_);
        } catch (...) {
            failures_[at] = std::current_exception();
        }
        // Only the last hit wakes a waiting take(): it waits for all of them anyway.
        if (++built_ == stored_.size()) built_.notify_all();
    }
}

std::vector<Hit> HitPage::take(Xapian::docid& failed) {
    for (unsigned built = built_.load(); built < stored_.size(); built = built_.load()) built_.wait(built);
    for (std::size_t at = 0; at < failures_.size(); ++at) {
        if (!failures_[at]) continue;
        failed = stored_[at].docid;
        std::rethrow_exception(failures_[at]);
    }
    return std::move(hits_);
}

}  // namespace newsdex
