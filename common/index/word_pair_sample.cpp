/** @file word_pair_sample.cpp
 *  @brief Building the sample in parallel and choosing its pairs.
 */
#include "common/index/word_pair_sample.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

#include "common/corpus/article.hpp"
#include "common/corpus/source_stamp.hpp"
#include "common/index/article_failure.hpp"
#include "common/index/pipeline.hpp"

namespace newsdex {

BuiltArticle build_article(const CorpusEntry& entry, DocumentBuilder& builder) {
    BuiltArticle built;
    built.failure = article_failure([&] {
        std::string stamp = source_stamp(entry.absolute_path);  // before reading, as in index_run
        ProcessedArticle processed = process_file(entry.relative_path, entry.absolute_path);
        built.document = builder.build(processed.stored, processed.signature, stamp);
    });
    return built;
}

WordPairSample::WordPairSample(const std::vector<CorpusEntry>& entries, unsigned threads, PersonRegistry& people)
    : indexes_(word_pair_sample(entries.size())), built_(indexes_.size()) {
    std::vector<std::vector<std::string>> candidates(indexes_.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        DocumentBuilder builder(people, schema::Layout::standalone);
        builder.collect_word_pairs();
        for (std::size_t k = next++; k < indexes_.size(); k = next++) {
            built_[k] = build_article(entries[indexes_[k]], builder);
            candidates[k] = builder.take_word_pairs();
        }
    };
    {
        std::vector<std::jthread> workers;
        for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
        work();
    }
    WordPairChoice choice;
    for (std::size_t k = 0; k < built_.size(); ++k) {
        if (built_[k]->document) choice.add_article(candidates[k]);
    }
    pairs_ = choice.chosen();
    for (std::size_t k = 0; k < built_.size(); ++k) {
        if (built_[k]->document) pairs_.add_to(*built_[k]->document, candidates[k]);
    }
}

std::optional<BuiltArticle> WordPairSample::take(std::size_t index) {
    auto at = std::lower_bound(indexes_.begin(), indexes_.end(), index);
    if (at == indexes_.end() || *at != index) return std::nullopt;
    auto& built = built_[static_cast<std::size_t>(at - indexes_.begin())];
    std::optional<BuiltArticle> taken = std::move(built);
    built.reset();
    return taken;
}

}  // namespace newsdex
