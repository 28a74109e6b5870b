/** @file index_test.cpp
 *  @brief Real indexes built with the real code from small corpora.
 */
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <array>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "common/corpus/article.hpp"
#include "common/corpus/source_stamp.hpp"
#include "common/error.hpp"
#include "common/index/caching_stemmer.hpp"
#include "common/index/document_compression.hpp"
#include "common/index/facet_column.hpp"
#include "common/index/index_run.hpp"
#include "common/index/stored_article.hpp"
#include "common/schema.hpp"
#include "common/search/searcher.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

class IndexTest : public ::testing::Test {
  protected:
    void SetUp() override {
        corpus_ = folder_.path() / "corpus";
        database_ = folder_.path() / "db";
        std::filesystem::create_directories(corpus_);
        testing::copy_seed_corpus(corpus_);
    }
    IndexSummary index(bool rebuild = false, bool shard = false) {
        IndexOptions options{database_, corpus_, rebuild, false, 2, 2};
        options.shard = shard;
        return run_index(options, {});
    }
    SearchResult search(SearchRequest request, bool built_in_spies = false) {
        auto database = open_database(database_.string());
        database.has_remote_shards = built_in_spies;
        return run_search(database, request, {"[", "]"});
    }
    testing::TemporaryFolder folder_;
    std::filesystem::path corpus_, database_;
};

TEST_F(IndexTest, IndexesTheSeedCorpus) {
    auto summary = index();
    EXPECT_EQ(summary.added, 5u);
    EXPECT_TRUE(summary.failures.empty());
    SearchRequest request;
    request.query = "sanctions";
    auto result = search(request);
    EXPECT_GE(result.total, 3u);
    EXPECT_NE(result.hits.front().snippet.find("[sanctions]"), std::string::npos);
}

TEST_F(IndexTest, IncrementalRunsTouchOnlyWhatChanged) {
    index();
    auto again = index();
    EXPECT_EQ(again.unchanged, 5u);
    EXPECT_EQ(again.added + again.updated + again.removed, 0u);
    testing::write_file(corpus_, "new/005_norway.txt", testing::sixth_article);
    auto added = index();
    EXPECT_EQ(added.added, 1u);
    EXPECT_EQ(added.unchanged, 5u);
    SearchRequest request;
    request.people = {"solberg"};
    EXPECT_EQ(search(request).total, 1u);
    std::ofstream(corpus_ / "new/005_norway.txt", std::ios::app) << "\nSolberg later flew to Oslo.\n";
    EXPECT_EQ(index().updated, 1u);
    std::filesystem::remove(corpus_ / "new/005_norway.txt");
    auto removed = index();
    EXPECT_EQ(removed.removed, 1u);
    EXPECT_EQ(search(request).total, 0u);
}

TEST_F(IndexTest, RunThatChangesNothingKeepsTheRevisionAndItsColumn) {
    index();
    auto revision = [&] { return Xapian::Database(database_.string()).get_revision(); };
    Xapian::rev built = revision();
    EXPECT_EQ(index().unchanged, 5u);
    // Searchers keep what they read of this revision, and the saved column stays valid.
    EXPECT_EQ(revision(), built);
    EXPECT_NE(FacetColumn::open_saved(database_, Xapian::Database(database_.string())), nullptr);
    testing::write_file(corpus_, "new/005_norway.txt", testing::sixth_article);
    EXPECT_EQ(index().added, 1u);
    EXPECT_GT(revision(), built);
    EXPECT_NE(FacetColumn::open_saved(database_, Xapian::Database(database_.string())), nullptr);
}

/// Each document's source stamp, by corpus path.
std::map<std::string, std::string> source_stamps(const std::filesystem::path& database) {
    Xapian::Database opened(database.string());
    std::map<std::string, std::string> stamps;
    for (auto it = opened.postlist_begin(""); it != opened.postlist_end(""); ++it) {
        Xapian::Document document = opened.get_document(*it);
        stamps[document.get_value(schema::slot::path)] = document.get_value(schema::slot::source_stamp);
    }
    return stamps;
}

/// Sets the modification time of `file` to `time` (which moves its status-change time to now).
void set_modification_time(const std::filesystem::path& file, const timespec& time) {
    std::array<timespec, 2> times{time, time};
    ASSERT_EQ(::utimensat(AT_FDCWD, file.c_str(), times.data(), 0), 0) << file;
}

TEST_F(IndexTest, SettledFilesAreStampedAndChangesBehindAStampStillShow) {
    index();  // the files were just copied: too recent to be stamped
    for (const auto& [path, stamp] : source_stamps(database_)) EXPECT_EQ(stamp, "") << path;
    testing::write_file(corpus_, "new/005_norway.txt", testing::sixth_article);
    std::this_thread::sleep_for(std::chrono::seconds(stamp_settling_seconds + 1) + std::chrono::milliseconds(50));

    // An update run stamps what it writes; an unchanged document is not rewritten.
    auto added = index();
    EXPECT_EQ(added.added, 1u);
    EXPECT_EQ(added.unchanged, 5u);
    auto stamps = source_stamps(database_);
    EXPECT_EQ(stamps.at("new/005_norway.txt"), source_stamp(corpus_ / "new/005_norway.txt"));
    EXPECT_NE(stamps.at("new/005_norway.txt"), "");
    // A fresh build stamps every settled file, and the next run finds them all unchanged.
    EXPECT_EQ(index(true).added, 6u);
    stamps = source_stamps(database_);
    for (const auto& [path, stamp] : stamps) EXPECT_EQ(stamp, source_stamp(corpus_ / path)) << path;
    EXPECT_EQ(index().unchanged, 6u);

    // The same size and modification time, other bytes (as a copy that keeps times would
    // leave): the status-change time gives it away, also once settled. A file rewritten
    // with the same bytes is read again but not re-indexed.
    auto edited = corpus_ / "new/005_norway.txt";
    struct stat before {};
    ASSERT_EQ(::stat(edited.c_str(), &before), 0);
    std::string text(testing::sixth_article);
    text.replace(text.find("Tromso"), 6, "Bergen");
    testing::write_file(corpus_, "new/005_norway.txt", text);
    set_modification_time(edited, before.st_mtim);
    ASSERT_EQ(std::filesystem::file_size(edited), static_cast<std::uintmax_t>(before.st_size));
    auto first_seed = source_stamps(database_).begin()->first;
    std::string same_bytes = read_file_bytes(corpus_ / first_seed);
    testing::write_file(corpus_, first_seed, same_bytes);
    // Settled again, so both files are stamped now: the stamps themselves must differ.
    std::this_thread::sleep_for(std::chrono::seconds(stamp_settling_seconds + 1) + std::chrono::milliseconds(50));
    ASSERT_NE(source_stamp(edited), "");
    auto after_edit = index();
    EXPECT_EQ(after_edit.updated, 1u);
    EXPECT_EQ(after_edit.unchanged, 5u);
    SearchRequest request;
    request.query = "bergen";
    EXPECT_EQ(search(request).total, 1u);
}

std::vector<std::string> generations(const std::filesystem::path& database) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(database)) {
        if (entry.path().filename().string().starts_with("gen-")) names.push_back(entry.path().filename().string());
    }
    return names;
}

TEST_F(IndexTest, RebuildSwapsInAFreshGeneration) {
    index();
    auto before = generations(database_);
    ASSERT_EQ(before.size(), 1u);
    auto rebuilt = index(true);
    EXPECT_EQ(rebuilt.added, 5u);
    auto after = generations(database_);
    ASSERT_EQ(after.size(), 1u);
    EXPECT_NE(after.front(), before.front());
    SearchRequest request;
    request.countries = {"VE"};
    EXPECT_EQ(search(request).total, 5u);
}

TEST_F(IndexTest, BadArticleIsReportedAndTheRestIndexed) {
    testing::write_file(corpus_, "binary.txt",
                        std::string("\x7f"
                                    "ELF\0\0\0",
                                    7));
    testing::write_file(corpus_, "bad-date.txt", "---\ndate: someday\n---\nText of the story here.\n");
    auto summary = index();
    EXPECT_EQ(summary.added, 5u);
    EXPECT_EQ(summary.failures.size(), 2u);
}

TEST_F(IndexTest, FacetsCountTheWholeMatchSetExactly) {
    index();
    SearchRequest request;
    request.people = {"lavrov"};
    request.limit = 1;
    auto result = search(request);
    EXPECT_EQ(result.total, 5u);
    EXPECT_EQ(result.hits.size(), 1u);
    ASSERT_FALSE(result.facets.people.empty());
    // Hand count: every seed article names Lavrov (two spell him Sergey) and Maduro.
    std::size_t lavrov = 0, maduro = 0;
    for (const auto& person : result.facets.people) {
        if (person.name == "Sergei Lavrov") lavrov = person.count;
        if (person.name == "Nicolás Maduro") maduro = person.count;
        EXPECT_NE(person.name, "Sergey Lavrov");
    }
    EXPECT_EQ(lavrov, 5u);
    EXPECT_EQ(maduro, 5u);
    std::map<int, std::size_t> years;
    for (const auto& year : result.facets.years) years[year.year] = year.count;
    EXPECT_EQ(years, (std::map<int, std::size_t>{{2017, 1}, {2020, 2}, {2022, 1}, {2024, 1}}));
}

/// Facets as comparable text: every entry with its count, in output order.
std::string facet_listing(const Facets& facets) {
    std::string listing;
    for (const auto& person : facets.people) listing += person.name + "=" + std::to_string(person.count) + " ";
    for (const auto& country : facets.countries) listing += country.code + "=" + std::to_string(country.count) + " ";
    for (const auto& year : facets.years) listing += std::to_string(year.year) + "=" + std::to_string(year.count) + " ";
    return listing;
}

TEST_F(IndexTest, DamagedDocumentDataNamesTheArticle) {
    index();
    std::string path;
    {
        Xapian::WritableDatabase database((database_ / generations(database_).front()).string());
        Xapian::Document document = database.get_document(1);
        path = document.get_value(schema::slot::path);
        std::string stored = document.get_value(schema::slot::stored_article);
        document.add_value(schema::slot::stored_article,
                           stored.substr(0, 20));  // cut short, as a damaged block would be
        database.replace_document(1, document);
        database.commit();
    }
    SearchRequest request;
    request.query = "venezuela";
    request.limit = 10;
    auto expect_named = [&](const std::function<void()>& run, const std::string& how) {
        try {
            run();
            ADD_FAILURE() << how << ": no error for damaged document data";
        } catch (const DatabaseError& error) {
            std::string message = error.what();
            EXPECT_NE(message.find(path), std::string::npos) << how << ": " << message;
            EXPECT_NE(message.find(database_.string()), std::string::npos) << how << ": " << message;
            EXPECT_NE(message.find("--rebuild"), std::string::npos) << how << ": " << message;
        }
    };
    expect_named([&] { (void)search(request); }, "first search");
    // A handle searching again decodes hits on its side thread too (hit_page.hpp).
    auto handle = open_database(database_.string());
    SearchRequest other;
    other.query = "nothingmatchesthis";  // a first search, with no damaged hit
    (void)run_search(handle, other, {"[", "]"});
    for (int time = 0; time < 3; ++time) {
        expect_named([&] { (void)run_search(handle, request, {"[", "]"}); }, "search again");
    }
}

/// Everything a search shows of its hits, in order.
std::string hit_listing(const SearchResult& result) {
    std::string listing;
    for (const auto& hit : result.hits) {
        listing += std::to_string(hit.rank) + " " + std::to_string(hit.score) + " " + hit.article.path + " " +
                   hit.article.title + " [" + hit.snippet + "]";
        for (const auto& person : hit.article.people) listing += " " + person.name;
        listing += "\n";
    }
    return listing;
}

TEST_F(IndexTest, HandleSearchingAgainShowsTheSameHits) {
    index();
    auto handle = open_database(database_.string());
    const std::vector<std::string> queries = {
        "sanctions", "minister OR oil",   "\"foreign minister\"", "minister OR oil OR sanctions OR president",
        "venezuela", "nothingmatchesthis"};
    for (int round = 0; round < 2; ++round) {
        for (const auto& query : queries) {
            for (std::size_t limit : {1, 3, 10}) {
                SearchRequest request;
                request.query = query;
                request.limit = limit;
                auto again = run_search(handle, request, {"[", "]"});
                auto fresh = search(request);
                EXPECT_EQ(hit_listing(again), hit_listing(fresh)) << query << " limit " << limit;
                EXPECT_EQ(facet_listing(again.facets), facet_listing(fresh.facets)) << query;
            }
        }
    }
    // Pages of several hits were built on two threads (on a machine with two cores).
    if (std::thread::hardware_concurrency() > 1) {
        EXPECT_TRUE(handle.side_thread);
    }
}

TEST_F(IndexTest, DamagedPersonTableNamesTheIndex) {
    index();
    {
        Xapian::WritableDatabase database((database_ / generations(database_).front()).string());
        database.set_metadata(std::string(schema::metadata::merging_person_groups), "merging:not-a-number ");
        database.commit();
    }
    auto expect_named = [&](const std::function<void()>& action, const char* what) {
        try {
            action();
            ADD_FAILURE() << "no error for a damaged person table: " << what;
        } catch (const DatabaseError& error) {
            std::string message = error.what();
            EXPECT_NE(message.find(database_.string()), std::string::npos) << what << ": " << message;
            EXPECT_NE(message.find("--rebuild"), std::string::npos) << what << ": " << message;
        }
    };
    SearchRequest request;
    request.query = "venezuela";
    expect_named([&] { (void)search(request); }, "search");
    expect_named([&] { (void)index(); }, "incremental index");
}

TEST_F(IndexTest, EntrySpyCountsEqualTheBuiltInSpies) {
    auto compare = [&](const std::string& state) {
        for (std::string query : {"", "sanctions", "minister OR oil", "\"foreign minister\"", "arctic OR sanctions",
                                  "nothingmatchesthis"}) {
            SearchRequest request;
            request.query = query;
            if (query.empty()) request.countries = {"VE"};
            request.facet_limit = 1000;
            auto entries = search(request);
            auto built_in = search(request, true);
            EXPECT_EQ(facet_listing(entries.facets), facet_listing(built_in.facets)) << state << ": " << query;
            if (!query.starts_with("nothing")) {
                EXPECT_FALSE(entries.facets.people.empty()) << state << ": " << query;
            }
        }
    };
    // Built as a shard (schema::Layout), which keeps the whole-value slots the built-in
    // spies count. A fresh build: parallel writers number people with one shared table.
    index(false, true);
    compare("fresh build");
    // An incremental run continues the numbering the index holds, for a person it has
    // not met before (and keeps the shard layout without being told).
    testing::write_file(corpus_, "new/005_norway.txt", testing::sixth_article);
    ASSERT_EQ(index().added, 1u);
    compare("after adding");
    SearchRequest request;
    request.query = "solberg";
    request.facet_limit = 1000;
    std::string listing = facet_listing(search(request).facets);
    EXPECT_NE(listing.find("Solberg"), std::string::npos) << listing;
}

/// The people of `facets`, as "name=count" in the order listed.
std::vector<std::string> people_listed(const Facets& facets) {
    std::vector<std::string> people;
    for (const auto& person : facets.people) people.push_back(person.name + "=" + std::to_string(person.count));
    return people;
}

TEST_F(IndexTest, AShortPeopleFacetIsTheTopOfTheFullOne) {
    // The entry spy hands over only the surname groups that may reach a short list
    // (facet_counter.cpp, shown_person_floor): what it shows must be the full list's top.
    index();
    for (std::string query : {"", "sanctions", "minister OR oil", "\"foreign minister\"", "arctic OR sanctions"}) {
        SearchRequest request;
        request.query = query;
        if (query.empty()) request.countries = {"VE"};
        request.facet_limit = 1000;
        auto full = people_listed(search(request).facets);
        ASSERT_GE(full.size(), 3u) << query;
        for (std::size_t limit : {0u, 1u, 2u, 3u}) {
            request.facet_limit = limit;
            std::vector<std::string> top(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(limit));
            EXPECT_EQ(people_listed(search(request).facets), top) << query << ", limit " << limit;
        }
    }
}

/// The facet columns the indexer saved in index folder `root` (facet_column.hpp).
/// The entry numbers of document `id` in `column`.
std::vector<std::uint32_t> entries_of(const FacetColumn& column, Xapian::docid id) {
    std::vector<std::uint32_t> entries;
    column.for_each_entry(id, [&](std::uint32_t entry) { entries.push_back(entry); });
    return entries;
}

/// Expects `mapped` (a saved file) to hold what `read` (the slot as read) holds, document
/// by document up to `last_docid` and one past, and person by person.
void expect_same_column(const FacetColumn& mapped, const FacetColumn& read, Xapian::docid last_docid) {
    ASSERT_EQ(mapped.entry_count(), read.entry_count());
    ASSERT_EQ(mapped.first_person(), read.first_person());
    for (Xapian::docid id = 0; id <= last_docid + 1; ++id)
        EXPECT_EQ(entries_of(mapped, id), entries_of(read, id)) << id;
    for (auto entry = read.first_person(); entry < read.entry_count(); ++entry) {
        EXPECT_EQ(mapped.person(entry), read.person(entry)) << entry;
    }
}

std::vector<std::filesystem::path> saved_columns(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
        if (entry.path().filename().string().starts_with("facet-column-")) files.push_back(entry.path());
    }
    return files;
}

const std::vector<std::string> facet_queries = {"sanctions",           "minister OR oil",    "\"foreign minister\"",
                                                "arctic OR sanctions", "nothingmatchesthis", "solberg"};

TEST_F(IndexTest, FacetColumnCountsEqualTheValueStream) {
    index();
    // Without the saved column a fresh handle streams values.
    for (const auto& file : saved_columns(database_)) std::filesystem::remove(file);
    // One handle searching again reads the facet column; a fresh handle streams values.
    auto handle = open_database(database_.string());
    auto search_again = [&](const std::string& query) {
        SearchRequest request;
        request.query = query;
        request.facet_limit = 1000;
        return run_search(handle, request, {"[", "]"});
    };
    (void)search_again("sanctions");
    for (const auto& query : facet_queries) {
        SearchRequest request;
        request.query = query;
        request.facet_limit = 1000;
        auto from_column = search_again(query);
        EXPECT_EQ(facet_listing(from_column.facets), facet_listing(search(request).facets)) << query;
        EXPECT_EQ(from_column.total, search(request).total) << query;
    }
    ASSERT_TRUE(handle.warm && handle.warm->facet_column);
    // Over its budget, no column: the spy streams values instead.
    EXPECT_EQ(FacetColumn::load(handle.xapian, 64), nullptr);
    auto loaded = FacetColumn::load(handle.xapian, std::size_t{1} << 20);
    ASSERT_NE(loaded, nullptr);
    // People are numbered in person-table order, so each surname group is one run of
    // entry numbers (facet_counter.cpp hands groups over as runs of the counts).
    auto groups = loaded->person_groups();
    auto members = loaded->person_members();
    ASSERT_EQ(groups.size(), members.size());
    ASSERT_GE(groups.size(), 10u);
    for (std::size_t at = 1; at < groups.size(); ++at) {
        EXPECT_LT(std::pair(groups[at - 1], members[at - 1]), std::pair(groups[at], members[at])) << at;
    }
    auto column = handle.warm->facet_column;
    // The column is a snapshot: a new revision is read again once the handle reopens.
    testing::write_file(corpus_, "new/005_norway.txt", testing::sixth_article);
    ASSERT_EQ(index().added, 1u);
    handle.xapian.reopen();
    std::string listing = facet_listing(search_again("solberg").facets);
    EXPECT_NE(listing.find("Solberg"), std::string::npos) << listing;
    EXPECT_NE(handle.warm->facet_column, column);
}

TEST_F(IndexTest, SavedFacetColumnIsMappedOnlyForItsRevision) {
    index();
    auto saved = saved_columns(database_);
    ASSERT_EQ(saved.size(), 1u);
    Xapian::Database database(database_.string());
    EXPECT_NE(saved.front().filename().string().find(database.get_uuid()), std::string::npos);
    // The file holds what reading the slot gives, document by document, whether mapped
    // (for one search) or read whole (for a handle kept for many).
    auto read = FacetColumn::load(database, std::size_t{1} << 20);
    ASSERT_TRUE(read);
    for (auto use : {FacetColumn::Use::one_search, FacetColumn::Use::many_searches}) {
        auto saved_column = FacetColumn::open_saved(database_, database, use);
        ASSERT_TRUE(saved_column);
        expect_same_column(*saved_column, *read, database.get_lastdocid());
    }
    // A first search counting from it counts what streaming counts.
    auto solberg = [] {
        SearchRequest request;
        request.query = "solberg";
        return request;
    };
    auto listings = [&] {
        std::vector<std::string> listed;
        for (const auto& query : facet_queries) {
            SearchRequest request;
            request.query = query;
            request.facet_limit = 1000;
            listed.push_back(facet_listing(search(request).facets) + std::to_string(search(request).total));
        }
        return listed;
    };
    auto from_file = listings();
    std::filesystem::rename(saved.front(), folder_.path() / "aside");
    EXPECT_EQ(FacetColumn::open_saved(database_, database), nullptr);
    EXPECT_EQ(listings(), from_file);
    std::filesystem::rename(folder_.path() / "aside", saved.front());
    // Another revision (written by other means than the indexer) does not use it ...
    {
        Xapian::WritableDatabase writer(database_.string());
        writer.set_metadata("test:touch", "1");
        writer.commit();
    }
    database.reopen();
    EXPECT_EQ(FacetColumn::open_saved(database_, database), nullptr);
    EXPECT_EQ(listings(), from_file);
    // ... until the next run saves the column again, for the new revision, alone.
    testing::write_file(corpus_, "new/005_norway.txt", testing::sixth_article);
    ASSERT_EQ(index().added, 1u);
    database.reopen();
    ASSERT_EQ(saved_columns(database_).size(), 1u);
    EXPECT_NE(FacetColumn::open_saved(database_, database), nullptr);
    std::string listing = facet_listing(search(solberg()).facets);
    EXPECT_NE(listing.find("Solberg"), std::string::npos) << listing;
    // A damaged file is ignored: cut short, or its header overwritten.
    saved = saved_columns(database_);
    auto size = std::filesystem::file_size(saved.front());
    std::filesystem::resize_file(saved.front(), size - 4);
    EXPECT_EQ(FacetColumn::open_saved(database_, database), nullptr);
    EXPECT_EQ(FacetColumn::open_saved(database_, database, FacetColumn::Use::many_searches), nullptr);
    std::filesystem::resize_file(saved.front(), size);
    std::fstream(saved.front(), std::ios::in | std::ios::out | std::ios::binary).write("garbage!", 8);
    EXPECT_EQ(FacetColumn::open_saved(database_, database), nullptr);
    EXPECT_EQ(FacetColumn::open_saved(database_, database, FacetColumn::Use::many_searches), nullptr);
    EXPECT_NE(facet_listing(search(solberg()).facets).find("Solberg"), std::string::npos);
    // A rebuild is a new database (a new UUID): its column replaces the old one.
    ASSERT_EQ(index(true).added, 6u);
    database = Xapian::Database(database_.string());
    ASSERT_EQ(saved_columns(database_).size(), 1u);
    EXPECT_NE(FacetColumn::open_saved(database_, database), nullptr);
}

/// Entry numbers are saved in 16 bits when they all fit, else in 32: either file, mapped
/// or read whole, gives what reading the slot gives.
TEST_F(IndexTest, SavedFacetColumnHoldsEntriesIn16BitsWhenTheyFit) {
    index();
    Xapian::Database database(database_.string());
    auto read = FacetColumn::load(database, std::size_t{1} << 20);
    ASSERT_TRUE(read);
    std::size_t entry_total = 0;
    for (Xapian::docid id = 0; id <= database.get_lastdocid(); ++id) entry_total += entries_of(*read, id).size();
    ASSERT_GT(entry_total, 0u);
    auto narrow_size = std::filesystem::file_size(saved_columns(database_).front());
    for (std::uint32_t narrow_below : {0u, 65536u}) {
        std::filesystem::remove(saved_columns(database_).front());
        FacetColumn::save(database_, std::size_t{1} << 20, narrow_below);
        auto saved = saved_columns(database_);
        ASSERT_EQ(saved.size(), 1u);
        // 32-bit entries take two bytes more each, give or take the padding after them.
        auto size = std::filesystem::file_size(saved.front());
        if (narrow_below == 0) {
            EXPECT_GE(size, narrow_size + 2 * entry_total - 2);
            EXPECT_LE(size, narrow_size + 2 * entry_total + 2);
        } else {
            EXPECT_EQ(size, narrow_size);
        }
        SCOPED_TRACE(narrow_below);
        for (auto use : {FacetColumn::Use::one_search, FacetColumn::Use::many_searches}) {
            auto saved_column = FacetColumn::open_saved(database_, database, use);
            ASSERT_TRUE(saved_column);
            expect_same_column(*saved_column, *read, database.get_lastdocid());
        }
    }
}

TEST_F(IndexTest, ColumnThatCannotBeSavedIsAWarningNotAFailedRun) {
    index();
    // The temporary file's name taken by a folder: the column cannot be written.
    std::filesystem::create_directory(database_ / "facet-column-new");
    testing::write_file(corpus_, "new/005_norway.txt", testing::sixth_article);
    auto summary = index();
    EXPECT_EQ(summary.added, 1u);
    EXPECT_TRUE(summary.failures.empty());
    ASSERT_EQ(summary.warnings.size(), 1u);
    EXPECT_NE(summary.warnings.front().find(database_.string()), std::string::npos) << summary.warnings.front();
    // The old column is of another revision now: ignored, and the new article is counted.
    Xapian::Database database(database_.string());
    EXPECT_EQ(FacetColumn::open_saved(database_, database), nullptr);
    SearchRequest request;
    request.query = "solberg";
    std::string listing = facet_listing(search(request).facets);
    EXPECT_NE(listing.find("Solberg"), std::string::npos) << listing;
}

TEST_F(IndexTest, ShardsSaveNoFacetColumn) {
    index(false, true);
    EXPECT_TRUE(saved_columns(database_).empty());
}

TEST_F(IndexTest, HandleWithoutRevisionsSearchesAgainByStreaming) {
    index();
    // An in-memory copy has no revision numbers, so no column can be kept up to date.
    auto on_disk = open_database(database_.string());
    Xapian::WritableDatabase copy(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (auto id = on_disk.xapian.postlist_begin(""); id != on_disk.xapian.postlist_end(""); ++id) {
        copy.replace_document(*id, on_disk.xapian.get_document(*id));
    }
    for (auto key = on_disk.xapian.metadata_keys_begin(); key != on_disk.xapian.metadata_keys_end(); ++key) {
        copy.set_metadata(*key, on_disk.xapian.get_metadata(*key));
    }
    SearchDatabase in_memory{copy, false, "in-memory copy"};
    SearchRequest request;
    request.query = "sanctions";
    request.facet_limit = 1000;
    auto expected = facet_listing(search(request).facets);
    for (int time = 0; time < 2; ++time) {
        EXPECT_EQ(facet_listing(run_search(in_memory, request, {"[", "]"}).facets), expected) << time;
    }
    EXPECT_FALSE(in_memory.warm);
}

}  // namespace
TEST(DocumentData, DecodesWhatWasEncodedAndSkipsWhatItDoesNotKnow) {
    StoredArticle article;
    article.path = "world/2020/ünïcode.txt";
    article.title = "Lavrov visits Caracas";
    article.date = "2020-02-07";
    article.year = 2020;
    article.year_source = "text";
    article.url = "https://example.org/a";
    article.body = "First paragraph.\n\nSecond \"quoted\" paragraph.";
    article.people = {{"lavrov sergei", "Sergei Lavrov", 4, {"lavrov sergey", "lavrov"}},
                      {"maduro nicolas", "Nicolás Maduro", 2, {}}};
    article.countries = {{"RU", "Russia", 3}, {"VE", "Venezuela", 5}};
    EXPECT_EQ(decode_document_data(encode_document_data(article)), article);

    StoredArticle undated;
    undated.path = "a.txt";
    EXPECT_EQ(decode_document_data(encode_document_data(undated)), undated);  // date and year are null

    // Data written by a later version with fields this one does not know still reads.
    nlohmann::json later = to_json(article);
    later["sentiment"] = {{"score", 0.5}, {"labels", {"calm", "formal"}}};
    later["people"][0]["wikidata"] = "Q1234";
    std::vector<std::uint8_t> bytes = nlohmann::json::to_cbor(later);
    EXPECT_EQ(decode_document_data(std::string(bytes.begin(), bytes.end())), article);

    EXPECT_THROW((void)decode_document_data("\xff\x01 not cbor"), std::exception);
    // Cut short anywhere (a damaged block), it gives a clear error, never reads past the end.
    std::string whole = encode_document_data(article);
    for (std::size_t length = 0; length < whole.size(); ++length) {
        EXPECT_THROW((void)decode_document_data(whole.substr(0, length)), std::runtime_error) << length;
    }
}

TEST(DocumentData, StoredAsAChecksummedZstandardFrame) {
    StoredArticle article;
    article.path = "long.txt";
    for (int i = 0; i < 200; ++i) article.body += "Ministers met in Caracas to discuss the sanctions again. ";
    std::string stored = encode_document_data(article);
    std::vector<std::uint8_t> cbor = nlohmann::json::to_cbor(to_json(article));
    EXPECT_TRUE(stored.starts_with("\x28\xb5\x2f\xfd"));
    EXPECT_LT(stored.size() * 10, cbor.size());  // repetitive text: far smaller
    EXPECT_EQ(decompress_document_data(stored), std::string(cbor.begin(), cbor.end()));
    // A changed byte is caught by the decoder or the checksum, or changes nothing that is
    // read (padding bits): never a different article.
    std::size_t caught = 0;
    for (std::size_t at = 0; at < stored.size(); ++at) {
        std::string damaged = stored;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
        try {
            EXPECT_EQ(decode_document_data(damaged), article) << at;
        } catch (const std::runtime_error&) {
            ++caught;
        }
    }
    EXPECT_GT(caught * 10, stored.size() * 9);
    // A header claiming an enormous article is refused before anything is allocated.
    std::string huge = "\x28\xb5\x2f\xfd";
    huge += '\xc0';                                              // an 8-byte content size follows
    huge += '\x00';                                              // window descriptor
    huge += std::string("\x00\x00\x00\x00\x01\x00\x00\x00", 8);  // 2^32 bytes, little-endian
    try {
        (void)decompress_document_data(huge);
        ADD_FAILURE() << "a frame claiming 4 GiB was decoded";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("claims 4294967296 bytes"), std::string::npos) << error.what();
    }
}

TEST(CachingStemmer, GivesTheSnowballStemsTheFirstTimeAndAfter) {
    Xapian::Stem snowball("english");
    CachingStemmer cached("english");
    for (int round = 0; round < 2; ++round) {
        for (std::string word : {"sanctions", "sanctioned", "ministers", "running", "caracas", "", "ünïcode"}) {
            EXPECT_EQ(cached.stem(word), snowball(word)) << word << " round " << round;
        }
    }
}

}  // namespace newsdex
