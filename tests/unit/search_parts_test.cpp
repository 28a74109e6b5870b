/** @file search_parts_test.cpp
 *  @brief Query folding, year filters, facet encoding, snippets.
 */
#include <gtest/gtest.h>

#include "common/error.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/schema.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/query_builder.hpp"
#include "common/search/snippet.hpp"

namespace newsdex {
namespace {

TEST(QueryText, FoldsWordsButKeepsOperators) {
    EXPECT_EQ(fold_query_text("Sanctions AND Nicolás OR NOT Ñandú"), "sanctions AND nicolas OR NOT nandu");
    EXPECT_EQ(fold_query_text("\"Foreign Minister\" -Oil"), "\"foreign minister\" -oil");
}

TEST(QueryText, YearFilters) {
    EXPECT_EQ(year_query("2020").get_description(), "Query(Y2020)");
    EXPECT_NE(year_query("2017..2020").get_description().find("VALUE_RANGE 0"), std::string::npos);
    EXPECT_NO_THROW((void)year_query("2017.."));
    EXPECT_THROW((void)year_query("20x0"), UsageError);
    EXPECT_THROW((void)year_query("2020..2017"), UsageError);
}

TEST(QueryBuilder, CapitalisedWordsAreStemmedAndFieldsNormalised) {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    SearchRequest request;
    request.query = "Sanctions country:venezuela year:2020";
    auto built = build_query(database, request);
    std::string description = built.query.get_description();
    EXPECT_NE(description.find("sanction@1"), std::string::npos) << description;
    EXPECT_NE(description.find("NVE"), std::string::npos) << description;
    EXPECT_NE(description.find("Y2020"), std::string::npos) << description;
    EXPECT_TRUE(built.has_words);
}

TEST(QueryBuilder, FiltersOnlyListByDateAndBadCountriesAreErrors) {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    SearchRequest request;
    request.countries = {"VE"};
    EXPECT_FALSE(build_query(database, request).has_words);
    request.countries = {"atlantis"};
    EXPECT_THROW((void)build_query(database, request), UsageError);
    request.countries = {};
    request.query = "country:atlantis";
    EXPECT_THROW((void)build_query(database, request), UsageError);
}

TEST(FacetEncoding, RoundTrips) {
    std::string value = encode_facet({"VE", "RU", "VE"});
    EXPECT_EQ(decode_facet(value), (std::vector<std::string>{"RU", "VE"}));
    std::string entry = encode_person_entry("maduro nicolas", "Nicolás Maduro");
    auto [key, name] = decode_person_entry(entry);
    EXPECT_EQ(key, "maduro nicolas");
    EXPECT_EQ(name, "Nicolás Maduro");
}

TEST(FacetCounter, MergesSpellingsOfOnePerson) {
    auto merged = merge_people({{"Sergey Lavrov", "lavrov sergey", 2, {}},
                                {"Sergei Lavrov", "lavrov sergei", 3, {}},
                                {"Delcy Rodriguez", "rodriguez delcy", 1, {}}});
    ASSERT_EQ(merged.size(), 2u);
    for (const auto& person : merged) {
        if (person.key.starts_with("lavrov")) {
            EXPECT_EQ(person.count, 5u);
        }
    }
}

TEST(Snippet, HighlightsStemsAndAccentsInTheBestWindow) {
    Highlighter highlighter({"Zsanction", "nicolas"}, Xapian::Stem("english"));
    std::string text = "Intro words here. President Nicolás Maduro faced new sanctions on Friday.";
    std::string snippet = highlighter.snippet(text, 8, {"[", "]"});
    EXPECT_NE(snippet.find("[Nicolás]"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("[sanctions]"), std::string::npos) << snippet;
    EXPECT_TRUE(snippet.starts_with("\u2026")) << snippet;
}

TEST(Snippet, WithoutMatchesShowsTheOpening) {
    Highlighter highlighter({}, Xapian::Stem("english"));
    EXPECT_EQ(highlighter.snippet("One two three four", 2, {"[", "]"}), "One two\u2026");
}

}  // namespace
}  // namespace newsdex
