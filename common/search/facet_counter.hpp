/** @file facet_counter.hpp
 *  @brief Exact facet counts over the whole match set, from value-slot spies.
 *
 * Uses only Xapian's built-in ValueCountMatchSpy, which works against remote shards served
 * by stock xapian-tcpsrv; the multi-valued slots are split afterwards (facet_encoding.hpp).
 * People are merged across spellings with same_person, so the list shows each person once.
 */
#pragma once

#include <xapian.h>

#include <memory>

#include "common/search/search_request.hpp"

namespace newsdex {

class FacetCounter {
  public:
    /// Registers the spies with `enquire`.
    explicit FacetCounter(Xapian::Enquire& enquire);
    /// The counts after get_mset() ran with check_at_least covering every document.
    /// `all_people` receives every person of the match set before the cap.
    [[nodiscard]] Facets collect(std::size_t limit, std::vector<PersonCount>& all_people) const;

  private:
    Xapian::ValueCountMatchSpy* people_;
    Xapian::ValueCountMatchSpy* countries_;
    Xapian::ValueCountMatchSpy* years_;
};

/// Merges per-key person counts: keys that are one person add up, shown by the best name.
[[nodiscard]] std::vector<PersonCount> merge_people(std::vector<PersonCount> counts);

}  // namespace newsdex
