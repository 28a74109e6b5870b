/** @file search_parts_test.cpp
 *  @brief Query folding, year filters, facet encoding and counting, remote stubs, snippets,
 *  position maps and the positional checks made on them, hits that repeat a text.
 */
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <list>
#include <map>
#include <memory>
#include <thread>
#include <tuple>

#include "common/error.hpp"
#include "common/extract/person_identity.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/index/person_registry.hpp"
#include "common/index/position_map.hpp"
#include "common/index/stored_article.hpp"
#include "common/schema.hpp"
#include "common/search/entry_spy.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/hit_page.hpp"
#include "common/search/people_merging.hpp"
#include "common/search/person_lookup.hpp"
#include "common/search/position_check.hpp"
#include "common/search/proximity.hpp"
#include "common/search/query_builder.hpp"
#include "common/search/remote_shards.hpp"
#include "common/search/same_text.hpp"
#include "common/search/snippet.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

using Positions = std::vector<Xapian::termpos>;

/// The positions a document's maps hold for `term`.
Positions positions_in(const std::vector<std::string>& maps, const std::string& term) {
    std::uint32_t hash = position_term_hash(term);
    std::vector<std::uint32_t> wanted{hash};
    std::vector<Positions> found;
    EXPECT_TRUE(PositionMap(maps.at(position_slot_index(hash))).find(wanted, found));
    return found.at(0);
}

TEST(PositionMaps, HoldEachTermsPositionsInItsSlot) {
    Xapian::Document document;
    document.add_posting("bank", 3);
    document.add_posting("bank", 9);
    document.add_posting("bank", 400);
    document.add_posting("central", 2);
    document.add_posting("rate", 150000);
    document.add_boolean_term("XPfiltered");
    auto maps = encode_positions(document);
    ASSERT_EQ(maps.size(), schema::slot::position_slot_count);
    EXPECT_EQ(positions_in(maps, "bank"), (Positions{3, 9, 400}));
    EXPECT_EQ(positions_in(maps, "central"), (Positions{2}));
    EXPECT_EQ(positions_in(maps, "rate"), (Positions{150000}));
    EXPECT_EQ(positions_in(maps, "absent"), Positions{});
    EXPECT_EQ(positions_in(maps, "XPfiltered"), Positions{});
    // A map cut short is reported, not read past its end.
    std::string& bank_map = maps[position_slot_index(position_term_hash("bank"))];
    std::vector<std::uint32_t> wanted{position_term_hash("bank")};
    std::vector<Positions> found;
    EXPECT_FALSE(PositionMap(std::string_view(bank_map).substr(0, bank_map.size() - 1)).find(wanted, found));
}

/// A long article puts many terms in each map: a check passes over the others, whether
/// seen once or several times, to the ones it wants, and finds several in one map.
TEST(PositionMaps, FindTermsAmongManyInOneMap) {
    Xapian::Document document;
    std::map<std::string, Positions> expected;
    for (Xapian::termpos position = 1; position <= 3500; ++position) {
        // 1,100 words seen two or three times, then 500 seen once.
        std::string term = position <= 3000 ? "w" : "once";
        term += std::to_string(position <= 3000 ? position % 1100 : position);
        document.add_posting(term, position);
        expected[term].push_back(position);
    }
    auto maps = encode_positions(document);
    std::size_t most_in_one_map = 0;
    std::map<unsigned, std::vector<std::uint32_t>> hashes_by_slot;
    for (const auto& [term, positions] : expected) {
        EXPECT_EQ(positions_in(maps, term), positions) << term;
        hashes_by_slot[position_slot_index(position_term_hash(term))].push_back(position_term_hash(term));
    }
    for (auto& [slot, hashes] : hashes_by_slot) {
        most_in_one_map = std::max(most_in_one_map, hashes.size());
        // Every term of the slot at once, as a phrase of them would ask.
        std::sort(hashes.begin(), hashes.end());
        std::vector<Positions> found;
        ASSERT_TRUE(PositionMap(maps.at(slot)).find(hashes, found));
        for (const auto& positions : found) EXPECT_FALSE(positions.empty()) << "slot " << slot;
    }
    EXPECT_GE(most_in_one_map, 8u);
}

bool satisfied(bool ordered, Xapian::termcount window, const std::vector<const Positions*>& lists) {
    return positions_satisfy({std::vector<std::uint32_t>(lists.size()), window, ordered}, lists);
}

TEST(PositionChecks, PhrasesInOrderNearInAnyOrderWithinTheWindow) {
    Positions central{2, 20}, bank{3, 9}, rates{12}, none;
    EXPECT_TRUE(satisfied(true, 2, {&central, &bank}));   // "central bank" at 2-3
    EXPECT_FALSE(satisfied(true, 2, {&bank, &central}));  // "bank central": never
    EXPECT_TRUE(satisfied(true, 4, {&bank, &rates}));     // 9 .. 12 spans 4
    EXPECT_FALSE(satisfied(true, 3, {&bank, &rates}));
    EXPECT_TRUE(satisfied(false, 2, {&bank, &central}));    // NEAR: 2 and 3
    EXPECT_FALSE(satisfied(false, 2, {&rates, &central}));  // 12 and 20 or 2: too far
    EXPECT_TRUE(satisfied(false, 9, {&rates, &central}));
    EXPECT_FALSE(satisfied(true, 2, {&central, &none}));
}

TEST(PositionChecks, ARepeatedWordNeedsAsManyOccurrences) {
    Positions the{1, 5}, once{7};
    EXPECT_TRUE(satisfied(true, 5, {&the, &the}));  // "the ... the" at 1 and 5
    EXPECT_FALSE(satisfied(true, 4, {&the, &the}));
    EXPECT_FALSE(satisfied(true, 10, {&once, &once}));  // one occurrence cannot be both
    EXPECT_FALSE(satisfied(false, 10, {&once, &once}));
    EXPECT_TRUE(satisfied(false, 7, {&the, &once, &the}));
}

double bonus(const std::vector<const Positions*>& lists, double length_ratio = 1.0) {
    return proximity_bonus(lists, std::vector<double>(lists.size(), 2.0), length_ratio);
}

TEST(Proximity, WordsCloserTogetherEarnMore) {
    Positions world{4}, cup_next{5}, cup_near{7}, cup_far{40}, none;
    EXPECT_GT(bonus({&world, &cup_next}), bonus({&world, &cup_near}));
    EXPECT_GT(bonus({&world, &cup_near}), bonus({&world, &cup_far}));
    EXPECT_GT(bonus({&world, &cup_far}), 0.0);
    EXPECT_EQ(bonus({&world, &none}), 0.0);
    // Order does not matter; one word repeated is no proximity.
    Positions cup_before{3};
    EXPECT_DOUBLE_EQ(bonus({&world, &cup_before}), bonus({&world, &cup_next}));
    Positions twice{4, 5};
    EXPECT_EQ(bonus({&twice, &none}), 0.0);
    // More pairs earn more, with diminishing returns, and a long article less.
    Positions worlds{4, 20}, cups{5, 21};
    double one_pair = bonus({&world, &cup_next}), two_pairs = bonus({&worlds, &cups});
    EXPECT_GT(two_pairs, one_pair);
    EXPECT_LT(two_pairs, 2 * one_pair);
    EXPECT_LT(bonus({&world, &cup_next}, 3.0), one_pair);
    // Each word earns at most k1 + 1 = 2, and a word in every article (idf 0) nothing.
    EXPECT_LE(two_pairs, 4.0);
    EXPECT_EQ(proximity_bonus({&world, &cup_next}, {0.0, 0.0}, 1.0), 0.0);
}

TEST(Proximity, WordsOfTheQueryThatRank) {
    using Q = Xapian::Query;
    auto words = [](const Q& query) { return proximity_words(query); };
    using Words = std::vector<std::string>;
    EXPECT_EQ(words(Q(Q::OP_AND, Q("world"), Q("cup"))), (Words{"world", "cup"}));
    EXPECT_EQ(words(Q(Q::OP_OR, Q("cup"), Q(Q::OP_PHRASE, Q("world"), Q("cup")))), (Words{"cup", "world"}));
    // One word, excluded words, filters and field terms do not count.
    EXPECT_EQ(words(Q("cup")), Words{});
    EXPECT_EQ(words(Q(Q::OP_AND_NOT, Q("cup"), Q("world"))), Words{});
    EXPECT_EQ(words(Q(Q::OP_FILTER, Q("cup"), Q("XCGB"))), Words{});
    EXPECT_EQ(words(Q(Q::OP_AND, Q("cup"), Q("Sworld"))), Words{});
    // A phrase alone has its words together in every match.
    Q phrase(Q::OP_PHRASE, Q("world"), Q("cup"));
    EXPECT_EQ(words(phrase), Words{});
    EXPECT_EQ(words(Q(Q::OP_FILTER, phrase, Q("XCGB"))), Words{});
    EXPECT_EQ(words(Q(Q::OP_NEAR, Q("world"), Q("cup"))), (Words{"world", "cup"}));
}

TEST(QueryText, FoldsWordsButKeepsOperators) {
    EXPECT_EQ(fold_query_text("Sanctions AND Nicolás OR NOT Ñandú"), "sanctions AND nicolas OR NOT nandu");
    EXPECT_EQ(fold_query_text("\"Foreign Minister\" -Oil"), "\"foreign minister\" -oil");
    // Elided articles are separated as the index has them, the pair kept as a phrase.
    EXPECT_EQ(fold_query_text("L’Italie +d'Emmanuel"), "\"l italie\" +\"d emmanuel\"");
    EXPECT_EQ(fold_query_text("\"vers l'Italie\" title:dell'Europa l'ital*"),
              "\"vers l italie\" title:\"dell europa\" l ital*");
}

TEST(QueryBuilder, HyphenatedWordsAlsoMatchTheWordJoined) {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    SearchRequest request;
    request.query = "E-mail scams title:co-operation \"e-mail address\" state-of-the-art";
    std::string description = build_query(database, request).query.get_description();
    EXPECT_NE(description.find("((e@1 PHRASE 2 mail@2) OR email)"), std::string::npos) << description;
    EXPECT_NE(description.find("((Sco@4 PHRASE 2 Soper@5) OR Scooper)"), std::string::npos) << description;
    EXPECT_NE(description.find("((e@6 PHRASE 3 mail@7 PHRASE 3 address@8) OR (email PHRASE 2 address))"),
              std::string::npos)
        << description;
    request.query = "spam -e-mail +on-line";  // operators before the word are no hyphens
    std::string signed_words = build_query(database, request).query.get_description();
    EXPECT_NE(signed_words.find("OR email)"), std::string::npos) << signed_words;
    EXPECT_NE(signed_words.find("OR onlin)"), std::string::npos) << signed_words;
    // Words of more than two parts stay as they are.
    EXPECT_EQ(description.find("stateof"), std::string::npos) << description;
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
    // Numbers past one varint byte (128) and past two (16384) read back whole.
    std::vector<PersonNumber> people{{300, 2}, {0, 0}, {7, 20000}, {0, 0}};
    std::string value = encode_compact_facets(2020, {"VE", "RU", "VE", "bad", "ru"}, people);
    CompactFacets facets(value);
    ASSERT_TRUE(facets.valid());
    EXPECT_EQ(facets.year(), 2020);
    ASSERT_EQ(facets.country_count(), 2u);  // duplicates and non-codes dropped, sorted
    EXPECT_EQ(facets.country(0), "RU");
    EXPECT_EQ(facets.country(1), "VE");
    std::vector<PersonNumber> read;
    for (PersonNumber person; facets.next_person(person);) read.push_back(person);
    EXPECT_EQ(read, (std::vector<PersonNumber>{{0, 0}, {7, 20000}, {300, 2}}));  // sorted, once each
    EXPECT_EQ(CompactFacets(encode_compact_facets(std::nullopt, {}, {})).year(), 0);
    EXPECT_FALSE(CompactFacets("").valid());
    // A value cut inside a varint ends the people there, never reads past the end.
    std::string cut_value = value.substr(0, value.size() - 1);  // CompactFacets reads it in place
    CompactFacets cut(cut_value);
    ASSERT_TRUE(cut.valid());
    std::size_t whole = 0;
    for (PersonNumber person; cut.next_person(person);) ++whole;
    EXPECT_EQ(whole, 2u);
}

TEST(PersonRegistry, KnowsWhichGroupsMayMergeSpellings) {
    testing::TemporaryFolder folder;
    Xapian::WritableDatabase database((folder.path() / "db").string(), Xapian::DB_CREATE);
    EXPECT_FALSE(read_merging_person_table(database).known());  // says nothing: all may merge
    EXPECT_TRUE(read_merging_person_table(database).merges(0));
    PersonRegistry first;
    auto smith = first.number(encode_person_entry("smith anna", "Anna Smith")).group;
    (void)first.number(encode_person_entry("smith john", "John Smith"));
    auto lavrov = first.number(encode_person_entry("lavrov sergei", "Sergei Lavrov")).group;
    first.write_changes(database);
    auto merging = read_merging_person_table(database);
    ASSERT_TRUE(merging.known());
    EXPECT_FALSE(merging.merges(smith));
    EXPECT_FALSE(merging.merges(lavrov));

    PersonRegistry second;  // a later run adds a spelling of someone already there
    second.read(database);
    (void)second.number(encode_person_entry("lavrov sergey", "Sergey Lavrov"));
    second.write_changes(database);
    merging = read_merging_person_table(database);
    EXPECT_TRUE(merging.merges(lavrov));
    EXPECT_FALSE(merging.merges(smith));
    PersonRegistry third;  // and the next run reads that back
    third.read(database);
    (void)third.number(encode_person_entry("smith j", "J. Smith"));  // an initial: may be John
    third.write_changes(database);
    auto table = read_merging_person_table(database);
    EXPECT_TRUE(table.merges(lavrov));
    EXPECT_TRUE(table.merges(smith));
    // With the members that may be one person: J. Smith and John Smith, not Anna Smith.
    auto members = [](std::span<const std::uint32_t> span) { return std::vector(span.begin(), span.end()); };
    EXPECT_EQ(members(table.mergeable(lavrov)), (std::vector<std::uint32_t>{0, 1}));
    EXPECT_EQ(members(table.mergeable(smith)), (std::vector<std::uint32_t>{1, 2}));
    // An index written before the members were recorded: groups only, members unknown.
    database.set_metadata(std::string(schema::metadata::merging_person_groups),
                          "merging:" + std::to_string(smith) + " ");
    EXPECT_EQ(database.get_metadata(std::string(schema::metadata::person_identity)), person_identity_version);
    table = read_merging_person_table(database);
    EXPECT_TRUE(table.merges(smith));
    EXPECT_FALSE(table.merges(lavrov));
    EXPECT_TRUE(table.mergeable(smith).empty());
    for (std::string bad : {"merging:1:", "merging:1:2,", "merging:1;2 ", "merging:1", "merging:4 2 "}) {
        database.set_metadata(std::string(schema::metadata::merging_person_groups), bad);
        EXPECT_THROW((void)read_merging_person_table(database), DatabaseError) << bad;
    }
}

// A table made by other rules of same_person says nothing (every group may merge), and
// the next indexer run looks at every group again and writes it anew, though it numbers
// no one new: "Vince Cable" and "Vincent Cable" were two people before short forms.
TEST(PersonRegistry, MakesATableOfOtherRulesAgain) {
    testing::TemporaryFolder folder;
    Xapian::WritableDatabase database((folder.path() / "db").string(), Xapian::DB_CREATE);
    PersonRegistry first;
    auto cable = first.number(encode_person_entry("cable vince", "Vince Cable")).group;
    (void)first.number(encode_person_entry("cable vincent", "Vincent Cable"));
    auto smith = first.number(encode_person_entry("smith anna", "Anna Smith")).group;
    first.write_changes(database);
    ASSERT_TRUE(read_merging_person_table(database).known());
    EXPECT_TRUE(read_merging_person_table(database).merges(cable));
    // As an index made before short forms left it: no merging group, the rules' version 1.
    database.set_metadata(std::string(schema::metadata::merging_person_groups), "merging:");
    database.set_metadata(std::string(schema::metadata::person_identity), "1");
    EXPECT_FALSE(read_merging_person_table(database).known());
    PersonRegistry second;
    second.read(database);
    second.write_changes(database);
    auto table = read_merging_person_table(database);
    ASSERT_TRUE(table.known());
    EXPECT_TRUE(table.merges(cable));
    EXPECT_FALSE(table.merges(smith));
}

TEST(PersonRegistry, NumbersByGroupAndKeepsThemAcrossRuns) {
    testing::TemporaryFolder folder;
    Xapian::WritableDatabase database((folder.path() / "db").string(), Xapian::DB_CREATE);
    std::string maduro = encode_person_entry("maduro nicolas", "Nicolás Maduro");
    std::string maduro_plain = encode_person_entry("maduro nicolas", "Nicolas Maduro");
    std::string lavrov = encode_person_entry("lavrov sergei", "Sergei Lavrov");
    PersonRegistry first;
    first.read(database);
    EXPECT_EQ(first.number(maduro), (PersonNumber{0, 0}));
    EXPECT_EQ(first.number(lavrov), (PersonNumber{1, 0}));
    EXPECT_EQ(first.number(maduro_plain), (PersonNumber{0, 1}));  // same surname group
    EXPECT_EQ(first.number(maduro), (PersonNumber{0, 0}));
    first.write_changes(database);
    EXPECT_EQ(read_person_group(database, 0), (std::vector<std::string>{maduro, maduro_plain}));
    EXPECT_EQ(read_person_group(database, 1), (std::vector<std::string>{lavrov}));
    EXPECT_TRUE(read_person_group(database, 2).empty());

    PersonRegistry second;  // a later run continues the numbering
    second.read(database);
    EXPECT_EQ(second.number(maduro_plain), (PersonNumber{0, 1}));
    std::string madura = encode_person_entry("madura ana", "Ana Madura");
    EXPECT_EQ(second.number(madura), (PersonNumber{0, 2}));
    EXPECT_EQ(second.number(encode_person_entry("putin vladimir", "Vladimir Putin")), (PersonNumber{2, 0}));
    second.write_changes(database);
    EXPECT_EQ(read_person_group(database, 0), (std::vector<std::string>{maduro, maduro_plain, madura}));
}

TEST(IdCounts, CountsThroughGrowth) {
    IdCounts counts;
    for (std::uint64_t id = 1; id <= 5000; ++id) counts.add(id << 32);  // members all 0
    for (std::uint64_t id = 1; id <= 5000; id += 2) counts.add(id << 32);
    std::size_t ids = 0, total = 0;
    counts.for_each([&](const IdCount& person) {
        ++ids;
        total += person.count;
        EXPECT_EQ(person.count, person.group() % 2 ? 2u : 1u);
        EXPECT_EQ(person.member(), 0u);
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

TEST(PeopleMerging, MergesInitialsRepeatsAndSurnameVariantsInKeyOrder) {
    // As the hits shown give them: one count per mention, keys in no order.
    std::vector<PersonCount> counts{{"Volodymyr Zelenskyy", "zelenskyy volodymyr", 1, {}},
                                    {"John Smith", "smith john", 1, {}},
                                    {"Li Wei", "li wei", 1, {}},
                                    {"Anna Smith", "smith anna", 1, {}},
                                    {"Volodymyr Zelensky", "zelensky volodymyr", 2, {}},
                                    {"Wei Lin", "lin wei", 1, {}},
                                    {"J. Smith", "smith j", 1, {}},
                                    {"Li Wei", "li wei", 1, {}}};
    auto merged = merge_people(counts);
    std::vector<std::tuple<std::string, std::string, Xapian::doccount>> got;
    for (const auto& person : merged) got.emplace_back(person.key, person.name, person.count);
    EXPECT_EQ(got, (decltype(got){{"li wei", "Li Wei", 2},
                                  {"lin wei", "Wei Lin", 1},
                                  {"smith anna", "Anna Smith", 1},
                                  {"smith j", "J. Smith", 2},
                                  {"zelensky volodymyr", "Volodymyr Zelensky", 3}}));
    EXPECT_EQ(merged[3].merged_keys, std::vector<std::string>{"smith john"});
    EXPECT_EQ(merged[4].merged_keys, std::vector<std::string>{"zelenskyy volodymyr"});
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
    EntryList all;
    std::map<std::string, EntryList> by_group;
    for (const auto& [key, name, count] : entries) {
        all.emplace_back(encode_person_entry(key, name), count);
        by_group[std::string(surname_group(key))].emplace_back(encode_person_entry(key, name), count);
    }
    auto everyone = merge_people(people_by_key(all));
    std::stable_sort(everyone.begin(), everyone.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
    // Without and with the index's word on which groups never merge spellings.
    for (bool known_distinct : {false, true}) {
        for (std::size_t limit : {0u, 1u, 2u, 3u, 5u, 10u}) {
            std::vector<PeopleGroup> groups;
            std::size_t named_groups = 0;
            std::list<std::vector<Xapian::doccount>> counts_storage;  // what the groups' views point into
            for (const auto& [group, counts] : by_group) {
                Xapian::doccount total = 0;
                auto& each = counts_storage.emplace_back();
                for (const auto& [entry, count] : counts) {
                    total += count;
                    each.push_back(count);
                }
                bool distinct = merge_people(people_by_key(counts)).size() == counts.size();
                // What the index records of a merging group: which entries may be one
                // person with another; no one counts more than those together or another alone.
                Xapian::doccount together = 0, alone = 0;
                for (std::size_t i = 0; i < counts.size(); ++i) {
                    bool mergeable = false;
                    for (std::size_t j = 0; j < counts.size(); ++j) {
                        mergeable |= i != j && same_person(decode_person_entry(counts[i].first).first,
                                                           decode_person_entry(counts[j].first).first);
                    }
                    if (mergeable) {
                        together += counts[i].second;
                    } else {
                        alone = std::max(alone, counts[i].second);
                    }
                }
                groups.push_back(
                    {total,
                     [&named_groups, counts = counts] {
                         ++named_groups;
                         return counts;
                     },
                     known_distinct && distinct ? std::optional(std::span<const Xapian::doccount>(each)) : std::nullopt,
                     known_distinct && !distinct ? std::optional(std::max(together, alone)) : std::nullopt});
            }
            auto top = most_frequent_people(std::move(groups), limit);
            ASSERT_GE(top.size(), std::min(limit, everyone.size())) << known_distinct;
            for (std::size_t i = 0; i < std::min(limit, everyone.size()); ++i) {
                EXPECT_EQ(top[i].name, everyone[i].name) << limit << known_distinct;
                EXPECT_EQ(top[i].count, everyone[i].count) << limit << known_distinct;
            }
            if (limit == 1) {
                // By totals: Smith's group (8: two people of 4), then Lavrov's (6, one
                // person); no other group totals 6 or more, so nobody else is named. Known
                // distinct, Smith's group can give no one above 4: only Lavrov's is named.
                EXPECT_EQ(named_groups, known_distinct ? 1u : 2u);
            }
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

// A person typed without a generational suffix finds the names with one too; typed with
// it, only those; one word that is nobody's surname is a first given name.
TEST(PersonLookup, SuffixesAndGivenNames) {
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const char* key : {"king martin luther jr", "king martin luther", "hewitt lleyton"}) {
        Xapian::Document document;
        document.add_boolean_term(schema::boolean_term(schema::prefix::person, key));
        database.add_document(document);
    }
    EXPECT_EQ(person_terms(database, "Martin Luther King").size(), 2u);
    EXPECT_EQ(person_terms(database, "Martin Luther King Jr").size(), 1u);
    EXPECT_EQ(person_terms(database, "lleyton"),
              (std::vector<std::string>{schema::boolean_term(schema::prefix::person, "hewitt lleyton")}));
    EXPECT_TRUE(person_terms(database, "nobody").empty());
}

TEST(Snippet, HighlightsStemsAndAccentsInTheBestWindow) {
    Highlighter highlighter({"Zsanction", "nicolas"}, Xapian::Stem("english"));
    std::string text = "Intro words here. President Nicolás Maduro faced new sanctions on Friday.";
    std::string snippet = highlighter.snippet(text, 8, {"[", "]"});
    EXPECT_NE(snippet.find("[Nicolás]"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("[sanctions]"), std::string::npos) << snippet;
    EXPECT_TRUE(snippet.starts_with("\u2026")) << snippet;
}

// A window is judged by the matches it shows: the one shown starts a few words before
// its first match, so a match near the end of the words after it would be cut off.
TEST(Snippet, AHyphenatedWordMatchesTheWordJoined) {
    Highlighter highlighter({"email", "cooper"}, Xapian::Stem("english"));
    std::string text = "Junk e-mails rose, and co-operation with x-e-mail firms fell.";
    EXPECT_EQ(highlighter.snippet(text, 40, {"[", "]"}),
              "Junk [e-mails] rose, and [co-operation] with x-e-mail firms fell.");
}

TEST(Snippet, ChineseCharactersOfAPhraseAreMarkedAsOne) {
    Highlighter highlighter({}, Xapian::Stem("english"), {}, {{"张", "家", "口"}});
    EXPECT_EQ(highlighter.snippet("张先生来到张家口。", 40, {"[", "]"}), "张先生来到[张家口]。");
}

TEST(Snippet, AcronymsInAnyCaseAreTheirLettersJoined) {
    Highlighter highlighter({"us", "eg", "1.5"}, Xapian::Stem("english"));
    EXPECT_EQ(highlighter.snippet("The U.S. grew 1.5 pct, e.g. in farming.", 40, {"[", "]"}),
              "The [U.S.] grew [1.5] pct, [e.g.] in farming.");
}

TEST(Snippet, ShowsEveryMatchTheWindowWasChosenFor) {
    Highlighter highlighter({"alpha", "beta"}, Xapian::Stem("english"));
    std::string text;
    auto filler = [&](int count) {
        for (int i = 0; i < count; ++i) text += "filler ";
    };
    filler(20);
    text += "alpha ";
    filler(34);  // beta is the 36th word from the first alpha: inside 40, past 30
    text += "beta ";
    filler(100);
    text += "alpha and beta ";
    filler(50);
    std::string snippet = highlighter.snippet(text, 40, {"[", "]"});
    EXPECT_NE(snippet.find("[alpha]"), std::string::npos) << snippet;
    EXPECT_NE(snippet.find("[beta]"), std::string::npos) << snippet;
}

TEST(Snippet, PhraseWordsLightUpOnlyTogetherAndExcludedWordsNever) {
    std::vector<std::string> phrase{"the", "economi"};
    Xapian::Query query(Xapian::Query::OP_AND, Xapian::Query(Xapian::Query::OP_PHRASE, phrase.begin(), phrase.end()),
                        Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query("Zgrowth"), Xapian::Query("region")));
    Highlighter highlighter = Highlighter::for_query(query, Xapian::Stem("english"));
    std::string text = "The report says the economy is weak, and growth is slow across the region.";
    std::string snippet = highlighter.snippet(text, 40, {"[", "]"});
    EXPECT_EQ(snippet, "The report says [the] [economy] is weak, and [growth] is slow across the region.");
}

// Reading stops once a window holds every term, for phrases as for words: a query of
// phrases alone used to read every article to its end (double a phrase query's time on
// the BBC set) and so could pick a later window than the same words would.
TEST(Snippet, PhrasesChooseTheirWindowAsWordsDo) {
    std::string text;
    auto filler = [&](int count) {
        for (int i = 0; i < count; ++i) text += "filler ";
    };
    filler(5);
    text += "prime minister ";
    filler(60);
    text += "prime minister and prime minister ";
    filler(60);
    std::vector<std::string> phrase{"prime", "minist"};
    Highlighter phrases = Highlighter::for_query(Xapian::Query(Xapian::Query::OP_PHRASE, phrase.begin(), phrase.end()),
                                                 Xapian::Stem("english"));
    Highlighter words(phrase, Xapian::Stem("english"));
    std::string snippet = phrases.snippet(text, 20, {"[", "]"});
    EXPECT_TRUE(snippet.starts_with("filler filler filler filler filler [prime] [minister]")) << snippet;
    EXPECT_EQ(snippet, words.snippet(text, 20, {"[", "]"}));
}

TEST(Snippet, WithoutMatchesShowsTheOpening) {
    Highlighter highlighter({}, Xapian::Stem("english"));
    EXPECT_EQ(highlighter.snippet("One two three four", 2, {"[", "]"}), "One two\u2026");
}

}  // namespace
}  // namespace newsdex

namespace newsdex {
namespace {

/// A page of `count` hits whose articles are left to be read, and the articles by docid.
std::pair<std::vector<StoredHit>, std::map<Xapian::docid, std::string>> unread_page(std::size_t count) {
    std::vector<StoredHit> stored;
    std::map<Xapian::docid, std::string> articles;
    for (std::size_t i = 0; i < count; ++i) {
        StoredArticle article;
        article.path = "page/" + std::to_string(i) + ".txt";
        article.title = "Article " + std::to_string(i);
        article.body = "Opening words. The minister spoke about oil in article " + std::to_string(i) + ".";
        auto docid = static_cast<Xapian::docid>(i + 1);
        stored.push_back({i + 1, 10.0 - static_cast<double>(i), docid, std::nullopt});
        articles[docid] = encode_document_data(article);
    }
    return {stored, articles};
}

/// A page of `count` hits with their articles read.
std::vector<StoredHit> stored_page(std::size_t count) {
    auto [stored, articles] = unread_page(count);
    for (auto& hit : stored) hit.data = articles.at(hit.docid);
    return stored;
}

/// Reads from `articles`, counting its reads into `reads`.
StoredArticleReader reader_of(const std::map<Xapian::docid, std::string>& articles, std::atomic<int>& reads) {
    return [&articles, &reads](Xapian::docid docid) {
        ++reads;
        return articles.at(docid);
    };
}

Highlighter oil_highlighter() {
    return Highlighter({"oil", "minist"}, Xapian::Stem("english"));
}

TEST(HitPage, BuildsEveryHitInRankOrderAloneOrWithTheSideThread) {
    SnippetMarkers markers{"[", "]"};
    auto alone = std::make_shared<HitPage>(stored_page(10), 12, markers);
    Xapian::docid failed = 0;
    std::vector<Hit> expected = alone->take(oil_highlighter(), {}, failed);
    ASSERT_EQ(expected.size(), 10u);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(expected[i].rank, i + 1);
        EXPECT_EQ(expected[i].article.path, "page/" + std::to_string(i) + ".txt");
        EXPECT_NE(expected[i].snippet.find("[oil]"), std::string::npos) << expected[i].snippet;
    }
    for (int time = 0; time < 50; ++time) {
        // Each thread reads the articles of the hits it builds through its own reader.
        auto [unread, articles] = unread_page(10);
        std::atomic<int> own_reads = 0, side_reads = 0;
        auto shared = std::make_shared<HitPage>(std::move(unread), 12, markers);
        std::thread side(
            [&, shared, own = oil_highlighter()] { shared->build_some(own, reader_of(articles, side_reads)); });
        std::vector<Hit> hits = shared->take(oil_highlighter(), reader_of(articles, own_reads), failed);
        side.join();
        EXPECT_GE(own_reads + side_reads, 10);
        ASSERT_EQ(hits.size(), expected.size());
        for (std::size_t i = 0; i < hits.size(); ++i) {
            EXPECT_EQ(hits[i].rank, expected[i].rank);
            EXPECT_EQ(hits[i].article, expected[i].article);
            EXPECT_EQ(hits[i].snippet, expected[i].snippet);
        }
    }
}

TEST(HitPage, ReadsWhatIsLeftBeforeASideThreadWithoutAHandle) {
    auto [unread, articles] = unread_page(4);
    std::atomic<int> reads = 0;
    HitPage page(std::move(unread), 12, {"[", "]"});
    page.read_all(reader_of(articles, reads));
    EXPECT_EQ(reads, 4);
    page.build_some(oil_highlighter(), {});  // builds every hit without reading
    Xapian::docid failed = 0;
    std::vector<Hit> hits = page.take(oil_highlighter(), {}, failed);
    ASSERT_EQ(hits.size(), 4u);
    EXPECT_EQ(hits[3].article.path, "page/3.txt");
}

TEST(HitPage, HitsTheSideThreadFailedAreBuiltAgainByTheSearchingThread) {
    auto [unread, articles] = unread_page(5);
    HitPage page(std::move(unread), 12, {"[", "]"});
    // The side thread's handle went stale: every read it makes fails.
    page.build_some(oil_highlighter(), [](Xapian::docid) -> std::string {
        throw Xapian::DatabaseModifiedError("the side handle's revision was discarded");
    });
    std::atomic<int> reads = 0;
    Xapian::docid failed = 0;
    std::vector<Hit> hits = page.take(oil_highlighter(), reader_of(articles, reads), failed);
    EXPECT_EQ(reads, 5);
    ASSERT_EQ(hits.size(), 5u);
    for (std::size_t i = 0; i < hits.size(); ++i) EXPECT_EQ(hits[i].article.path, "page/" + std::to_string(i) + ".txt");
}

TEST(HitPage, NamesTheFirstDamagedHit) {
    auto stored = stored_page(4);
    stored[2].data = stored[2].data->substr(0, 10);
    stored[3].data = "not a frame";
    HitPage page(std::move(stored), 12, {"[", "]"});
    Xapian::docid failed = 0;
    EXPECT_THROW((void)page.take(oil_highlighter(), {}, failed), std::runtime_error);
    EXPECT_EQ(failed, 3u);
}

TEST(HitPage, AFailedReadOfTheSearchingThreadIsItsError) {
    auto [unread, articles] = unread_page(3);
    HitPage page(std::move(unread), 12, {"[", "]"});
    Xapian::docid failed = 0;
    auto unreadable = [&articles](Xapian::docid docid) -> std::string {
        if (docid == 2) throw Xapian::DatabaseCorruptError("block 7 is damaged");
        return articles.at(docid);
    };
    EXPECT_THROW((void)page.take(oil_highlighter(), unreadable, failed), Xapian::DatabaseCorruptError);
    EXPECT_EQ(failed, 2u);
}

Hit hit_with_text(std::size_t rank, std::string title, std::string body) {
    Hit hit;
    hit.rank = rank;
    hit.article.title = std::move(title);
    hit.article.body = std::move(body);
    return hit;
}

TEST(SameText, NamesTheFirstHitWithTheTextWhateverTheHeadline) {
    std::vector<Hit> hits{hit_with_text(4, "Apple unveils Mac mini", "Apple has unveiled a cheaper Mac."),
                          hit_with_text(5, "Apple unveils Mac mini", "Apple has unveiled a cheaper Mac."),
                          hit_with_text(6, "Gadget show heralds MP3 season", "The show opened."),
                          hit_with_text(7, "Gadget show heralds MP3 Christmas", "The show opened."),
                          hit_with_text(8, "Mac mini reviewed", "Apple has unveiled a cheaper Mac!"),
                          hit_with_text(9, "Apple unveils low-cost Mac", "Apple has unveiled a cheaper Mac.")};
    mark_same_text(hits);
    std::vector<std::optional<std::size_t>> marked;
    for (const auto& hit : hits) marked.push_back(hit.same_text_as);
    std::vector<std::optional<std::size_t>> expected{std::nullopt, 4, std::nullopt, 6, std::nullopt, 4};
    EXPECT_EQ(marked, expected);
}

TEST(SameText, ResemblanceIsTheShareOfFourWordRunsInBoth) {
    TextShingles story = text_shingles("one two three four five six seven");
    EXPECT_EQ(story.size(), 4u);
    EXPECT_DOUBLE_EQ(resemblance(story, story), 1.0);
    // A word changed at the end: three runs of four stay, one goes and another comes.
    EXPECT_DOUBLE_EQ(resemblance(story, text_shingles("one two three four five six eight")), 3.0 / 5.0);
    EXPECT_DOUBLE_EQ(resemblance(story, text_shingles("eight nine ten eleven")), 0.0);
    EXPECT_DOUBLE_EQ(resemblance(story, text_shingles("")), 0.0);
    // Fewer than four words are one run: equal or not.
    EXPECT_DOUBLE_EQ(resemblance(text_shingles("Photo: AFP"), text_shingles("Photo:  AFP")), 1.0);
}

/// A text of `words` words, "w0 w1 …" (or another `prefix`), with word `changed` (if
/// any) spelt otherwise.
std::string numbered_words(std::size_t words, std::optional<std::size_t> changed = std::nullopt,
                           const std::string& prefix = "w") {
    std::string text;
    for (std::size_t word = 0; word < words; ++word) {
        text += (word ? " " : "") + prefix + std::to_string(word) + (changed == word ? "x" : "");
    }
    return text;
}

TEST(SameText, ACorrectedCopyIsTheSameTextAndAnUpdateIsNot) {
    std::string story = numbered_words(400);
    // A figure corrected: 4 of 397 runs changed, resemblance 393 / 401.
    std::string corrected = numbered_words(400, 200);
    // An update: the last quarter rewritten, resemblance 297 / 497.
    std::string update = numbered_words(300) + " " + numbered_words(100, std::nullopt, "u");
    std::vector<Hit> hits{hit_with_text(1, "Story", story), hit_with_text(2, "Story", corrected),
                          hit_with_text(3, "Story updated", update)};
    EXPECT_NEAR(resemblance(text_shingles(story), text_shingles(corrected)), 393.0 / 401.0, 1e-12);
    EXPECT_NEAR(resemblance(text_shingles(story), text_shingles(update)), 297.0 / 497.0, 1e-12);
    mark_same_text(hits);
    EXPECT_FALSE(hits[0].same_text_as);
    EXPECT_EQ(hits[1].same_text_as, 1u);
    EXPECT_FALSE(hits[2].same_text_as);
}

TEST(SameText, ArticlesWithoutTextRepeatNothing) {
    std::vector<Hit> hits{hit_with_text(1, "Photo gallery", ""), hit_with_text(2, "Video", "")};
    mark_same_text(hits);
    EXPECT_FALSE(hits[0].same_text_as);
    EXPECT_FALSE(hits[1].same_text_as);
}

}  // namespace
}  // namespace newsdex
