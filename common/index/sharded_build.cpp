/** @file sharded_build.cpp
 *  @brief Parallel shard writers and the compaction that merges them.
 */
#include "common/index/sharded_build.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "common/index/database_check.hpp"
#include "common/index/document_builder.hpp"
#include "common/schema.hpp"

namespace newsdex {

namespace {

/// What the shard threads share: the next entry to take, and the summary they report to.
class SharedProgress {
  public:
    SharedProgress(std::size_t total, const IndexCallbacks& callbacks) : total_(total), callbacks_(callbacks) {}

    std::size_t take() { return next_++; }

    void done(const CorpusEntry& entry, const std::string& failure) {
        std::lock_guard lock(mutex_);
        if (failure.empty()) {
            ++summary_.added;
        } else {
            summary_.failures.push_back({entry.relative_path, failure});
            if (callbacks_.failure) callbacks_.failure(summary_.failures.back());
        }
        if (callbacks_.progress) callbacks_.progress(++finished_, total_);
    }

    IndexSummary summary() const { return summary_; }

  private:
    std::atomic<std::size_t> next_{0};
    std::size_t total_, finished_ = 0;
    const IndexCallbacks& callbacks_;
    std::mutex mutex_;
    IndexSummary summary_;
};

/// Builds (or takes from the sample) and adds the document of entry `index`; its failure,
/// if any.
std::string build_one(const std::vector<CorpusEntry>& entries, std::size_t index, WordPairSample& sample,
                      DocumentBuilder& builder, Xapian::WritableDatabase& shard) {
    std::optional<BuiltArticle> sampled = sample.take(index);
    BuiltArticle built = sampled ? std::move(*sampled) : build_article(entries[index], builder);
    if (!built.document) return built.failure;
    // Write errors are the database's, not the article's: they propagate. A fresh shard
    // holds each corpus path once, so adding needs no look-up of the path's Q term.
    shard.add_document(*built.document);
    return {};
}

void write_shard(const std::vector<CorpusEntry>& entries, const std::filesystem::path& path, std::size_t batch_size,
                 SharedProgress& progress, PersonRegistry& people, schema::Layout layout, WordPairSample& sample) {
    // A shard is scratch: a crash discards it and the next run builds again, so its
    // commits need neither fsync nor Xapian's copy-on-write of old revisions. Only the
    // compacted result is published (and synced).
    Xapian::WritableDatabase shard(path.string(), Xapian::DB_CREATE | Xapian::DB_NO_SYNC | Xapian::DB_DANGEROUS,
                                   block_size);
    write_schema(shard, layout);
    DocumentBuilder builder(people, layout);
    builder.file_word_pairs(&sample.pairs());
    std::size_t pending = 0;
    for (std::size_t i = progress.take(); i < entries.size(); i = progress.take()) {
        std::string failure = build_one(entries, i, sample, builder, shard);
        progress.done(entries[i], failure);
        if (failure.empty() && ++pending >= batch_size) {
            shard.commit();
            pending = 0;
        }
    }
    shard.commit();
}

}  // namespace

IndexSummary build_sharded(const std::vector<CorpusEntry>& entries, const std::filesystem::path& scratch,
                           const std::filesystem::path& output, unsigned threads, std::size_t batch_size,
                           const IndexCallbacks& callbacks, PersonRegistry& people, schema::Layout layout,
                           WordPairSample& sample) {
    std::filesystem::remove_all(scratch);
    std::filesystem::create_directories(scratch);
    SharedProgress progress(entries.size(), callbacks);
    std::vector<std::filesystem::path> shards;
    for (unsigned t = 0; t < threads; ++t) shards.push_back(scratch / fmt::format("shard-{}", t));
    // A database error in one writer (disk full, say) must reach the caller as an
    // exception, not end the process from inside a thread.
    std::vector<std::exception_ptr> errors(shards.size());
    {
        std::vector<std::jthread> writers;
        for (std::size_t t = 0; t < shards.size(); ++t) {
            writers.emplace_back([&, t] {
                try {
                    write_shard(entries, shards[t], batch_size, progress, people, layout, sample);
                } catch (...) {
                    errors[t] = std::current_exception();
                }
            });
        }
    }
    for (const auto& error : errors) {
        if (error) std::rethrow_exception(error);
    }
    Xapian::Database combined;
    for (const auto& shard : shards) combined.add_database(Xapian::Database(shard.string()));
    combined.compact(output.string(), fresh_build_compaction, block_size);
    std::filesystem::remove_all(scratch);
    return progress.summary();
}

}  // namespace newsdex
