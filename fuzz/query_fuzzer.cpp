/** @file query_fuzzer.cpp
 *  @brief libFuzzer target: any query text (and the same text as --person, --country and
 *  --year values) against a small real index. UsageError and QueryParserError are the
 *  only acceptable failures.
 */
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "common/error.hpp"
#include "common/index/document_builder.hpp"
#include "common/index/person_registry.hpp"
#include "common/index/pipeline.hpp"
#include "common/search/searcher.hpp"

namespace {

Xapian::WritableDatabase make_index() {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    newsdex::PersonRegistry people;
    // Standalone: phrases go through the position maps and the searcher's rewrite.
    newsdex::DocumentBuilder builder(people, newsdex::schema::Layout::standalone);
    const char* articles[] = {
        "---\ndate: 2020-02\n---\nLavrov visits Venezuela\n\nRussian Foreign Minister Sergei Lavrov met President "
        "Nicolás Maduro in Caracas on Friday to discuss sanctions and oil.\n",
        "Norway hosts Arctic talks\n\nNorwegian Prime Minister Erna Solberg opened talks on Arctic shipping, "
        "Solberg said on Tuesday.\n"};
    int n = 0;
    for (const char* text : articles) {
        auto processed = newsdex::process_article("a" + std::to_string(n++) + ".txt", text);
        database.add_document(builder.build(processed.stored, processed.signature, /*stamp=*/""));
    }
    people.write_changes(database);  // the person table the facet counter names people from
    database.commit();
    return database;
}

void search(newsdex::SearchDatabase& database, newsdex::SearchRequest request) {
    try {
        (void)newsdex::run_search(database, request, {"[", "]"});
    } catch (const newsdex::UsageError&) {
    } catch (const Xapian::QueryParserError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static newsdex::SearchDatabase database{make_index(), false, "in-memory fuzz index"};
    std::string text(reinterpret_cast<const char*>(data), size);
    newsdex::SearchRequest request;
    request.query = text;
    search(database, request);
    request.any_word = true;
    request.sort = newsdex::SortOrder::date;
    search(database, request);
    newsdex::SearchRequest filters;
    filters.people = {text};
    filters.countries = {text};
    filters.years = {text};
    search(database, filters);
    return 0;
}
