/** @file search_parts_test.cpp
 *  @brief Query folding, year filters, facet encoding and counting, remote stubs, snippets.
 */
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "common/error.hpp"
#include "common/extract/person_identity.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/schema.hpp"
#include "common/search/entry_spy.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/people_merging.hpp"
#include "common/search/query_builder.hpp"
#include "common/search/remote_shards.hpp"
#include "common/search/snippet.hpp"
#include "tests/support/test_corpus.hpp"

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
    EXPECT_EQ(decode_facet(value), (std::vector<std::string_view>{"RU", "VE"}));
    std::string entry = encode_person_entry("maduro nicolas", "Nicolás Maduro");
    auto [key, name] = decode_person_entry(entry);
    EXPECT_EQ(key, "maduro nicolas");
    EXPECT_EQ(name, "Nicolás Maduro");
}

TEST(FacetEncoding, CompactFacetsRoundTrip) {
    std::vector<std::string> people{encode_person_entry("maduro nicolas", "Nicolás Maduro"),
                                    encode_person_entry("lavrov sergei", "Sergei Lavrov")};
    std::string value = encode_compact_facets(2020, {"VE", "RU", "VE", "bad", "ru"}, people);
    CompactFacets facets(value);
    ASSERT_TRUE(facets.valid());
    EXPECT_EQ(facets.year(), 2020);
    ASSERT_EQ(facets.country_count(), 2u);  // duplicates and non-codes dropped, sorted
    EXPECT_EQ(facets.country(0), "RU");
    EXPECT_EQ(facets.country(1), "VE");
    ASSERT_EQ(facets.person_count(), 2u);
    EXPECT_EQ(facets.person_id(0), person_entry_id(people[1]));  // sorted by entry
    EXPECT_EQ(facets.person_id(1), person_entry_id(people[0]));
    EXPECT_EQ(CompactFacets(encode_compact_facets(std::nullopt, {}, {})).year(), 0);
    EXPECT_FALSE(CompactFacets("").valid());
    EXPECT_FALSE(CompactFacets(value.substr(0, value.size() - 1)).valid());
}

TEST(IdCounts, CountsThroughGrowth) {
    IdCounts counts;
    for (std::uint64_t id = 1; id <= 5000; ++id) {
        IdCount* fresh = counts.add(id * 1024);  // all share their low bits: long probe runs
        ASSERT_NE(fresh, nullptr);
        ASSERT_EQ(fresh->id, id * 1024);  // also right after the table grew
        fresh->entry = static_cast<std::uint32_t>(id);
    }
    for (std::uint64_t id = 1; id <= 5000; id += 2) EXPECT_EQ(counts.add(id * 1024), nullptr);
    std::size_t ids = 0, total = 0;
    counts.for_each([&](const IdCount& person) {
        ++ids;
        total += person.count;
        EXPECT_EQ(person.entry * 1024, person.id);
    });
    EXPECT_EQ(ids, 5000u);
    EXPECT_EQ(total, 7500u);
}

TEST(RemoteShards, FoundInStubsAndStubsTheyPointAt) {
    testing::TemporaryFolder folder;
    auto write = [&](const std::string& name, const std::string& text) { std::ofstream(folder.path() / name) << text; };
    write("local", "auto gen-1\n");
    write("remote", "# shards\nauto gen-1\nremote 127.0.0.1:9000\n");
    write("chain", "auto remote\n");
    write("loop", "auto loop\n");
    std::filesystem::create_directories(folder.path() / "folder");
    write("folder/XAPIANDB", "tcp 10.0.0.1 9000\n");
    EXPECT_FALSE(has_remote_shards(folder.path() / "local"));
    EXPECT_TRUE(has_remote_shards(folder.path() / "remote"));
    EXPECT_TRUE(has_remote_shards(folder.path() / "chain"));
    EXPECT_FALSE(has_remote_shards(folder.path() / "loop"));
    EXPECT_TRUE(has_remote_shards(folder.path() / "folder"));
    EXPECT_FALSE(has_remote_shards(folder.path() / "missing"));
}

TEST(PeopleMerging, NamingTheTopGroupsGivesTheFullMergesTopPeople) {
    // Surname groups of varied sizes; spellings of one person in one group.
    struct Entry {
        const char* key;
        const char* name;
        Xapian::doccount count;
    };
    std::vector<Entry> entries{{"lavrov sergei", "Sergei Lavrov", 3},
                               {"lavrov sergey", "Sergey Lavrov", 3},
                               {"maduro nicolas", "Nicolás Maduro", 5},
                               {"smith anna", "Anna Smith", 4},
                               {"smith john", "John Smith", 4},
                               {"zelensky volodymyr", "Volodymyr Zelensky", 2},
                               {"zelenskyy volodymyr", "Volodymyr Zelenskyy", 2},
                               {"abe shinzo", "Shinzo Abe", 1},
                               {"brown gordon", "Gordon Brown", 4}};
    EntryCounts all;
    std::map<std::string, EntryCounts> by_group;
    for (const auto& [key, name, count] : entries) {
        all.emplace(encode_person_entry(key, name), count);
        by_group[std::string(surname_group(key))].emplace(encode_person_entry(key, name), count);
    }
    auto everyone = merge_people(people_by_key(all));
    std::stable_sort(everyone.begin(), everyone.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
    for (std::size_t limit : {0u, 1u, 2u, 3u, 5u, 10u}) {
        std::vector<PeopleGroup> groups;
        std::size_t named_groups = 0;
        for (const auto& [group, counts] : by_group) {
            Xapian::doccount total = 0;
            for (const auto& [entry, count] : counts) total += count;
            groups.push_back({total, [&named_groups, counts = counts] {
                                  ++named_groups;
                                  return counts;
                              }});
        }
        auto top = most_frequent_people(std::move(groups), limit);
        ASSERT_GE(top.size(), std::min(limit, everyone.size()));
        for (std::size_t i = 0; i < std::min(limit, everyone.size()); ++i) {
            EXPECT_EQ(top[i].name, everyone[i].name) << limit;
            EXPECT_EQ(top[i].count, everyone[i].count) << limit;
        }
        if (limit == 1) {
            // Smith's group (total 8: two people of 4), then Lavrov's (6, one person); no
            // other group totals 6 or more, so nobody else is named.
            EXPECT_EQ(named_groups, 2u);
        }
    }
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
