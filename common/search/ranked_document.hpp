/** @file ranked_document.hpp
 *  @brief A document of a ranked page, before its stored data is read.
 */
#pragma once

#include <xapian.h>

namespace newsdex {

/// A document and its weight, as a page lists them: by weight, then by docid (as Xapian
/// orders equal weights).
struct RankedDocument {
    double weight = 0;
    Xapian::docid docid = 0;
};

}  // namespace newsdex
