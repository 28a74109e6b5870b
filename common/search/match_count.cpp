/** @file match_count.cpp
 *  @brief Counting every match: walked or through the matcher.
 */
#include "common/search/match_count.hpp"

#include "common/search/conjunction_walk.hpp"
#include "common/search/facet_counter.hpp"

namespace newsdex {

Xapian::doccount count_every_match(Xapian::Enquire& enquire, const Xapian::Database& database,
                                   const Xapian::Query& query) {
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    return enquire.get_mset(0, 0, database.get_doccount()).get_matches_estimated();
}

Xapian::doccount count_matches(Xapian::Enquire& counting, const Xapian::Database& database, const Xapian::Query& query,
                               FacetCounter& facets) {
    if (facets.counts_from_column()) {
        // A phrase left in the query matched is Xapian's to match, on its own positions
        // (a shard's): the walk would read position maps, which such an index lacks.
        if (auto conjunction = as_conjunction(query); conjunction && conjunction->positions.empty()) {
            return walk_conjunction(database, *conjunction,
                                    [&facets](Xapian::docid document) { facets.count_match(document); });
        }
    }
    return count_every_match(counting, database, query);
}

}  // namespace newsdex
