/** @file hit_page.cpp
 *  @brief Sharing out the hits of a page.
 */
#include "common/search/hit_page.hpp"

#include <thread>

#include "common/index/stored_article.hpp"
#include "common/schema.hpp"
#include "common/text/cjk.hpp"

namespace newsdex {

namespace {

/// How long the search waits for the side thread's last hit before building it itself:
/// a few hits' time (a hit takes 10–40 µs on the benchmark VM).
constexpr auto side_patience = std::chrono::microseconds(100);

}  // namespace

StoredArticleReader stored_article_reader(const Xapian::Database& database) {
    return [&database](Xapian::docid docid) {
        // The match found it: no need to look it up first (0.02 ms a BBC search, warm).
        return database.get_document(docid, Xapian::DOC_ASSUME_VALID).get_value(schema::slot::stored_article);
    };
}

HitPage::HitPage(std::vector<StoredHit> stored, std::size_t snippet_words, SnippetMarkers markers)
    : stored_(std::move(stored)),
      snippet_words_(snippet_words),
      markers_(std::move(markers)),
      own_hits_(stored_.size()),
      side_hits_(stored_.size()),
      own_failures_(stored_.size()),
      side_failures_(stored_.size()),
      side_built_(stored_.size()) {}

void HitPage::read_all(const StoredArticleReader& read) {
    for (auto& stored : stored_) {
        if (!stored.data) stored.data = read(stored.docid);
    }
}

void HitPage::build(std::size_t at, const Highlighter& highlighter, const StoredArticleReader& read, Hit& hit,
                    std::exception_ptr& failure) const {
    const StoredHit& stored = stored_[at];
    hit.rank = stored.rank;
    hit.score = stored.score;
    try {
        hit.article = decode_document_data(stored.data ? *stored.data : read(stored.docid));
        // A CJK character is a word to the highlighter, and about half of one to a reader
        // (count_words): a Chinese snippet of twice the characters shows as much.
        std::size_t words = snippet_words_ * (opens_in_cjk(hit.article.body) ? 2 : 1);
        hit.snippet = highlighter.snippet(hit.article.body, words, markers_);
    } catch (...) {
        failure = std::current_exception();
    }
}

void HitPage::build_some(const Highlighter& highlighter, const StoredArticleReader& read) {
    for (std::size_t at = next_++; at < stored_.size(); at = next_++) {
        build(at, highlighter, read, side_hits_[at], side_failures_[at]);
        side_built_[at].store(true, std::memory_order_release);
    }
}

bool HitPage::side_finished(std::size_t at, std::chrono::steady_clock::time_point deadline) const {
    while (!side_built_[at].load(std::memory_order_acquire)) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::yield();
    }
    return true;
}

std::vector<Hit> HitPage::take(const Highlighter& highlighter, const StoredArticleReader& read, Xapian::docid& failed) {
    std::vector<bool> own(stored_.size(), false);
    for (std::size_t at = next_++; at < stored_.size(); at = next_++) {
        build(at, highlighter, read, own_hits_[at], own_failures_[at]);
        own[at] = true;
    }
    auto deadline = std::chrono::steady_clock::now() + side_patience;
    std::vector<Hit> hits;
    hits.reserve(stored_.size());
    for (std::size_t at = 0; at < stored_.size(); ++at) {
        if (!own[at] && (!side_finished(at, deadline) || side_failures_[at])) {
            build(at, highlighter, read, own_hits_[at], own_failures_[at]);  // the side thread's copy is left to it
            own[at] = true;
        }
        const std::exception_ptr& failure = own[at] ? own_failures_[at] : side_failures_[at];
        if (failure) {
            failed = stored_[at].docid;
            std::rethrow_exception(failure);
        }
        hits.push_back(std::move(own[at] ? own_hits_[at] : side_hits_[at]));
    }
    return hits;
}

}  // namespace newsdex
