/** @file person_lookup.hpp
 *  @brief Turning what a user types as a person into the person terms of the index.
 */
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// Every person term in `database` that `user_text` names: one word matches every person
/// with that surname ("maduro"), or, when it is nobody's surname, every person with that
/// first given name ("lleyton"); several words match the person with that surname whose
/// given name is the same or a variant (person_identity.hpp), with any generational
/// suffix when none is typed ("martin luther king" finds "Martin Luther King Jr"). Accents
/// and case are ignored. Empty when nobody matches.
[[nodiscard]] std::vector<std::string> person_terms(const Xapian::Database& database, std::string_view user_text);

/// The query matching any of `person_terms(database, user_text)`; a query that matches
/// nothing when there are none.
[[nodiscard]] Xapian::Query person_query(const Xapian::Database& database, std::string_view user_text);

}  // namespace newsdex
