/** @file remote_shards.hpp
 *  @brief Whether a database path reaches shards served by xapian-tcpsrv.
 *
 * Xapian opens a stub file listing shards ("auto PATH", "remote HOST:PORT", …) as one
 * database but does not say which shards are remote. The searcher needs to know: stock
 * xapian-tcpsrv only runs Xapian's built-in match spies, so facets over remote shards
 * are counted with those, and local databases with our faster entry spy.
 */
#pragma once

#include <filesystem>

namespace newsdex {

/// True when the stub at `path` (a stub file, or a folder holding XAPIANDB), or a stub it
/// points at with "auto", lists a remote shard.
[[nodiscard]] bool has_remote_shards(const std::filesystem::path& path);

}  // namespace newsdex
