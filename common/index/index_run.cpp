/** @file index_run.cpp
 *  @brief The incremental indexing loop.
 *
 * Algorithm:
 *  1. Open the live generation for writing (or a new one for --rebuild / a first build)
 *     and read every document's path, content signature and source stamp, each slot as
 *     one value stream.
 *  2. Walk the corpus. Articles whose stamp (size, times, inode: corpus/source_stamp.hpp)
 *     or else content signature is unchanged are skipped; the others are
 *     processed in chunks by worker threads (read → decode → clean → extract → document),
 *     one chunk ahead of the one writer, which replaces each document by its unique-id
 *     term, in corpus order.
 *  3. Commit every `batch_size` changes as one Xapian transaction, so memory stays bounded
 *     and a crash loses at most one batch: the next run sees those files as changed and
 *     redoes them. A first build publishes its (empty) generation before the first batch.
 *  4. Delete documents whose file is gone. Files that exist but fail keep their old
 *     document (no data is lost to a transient error) and are listed as failed.
 *  A fresh build (first build or --rebuild) on several cores instead writes one shard per
 *  thread and merges them by compaction (sharded_build.hpp): the writer is the bottleneck.
 *  5. Record the schema and the failures in metadata and commit. A first build or
 *     --rebuild is then compacted into the next generation and the stub swapped to it
 *     (for --rebuild the old generation stays live until that moment).
 */
#include "common/index/index_run.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "common/corpus/corpus_walk.hpp"
#include "common/error.hpp"
#include "common/extract/extractor.hpp"
#include "common/index/article_failure.hpp"
#include "common/index/database_check.hpp"
#include "common/index/database_layout.hpp"
#include "common/index/document_builder.hpp"
#include "common/index/facet_column.hpp"
#include "common/index/indexed_documents.hpp"
#include "common/index/pipeline.hpp"
#include "common/index/sharded_build.hpp"
#include "common/index/term_bitmaps.hpp"
#include "common/index/word_pair_sample.hpp"
#include "common/index/writer_lock.hpp"
#include "common/schema.hpp"

namespace newsdex {

namespace {

/// The outcome of one article in a chunk: a document to write, or a failure.
struct ChunkResult {
    std::optional<Xapian::Document> document;
    std::string failure;
    bool unchanged = false;
    bool existed = false;
};

ChunkResult index_one(const CorpusEntry& entry, const std::unordered_map<std::string, IndexedDocument>& existing,
                      DocumentBuilder& builder, std::optional<BuiltArticle> sampled) {
    ChunkResult result;
    if (sampled) {  // built for the word-pair sample of an empty index: nothing existed
        result.document = std::move(sampled->document);
        result.failure = std::move(sampled->failure);
        return result;
    }
    auto found = existing.find(entry.relative_path);
    result.existed = found != existing.end();
    result.failure = article_failure([&] {
        SourceCheck source = check_source(entry.absolute_path, result.existed ? &found->second : nullptr);
        if (source.unchanged) {
            result.unchanged = true;
            return;
        }
        ProcessedArticle processed = process_article(entry.relative_path, source.bytes);
        result.document = builder.build(processed.stored, processed.signature, source.stamp);
    });
    return result;
}

/// Processes entries [first, last) on one worker per builder; results in corpus order.
/// The builders outlive the chunk: each keeps its stem cache (caching_stemmer.hpp), which
/// a builder made for every chunk of 125 articles had thrown away as it warmed up.
/// Entries of an empty index's word-pair sample come built already (word_pair_sample.hpp).
std::vector<ChunkResult> process_chunk(const std::vector<CorpusEntry>& entries, std::size_t first, std::size_t last,
                                       const std::unordered_map<std::string, IndexedDocument>& existing,
                                       std::vector<std::unique_ptr<DocumentBuilder>>& builders,
                                       WordPairSample& sample) {
    std::vector<ChunkResult> results(last - first);
    std::atomic<std::size_t> next{first};
    auto work = [&](DocumentBuilder& builder) {
        for (std::size_t i = next++; i < last; i = next++)
            results[i - first] = index_one(entries[i], existing, builder, sample.take(i));
    };
    std::vector<std::jthread> workers;
    for (std::size_t t = 1; t < builders.size(); ++t) workers.emplace_back(work, std::ref(*builders[t]));
    work(*builders.front());
    return results;
}

unsigned worker_count(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

class IndexRun {
  public:
    IndexRun(const IndexOptions& options, const IndexCallbacks& callbacks)
        : options_(options), callbacks_(callbacks), layout_(options.database) {}

    IndexSummary run();

  private:
    Xapian::WritableDatabase open_target();
    Xapian::WritableDatabase open_locked(const std::filesystem::path& path, int flags);
    void compact_and_publish();
    void save_search_files();
    IndexSummary run_sharded(const CorpusListing& listing, std::chrono::steady_clock::time_point start);
    void write_articles(const CorpusListing& listing);
    void record(const CorpusEntry& entry, ChunkResult& result);
    void remove_vanished(const std::unordered_set<std::string>& present);
    void commit_if_due();
    void fail(const std::string& path, const std::string& reason);
    void choose_word_pairs(const CorpusListing& listing);

    const IndexOptions& options_;
    const IndexCallbacks& callbacks_;
    DatabaseLayout layout_;
    std::filesystem::path target_;
    bool rebuilding_ = false;
    bool fresh_build_ = false;  ///< a first build or --rebuild: compacted at the end
    schema::Layout index_layout_ = schema::Layout::standalone;
    WriterLock writer_lock_;
    Xapian::WritableDatabase database_;
    std::unordered_map<std::string, IndexedDocument> existing_;
    PersonRegistry people_;
    /// The word pairs filed (word_pairs.hpp), and the sample they were chosen by if this
    /// run chose them.
    WordPairSample sample_;
    WordPairSet word_pairs_;
    IndexSummary summary_;
    std::size_t pending_changes_ = 0;
};

Xapian::WritableDatabase IndexRun::open_target() {
    std::filesystem::create_directories(options_.database);
    auto live = layout_.current();
    rebuilding_ = options_.rebuild && live.has_value();
    fresh_build_ = options_.rebuild || !live;
    target_ = live && !options_.rebuild ? *live : layout_.next_generation();
    int flags = Xapian::DB_CREATE_OR_OPEN | (options_.wait_for_lock ? Xapian::DB_RETRY_LOCK : 0);
    Xapian::WritableDatabase database = open_locked(target_, flags);
    try {
        check_schema(database);
    } catch (const DatabaseError& error) {
        throw in_database(options_.database.string(), error);
    }
    // An update keeps the index's layout; only a fresh build chooses it.
    index_layout_ = options_.shard ? schema::Layout::shard : schema::Layout::standalone;
    if (!fresh_build_) {
        schema::Layout recorded = read_layout(database);
        if (options_.shard && recorded != schema::Layout::shard) {
            throw in_database(options_.database.string(),
                              DatabaseError("a standalone index; add --rebuild to rebuild it as a shard"));
        }
        index_layout_ = recorded;
    }
    if (!live) {
        // A first build is published at once (empty is a valid index), so a crash part-way
        // leaves committed batches that the next run keeps and completes.
        write_schema(database, index_layout_);
        database.commit();
        layout_.publish(target_);
    }
    return database;
}

Xapian::WritableDatabase IndexRun::open_locked(const std::filesystem::path& path, int flags) {
    try {
        Xapian::WritableDatabase database(path.string(), flags, block_size);
        writer_lock_ = WriterLock(options_.database);
        return database;
    } catch (const Xapian::DatabaseLockError& error) {
        throw DatabaseError(fmt::format("{}: locked by another writer{}; use --wait to wait for it",
                                        options_.database.string(), WriterLock::holder_description(options_.database)));
    }
}

/// A freshly built index is rewritten compactly (full blocks, no free space left by the
/// batch commits) into the next generation, which is then published. Document ids are
/// kept. If this is interrupted the built generation stays valid and live (first build)
/// or the old one stays live (--rebuild).
void IndexRun::compact_and_publish() {
    std::filesystem::path compacted = layout_.next_generation();
    Xapian::Database(target_.string())
        .compact(compacted.string(), Xapian::DBCOMPACT_NO_RENUMBER | fresh_build_compaction, block_size);
    layout_.publish(compacted);
}

/// A fresh build with several cores: shards built in parallel and merged by compaction
/// straight into the next generation (sharded_build.hpp), which is then published. The
/// generation opened by open_target() stays empty; it only holds the writer lock.
IndexSummary IndexRun::run_sharded(const CorpusListing& listing, std::chrono::steady_clock::time_point start) {
    std::filesystem::path output = layout_.next_generation();
    std::filesystem::path scratch = options_.database / (target_.filename().string() + "-shards");
    IndexSummary built = build_sharded(listing.articles, scratch, output, worker_count(options_.threads),
                                       options_.batch_size, callbacks_, people_, index_layout_, sample_);
    summary_.added = built.added;
    summary_.failures.insert(summary_.failures.end(), built.failures.begin(), built.failures.end());
    {
        Xapian::WritableDatabase merged(output.string(), Xapian::DB_OPEN);
        write_schema(merged, index_layout_);
        people_.write_changes(merged);
        word_pairs_.write(merged);
        merged.set_metadata(std::string(schema::metadata::failed), encode_failures(summary_.failures));
        merged.commit();
    }
    database_.close();
    layout_.publish(output);
    save_search_files();
    summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary_;
}

/// At most this much for the saved facet column (facet_column.hpp): some eight million
/// articles. Larger indexes are searched by streaming the slot.
constexpr std::size_t saved_facet_column_budget = std::size_t{256} << 20;

/// Saves the facet column and the frequent terms' bitmaps for searches (facet_column.hpp,
/// term_bitmaps.hpp). The index is committed by now: a file that cannot be written is a
/// slower search, not a failed run, so it becomes a warning.
void IndexRun::save_search_files() {
    if (index_layout_ == schema::Layout::shard) return;  // several shards are counted by whole values
    auto save = [&](std::string_view what, auto write) {
        auto warn = [&](std::string_view reason) {
            summary_.warnings.push_back(fmt::format("{}: {} not saved, searches will do without: {}",
                                                    options_.database.string(), what, reason));
        };
        try {
            write();
        } catch (const std::exception& error) {
            warn(error.what());
        } catch (const Xapian::Error& error) {
            warn(error.get_description());
        }
    };
    save("facet column", [&] { FacetColumn::save(options_.database, saved_facet_column_budget); });
    save("term bitmaps", [&] { TermBitmaps::save(options_.database); });
}

/// A standalone index with no documents yet (a first build, --rebuild, or one that a
/// killed first build left empty) samples its articles and chooses its word pairs
/// (word_pairs.hpp), recorded with the first commit; one with documents files the pairs
/// it records. A shard files none: Xapian matches its phrases.
void IndexRun::choose_word_pairs(const CorpusListing& listing) {
    if (index_layout_ != schema::Layout::standalone) return;
    if (database_.get_doccount() > 0) {
        word_pairs_ = WordPairSet::read(database_);
        return;
    }
    sample_ = WordPairSample(listing.articles, worker_count(options_.threads), people_);
    word_pairs_ = sample_.pairs();
    word_pairs_.write(database_);
}

void IndexRun::fail(const std::string& path, const std::string& reason) {
    summary_.failures.push_back({path, reason});
    if (callbacks_.failure) callbacks_.failure(summary_.failures.back());
}

void IndexRun::record(const CorpusEntry& entry, ChunkResult& result) {
    if (result.unchanged) {
        ++summary_.unchanged;
    } else if (!result.failure.empty()) {
        fail(entry.relative_path, result.failure);
    } else {
        database_.replace_document(schema::unique_id_term(entry.relative_path), *result.document);
        ++(result.existed ? summary_.updated : summary_.added);
        ++pending_changes_;
        commit_if_due();
    }
}

void IndexRun::commit_if_due() {
    if (pending_changes_ < options_.batch_size) return;
    people_.write_changes(database_);
    database_.commit_transaction();
    database_.begin_transaction();
    pending_changes_ = 0;
}

void IndexRun::write_articles(const CorpusListing& listing) {
    const auto& entries = listing.articles;
    std::size_t total = entries.size();
    std::size_t chunk = std::max<std::size_t>(64, options_.batch_size / 4);
    std::vector<std::unique_ptr<DocumentBuilder>> builders;
    for (unsigned t = 0; t < worker_count(options_.threads); ++t) {
        builders.push_back(std::make_unique<DocumentBuilder>(people_, index_layout_));
        builders.back()->file_word_pairs(&word_pairs_);
    }
    // Workers process the next chunk while this thread writes the current one, so the
    // single writer (the bottleneck) never waits for cleaning and extraction. One chunk is
    // processed at a time, so the builders are never shared.
    auto process = [&](std::size_t first) {
        return std::async(std::launch::async, [&, first] {
            return process_chunk(entries, first, std::min(total, first + chunk), existing_, builders, sample_);
        });
    };
    std::future<std::vector<ChunkResult>> next = process(0);
    for (std::size_t first = 0; first < total; first += chunk) {
        auto results = next.get();
        if (first + chunk < total) next = process(first + chunk);
        for (std::size_t i = first; i < std::min(total, first + chunk); ++i) {
            record(entries[i], results[i - first]);
            if (callbacks_.progress) callbacks_.progress(i + 1, total);
        }
    }
}

void IndexRun::remove_vanished(const std::unordered_set<std::string>& present) {
    for (const auto& [path, document] : existing_) {
        if (present.contains(path)) continue;
        database_.delete_document(document.id);
        ++summary_.removed;
        ++pending_changes_;
    }
}

IndexSummary IndexRun::run() {
    auto start = std::chrono::steady_clock::now();
    database_ = open_target();
    // A fresh build extracts from every article: the extractors' tables are built while
    // the corpus is listed (extractor.hpp). Joined before this returns.
    std::jthread tables;
    if (fresh_build_) tables = std::jthread(prepare_extraction);
    existing_ = read_indexed_documents(database_);
    try {
        people_.read(database_);
    } catch (const DatabaseError& error) {
        throw in_database(options_.database.string(), error);
    }
    database_.begin_transaction();
    CorpusListing listing = walk_corpus(options_.corpus, {options_.follow_outside_links});
    std::unordered_set<std::string> present;
    for (const auto& entry : listing.articles) present.insert(entry.relative_path);
    for (const auto& problem : listing.problems) fail(problem.relative_path, problem.reason);
    choose_word_pairs(listing);
    if (fresh_build_ && existing_.empty() && worker_count(options_.threads) > 1) return run_sharded(listing, start);
    write_articles(listing);
    remove_vanished(present);
    write_schema(database_, index_layout_);
    people_.write_changes(database_);
    set_metadata_if_changed(database_, schema::metadata::failed, encode_failures(summary_.failures));
    database_.commit_transaction();
    database_.close();
    if (fresh_build_) {
        compact_and_publish();
    } else if (rebuilding_) {
        layout_.publish(target_);
    }
    save_search_files();
    summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary_;
}

}  // namespace

IndexSummary run_index(const IndexOptions& options, const IndexCallbacks& callbacks) {
    IndexRun run(options, callbacks);
    return run.run();
}

}  // namespace newsdex
