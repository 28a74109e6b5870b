/** @file database_check.cpp
 *  @brief Schema metadata.
 */
#include "common/index/database_check.hpp"

#include <fmt/format.h>

#include "common/error.hpp"
#include "common/schema.hpp"

namespace newsdex {

void check_schema(const Xapian::Database& database) {
    if (database.get_doccount() == 0) return;
    std::string version = database.get_metadata(std::string(schema::metadata::version));
    if (version.empty()) {
        throw DatabaseError("not a newsdex database (no schema metadata); index into a new --db path");
    }
    auto mismatch = [](std::string_view what, const std::string& found, std::string_view want) {
        return DatabaseError(fmt::format(
            "database built with {} '{}', this newsdex uses '{}'; re-run newsdex-index --rebuild", what, found, want));
    };
    if (version != schema::version) throw mismatch("schema version", version, schema::version);
    std::string stemmer = database.get_metadata(std::string(schema::metadata::stemmer));
    if (stemmer != schema::stemmer_language) throw mismatch("stemmer", stemmer, schema::stemmer_language);
    std::string folding = database.get_metadata(std::string(schema::metadata::folding));
    if (folding != schema::folding) throw mismatch("folding", folding, schema::folding);
}

namespace {

constexpr std::string_view shard_layout = "shard", standalone_layout = "standalone";

}  // namespace

schema::Layout read_layout(const Xapian::Database& database) {
    return database.get_metadata(std::string(schema::metadata::layout)) == shard_layout ? schema::Layout::shard
                                                                                        : schema::Layout::standalone;
}

void set_metadata_if_changed(Xapian::WritableDatabase& database, std::string_view key, const std::string& value) {
    std::string name(key);
    if (database.get_metadata(name) != value) database.set_metadata(name, value);
}

void write_schema(Xapian::WritableDatabase& database, schema::Layout layout) {
    set_metadata_if_changed(database, schema::metadata::layout,
                            std::string(layout == schema::Layout::shard ? shard_layout : standalone_layout));
    set_metadata_if_changed(database, schema::metadata::version, std::string(schema::version));
    set_metadata_if_changed(database, schema::metadata::stemmer, std::string(schema::stemmer_language));
    set_metadata_if_changed(database, schema::metadata::folding, std::string(schema::folding));
}

}  // namespace newsdex
