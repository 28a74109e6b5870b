/** @file match_count.hpp
 *  @brief Every match of a query counted, each into the facet counts.
 *
 * The page of hits is ranked apart (searcher.cpp): Xapian's matcher, asked for an exact
 * count and a page at once, weighs every match. The count needs no weights: a plain
 * conjunction is walked along its posting lists (conjunction_walk.hpp) when the facets
 * come from a column, and any other query goes through the matcher unweighed, its
 * matches seen by the facet spies.
 */
#pragma once

#include <xapian.h>

namespace newsdex {

class FacetCounter;

/// Matches `query` to count, not rank: every match visited unweighed, so spies added to
/// `enquire` see them all, and the count is exact.
Xapian::doccount count_every_match(Xapian::Enquire& enquire, const Xapian::Database& database,
                                   const Xapian::Query& query);

/// How many documents match `query`, each counted into `facets`: by walking the posting
/// lists when the query is a plain conjunction and the facets come from a column, else
/// by `counting`'s pass over every match (`counting` holds `facets`' spies).
Xapian::doccount count_matches(Xapian::Enquire& counting, const Xapian::Database& database, const Xapian::Query& query,
                               FacetCounter& facets);

}  // namespace newsdex
