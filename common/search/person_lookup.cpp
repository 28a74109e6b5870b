/** @file person_lookup.cpp
 *  @brief Person terms by surname prefix scan.
 */
#include "common/search/person_lookup.hpp"

#include "common/extract/person_identity.hpp"
#include "common/schema.hpp"

namespace newsdex {

std::vector<std::string> person_terms(const Xapian::Database& database, std::string_view user_text) {
    std::string wanted = person_key(user_text);
    if (wanted.empty()) return {};
    std::string surname(key_surname(wanted));
    bool surname_only = wanted == surname;
    std::string prefix = schema::boolean_term(schema::prefix::person, surname);
    std::vector<std::string> terms;
    for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
        std::string term = *it;
        std::string key = term.substr(schema::prefix::person.size());
        bool same_surname = key == surname || key.starts_with(surname + ' ');
        if (same_surname && (surname_only || key == surname || same_person(key, wanted))) terms.push_back(term);
    }
    return terms;
}

Xapian::Query person_query(const Xapian::Database& database, std::string_view user_text) {
    auto terms = person_terms(database, user_text);
    if (terms.empty()) return Xapian::Query(schema::boolean_term(schema::prefix::person, person_key(user_text)));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace newsdex
