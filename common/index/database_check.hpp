/** @file database_check.hpp
 *  @brief Checking that a database was built by this newsdex schema.
 */
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "common/schema.hpp"

namespace newsdex {

/// Throws DatabaseError with a hint ("re-run newsdex-index --rebuild") when a non-empty
/// database has no newsdex metadata or another schema version, stemmer or folding.
void check_schema(const Xapian::Database& database);

/// Sets metadata `key` to `value` unless it holds that already: a run that changes nothing
/// then commits nothing, so the revision stays and searchers keep what they read of it.
void set_metadata_if_changed(Xapian::WritableDatabase& database, std::string_view key, const std::string& value);

/// Records the schema version, stemmer, folding and layout in the database metadata.
void write_schema(Xapian::WritableDatabase& database, schema::Layout layout);

/// The layout recorded in `database` (standalone when none is: an empty database).
[[nodiscard]] schema::Layout read_layout(const Xapian::Database& database);

}  // namespace newsdex
