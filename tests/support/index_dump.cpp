/** @file index_dump.cpp
 *  @brief Canonical index dumps.
 */
#include "tests/support/index_dump.hpp"

#include <xapian.h>

#include <map>
#include <set>
#include <sstream>

#include "common/index/facet_encoding.hpp"
#include "common/index/person_registry.hpp"
#include "common/schema.hpp"

namespace newsdex::testing {

namespace {

/// The compact facets slot with person numbers replaced by the entries they stand for:
/// numbers depend on the order threads met people in, entries do not.
std::string compact_facets_entries(const Xapian::Database& database, const std::string& value) {
    CompactFacets facets(value);
    if (!facets.valid()) return "invalid";
    std::ostringstream out;
    out << "year " << facets.year() << " countries";
    for (std::size_t i = 0; i < facets.country_count(); ++i) out << " " << facets.country(i);
    std::set<std::string> people;
    for (PersonNumber person; facets.next_person(person);) {
        auto entries = read_person_group(database, person.group);
        people.insert(person.member < entries.size() ? entries[person.member] : "(missing)");
    }
    out << " people";
    for (const auto& entry : people) out << " " << entry;
    return out.str();
}

std::string dump_document(const Xapian::Database& database, Xapian::docid id) {
    Xapian::Document document = database.get_document(id);
    std::ostringstream out;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        out << *term << " " << term.get_wdf();
        for (auto position = term.positionlist_begin(); position != term.positionlist_end(); ++position) {
            out << "," << *position;
        }
        out << "\n";
    }
    for (auto value = document.values_begin(); value != document.values_end(); ++value) {
        // Whether a file's stamp was kept depends on when it was read (source_stamp.hpp):
        // two indexes of the same files may differ there and both be right.
        if (value.get_valueno() == schema::slot::source_stamp) continue;
        bool compact = value.get_valueno() == schema::slot::compact_facets;
        out << "value " << value.get_valueno() << " " << (compact ? compact_facets_entries(database, *value) : *value)
            << "\n";
    }
    out << "data " << document.get_data() << "\n";
    return out.str();
}

}  // namespace

std::string dump_index(const std::string& path) {
    Xapian::Database database(path);
    std::map<std::string, std::string> documents;
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        Xapian::Document document = database.get_document(*it);
        documents[document.get_value(schema::slot::path)] = dump_document(database, *it);
    }
    std::ostringstream out;
    out << "documents " << database.get_doccount() << "\n";
    for (const auto& [path_value, dump] : documents) out << "== " << path_value << "\n" << dump;
    return out.str();
}

}  // namespace newsdex::testing
