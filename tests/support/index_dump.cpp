/** @file index_dump.cpp
 *  @brief Canonical index dumps.
 */
#include "tests/support/index_dump.hpp"

#include <xapian.h>

#include <map>
#include <sstream>

#include "common/schema.hpp"

namespace newsdex::testing {

namespace {

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
        out << "value " << value.get_valueno() << " " << *value << "\n";
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
