/** @file extractor.hpp
 *  @brief The extraction stage: facets of a cleaned article.
 */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clean/cleaner.hpp"
#include "common/corpus/front_matter.hpp"
#include "common/extract/countries.hpp"
#include "common/extract/people.hpp"

namespace newsdex {

enum class DateSource { none, front_matter, text };

struct ExtractedFacets {
    std::vector<PersonMention> people;
    std::vector<CountryMention> countries;
    std::optional<PartialDate> date;
    DateSource date_source = DateSource::none;
};

/// People and countries from the cleaned story (never from removed furniture); the date
/// from front matter, else from the page's own date lines.
[[nodiscard]] ExtractedFacets extract_facets(const CleanedArticle& cleaned, const FrontMatter& front_matter);

/// Builds the extractors' word tables now rather than at the first article that needs
/// them: about 50 ms of work, most of it the people's (census name lists folded and looked
/// up in the dictionary), the place names on a thread of their own. A fresh build calls
/// this while it lists the corpus, so that its workers do not stand idle at their first
/// article while one of them builds the tables alone (docs/performance.md).
void prepare_extraction();

/// "front-matter", "text" or "" for none.
[[nodiscard]] std::string_view date_source_name(DateSource source);

}  // namespace newsdex
