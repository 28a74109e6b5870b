/** @file sharded_build.hpp
 *  @brief A fresh build on several cores: one shard per thread, merged by compaction.
 */
#pragma once

#include <filesystem>
#include <vector>

#include "common/corpus/corpus_walk.hpp"
#include "common/index/index_run.hpp"
#include "common/index/person_registry.hpp"
#include "common/index/word_pair_sample.hpp"
#include "common/schema.hpp"

namespace newsdex {

/// How a fresh build is compacted: Xapian's standard compaction, not FULLER. FULLER joins
/// value chunks and posting chunks into tags that glass then splits across B-tree items
/// and leaves blocks part-empty: on 2,000 generated articles the index came out 11% bigger
/// (the stored articles' value chunks 23% bigger than their bytes), and no faster to search.
inline constexpr unsigned fresh_build_compaction = 0;

/// Glass's block size for every table newsdex writes, 16 KiB where Xapian's default is 8:
/// Xapian keeps no cache of blocks, so a search reads each block it needs with a system
/// call, and a warm search's own time went a quarter to those reads on the benchmark VM
/// (1.5 µs each for 8 KiB, 1.9 for 16). In bigger blocks a stored article is one B-tree
/// item instead of two, and a value or posting stream spans fewer blocks: the BBC
/// queries made 24 reads each instead of 35, and searched 9% faster warm
/// (docs/performance.md). Set when a database is created, kept by every later update.
inline constexpr int block_size = 16384;

/// Builds every entry into `threads` shard databases under `scratch`, each thread reading,
/// cleaning, extracting and writing its own shard (so the Xapian writer is no longer a
/// single-threaded bottleneck), then merges the shards with Xapian's compaction into
/// `output` and deletes `scratch`. Failures are reported through `callbacks` and returned
/// in the summary; `added` counts the documents written. The threads number people with
/// the one `people` registry, so numbers agree across shards; the caller writes it to
/// `output`. Documents are built for `layout`, with the word pairs of `sample`, whose
/// articles are taken from it already built; the caller records the pairs in `output`.
IndexSummary build_sharded(const std::vector<CorpusEntry>& entries, const std::filesystem::path& scratch,
                           const std::filesystem::path& output, unsigned threads, std::size_t batch_size,
                           const IndexCallbacks& callbacks, PersonRegistry& people, schema::Layout layout,
                           WordPairSample& sample);

}  // namespace newsdex
