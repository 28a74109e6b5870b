/** @file docid_range.cpp
 *  @brief The document id range posting source.
 */
#include "common/search/docid_range.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace newsdex {

DocidRange::DocidRange(Xapian::docid first, Xapian::docid last)
    : first_(std::max<Xapian::docid>(first, 1)), last_(last) {}

void DocidRange::init(const Xapian::Database& database) {
    current_ = 0;
    // Estimated as large as the index, as if it matched every document: Xapian's AND then
    // asks it last, and only about the documents every other part matched, instead of
    // walking the range id by id when it is the smallest part.
    every_document_ = database.get_doccount();
}

void DocidRange::next(double) {
    current_ = current_ == 0 ? first_ : current_ + 1;
}

void DocidRange::skip_to(Xapian::docid docid, double) {
    current_ = std::max({current_, docid, first_});
}

bool DocidRange::check(Xapian::docid docid, double) {
    skip_to(docid, 0);
    return true;  // current_ is now the id asked for, or past it (at_end when past last_)
}

DocidRange* DocidRange::clone() const {
    return new DocidRange(first_, last_);
}

std::string DocidRange::get_description() const {
    return fmt::format("DocidRange({}..{})", first_, last_);
}

}  // namespace newsdex
