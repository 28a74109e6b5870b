/** @file extractor.cpp
 *  @brief Runs the extractors.
 */
#include "common/extract/extractor.hpp"

#include <thread>

#include "common/extract/country_table.hpp"
#include "common/extract/place_names.hpp"
#include "common/extract/publication_date.hpp"

namespace newsdex {

ExtractedFacets extract_facets(const CleanedArticle& cleaned, const FrontMatter& front_matter) {
    ExtractedFacets facets;
    TokenizedText body(cleaned.paragraphs);
    facets.people = extract_people(body, cleaned.title, cleaned.language);
    // Countries are read from the title too (people only count mentions there).
    std::vector<std::string> body_and_title = cleaned.paragraphs;
    body_and_title.push_back(cleaned.title);
    facets.countries = extract_countries(TokenizedText(body_and_title, std::move(body.tokens)), cleaned.language);
    if (front_matter.date) {
        facets.date = front_matter.date;
        facets.date_source = DateSource::front_matter;
    } else if (auto date = find_publication_date(cleaned.blocks, cleaned.story_start, cleaned.title)) {
        facets.date = date;
        facets.date_source = DateSource::text;
    }
    return facets;
}

void prepare_extraction() {
    // Nothing may escape a thread but through its result: a table that fails to build here
    // is built again, and its error reported, by the first article that needs it (a static
    // whose initialisation threw is initialised again at its next use).
    auto quietly = [](auto make) {
        try {
            make();
        } catch (...) {
        }
    };
    // The person lexicon needs the place names; built beside it, they are ready or nearly
    // so when it asks. Static initialisation is thread-safe: an article's extraction
    // arriving meanwhile waits for the table it needs.
    std::jthread places;
    quietly([&] { places = std::jthread([quietly] { quietly([] { (void)is_one_word_place(""); }); }); });
    quietly([] { (void)CountryTable::instance(); });
    quietly(prepare_person_lexicon);
}

std::string_view date_source_name(DateSource source) {
    switch (source) {
        case DateSource::front_matter:
            return "front-matter";
        case DateSource::text:
            return "text";
        default:
            return "";
    }
}

}  // namespace newsdex
