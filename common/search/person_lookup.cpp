/** @file person_lookup.cpp
 *  @brief Person terms by surname prefix scan.
 */
#include "common/search/person_lookup.hpp"

#include "common/extract/person_identity.hpp"
#include "common/schema.hpp"

namespace newsdex {

namespace {

/// The person terms whose first given name is `given` or a spelling of it ("lleyton" of
/// "hewitt lleyton"): a scan of every person term, for a word that is nobody's surname.
std::vector<std::string> terms_of_given_name(const Xapian::Database& database, std::string_view given) {
    std::string prefix(schema::prefix::person);
    std::vector<std::string> terms;
    for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
        std::string term = *it;
        std::string_view key = std::string_view(term).substr(prefix.size());
        if (same_given_name(key_given(key), given)) terms.push_back(std::move(term));
    }
    return terms;
}

/// A name typed without a generational suffix finds the names with one too ("martin
/// luther king" finds "Martin Luther King Jr"), where one typed with it finds only its own.
bool father_or_son(std::string_view key, std::string_view wanted) {
    std::string_view suffix = key_suffix(key);
    if (suffix.empty() || !key_suffix(wanted).empty()) return false;
    return same_person(key.substr(0, key.size() - suffix.size() - 1), wanted);
}

}  // namespace

std::vector<std::string> person_terms(const Xapian::Database& database, std::string_view user_text) {
    std::string wanted = person_key(user_text);
    if (wanted.empty()) return {};
    std::string surname(key_surname(wanted));
    bool surname_only = wanted == surname;
    // Spellings of one surname share their first letters (Zelensky, Zelenskyy, Zelenskiy):
    // scan those keys and compare surnames with same_name_word.
    std::string prefix = schema::boolean_term(schema::prefix::person, surname_group(wanted));
    std::vector<std::string> terms;
    for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
        std::string term = *it;
        std::string key = term.substr(schema::prefix::person.size());
        if (!same_name_word(key_surname(key), surname)) continue;
        bool surname_alone = key.find(' ') == std::string::npos;
        if (surname_only || surname_alone || same_person(key, wanted) || father_or_son(key, wanted))
            terms.push_back(term);
    }
    if (terms.empty() && surname_only) return terms_of_given_name(database, surname);
    return terms;
}

Xapian::Query person_query(const Xapian::Database& database, std::string_view user_text) {
    auto terms = person_terms(database, user_text);
    if (terms.empty()) return Xapian::Query(schema::boolean_term(schema::prefix::person, person_key(user_text)));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace newsdex
