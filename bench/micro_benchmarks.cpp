/** @file micro_benchmarks.cpp
 *  @brief newsdex-bench-micro: Google Benchmark timings of the hot paths (cleaning,
 *  extraction, building a document, snippets, person merging, facet counting, phrase checks, proximity
 *  bonuses and copies on a page), on the seed
 *  corpus and synthetic facet slots, so regressions show up. Run: build/bin/newsdex-bench-micro
 */
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>

#include "common/clean/cleaner.hpp"
#include "common/corpus/article.hpp"
#include "common/extract/extractor.hpp"
#include "common/index/document_builder.hpp"
#include "common/index/facet_column.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/index/person_registry.hpp"
#include "common/index/pipeline.hpp"
#include "common/index/position_map.hpp"
#include "common/index/term_bitmaps.hpp"
#include "common/schema.hpp"
#include "common/search/conjunction_walk.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/position_check.hpp"
#include "common/search/proximity.hpp"
#include "common/search/ranked_walk.hpp"
#include "common/search/same_text.hpp"
#include "common/search/snippet.hpp"

namespace {

std::vector<newsdex::Article> seed_articles() {
    std::vector<newsdex::Article> articles;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(NEWSDEX_SOURCE_DIR) / "corpus")) {
        articles.push_back(
            newsdex::parse_article(entry.path().filename().string(), newsdex::read_file_bytes(entry.path())));
    }
    return articles;
}

void clean(benchmark::State& state) {
    auto articles = seed_articles();
    for (auto _ : state) {
        for (const auto& article : articles) {
            benchmark::DoNotOptimize(newsdex::clean_article(article.text, article.front_matter.title));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(articles.size()));
}
BENCHMARK(clean);

void extract(benchmark::State& state) {
    std::vector<std::pair<newsdex::CleanedArticle, newsdex::FrontMatter>> cleaned;
    for (const auto& article : seed_articles()) {
        cleaned.emplace_back(newsdex::clean_article(article.text, article.front_matter.title), article.front_matter);
    }
    for (auto _ : state) {
        for (const auto& [article, front_matter] : cleaned) {
            benchmark::DoNotOptimize(newsdex::extract_facets(article, front_matter));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(cleaned.size()));
}
BENCHMARK(extract);

/// A processed article to its Xapian document: text terms and their positions
/// (index/text_terms.hpp), filter terms, values, the stored article's frame.
void build_document(benchmark::State& state) {
    std::vector<newsdex::StoredArticle> stored;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(NEWSDEX_SOURCE_DIR) / "corpus")) {
        stored.push_back(newsdex::process_file(entry.path().filename().string(), entry.path()).stored);
    }
    newsdex::PersonRegistry people;
    newsdex::DocumentBuilder builder(people, newsdex::schema::Layout::standalone);
    for (auto _ : state) {
        for (const auto& article : stored) benchmark::DoNotOptimize(builder.build(article, "signature", ""));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(stored.size()));
}
BENCHMARK(build_document);

void snippet(benchmark::State& state) {
    auto articles = seed_articles();
    newsdex::Highlighter highlighter({"Zsanction", "venezuela", "Zminist"}, Xapian::Stem("english"));
    for (auto _ : state) {
        for (const auto& article : articles)
            benchmark::DoNotOptimize(highlighter.snippet(article.text, 40, {"[", "]"}));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(articles.size()));
}
BENCHMARK(snippet);

/// Shingling one article's text, what marking copies on a page costs for each hit it
/// cannot pass over (search/same_text.hpp).
void text_shingles(benchmark::State& state) {
    auto articles = seed_articles();
    for (auto _ : state) {
        for (const auto& article : articles) benchmark::DoNotOptimize(newsdex::text_shingles(article.text));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(articles.size()));
}
BENCHMARK(text_shingles);

/// Marking the copies on a page of ten hits, the five seed articles twice (each copy
/// with a word changed): the screen passes every pair of a text and its copy.
void mark_same_text(benchmark::State& state) {
    std::vector<newsdex::Hit> page;
    for (const auto& article : seed_articles()) {
        for (int copy = 0; copy < 2; ++copy) {
            newsdex::Hit hit;
            hit.rank = page.size() + 1;
            hit.article.body = article.text;
            if (copy == 1) hit.article.body[hit.article.body.size() / 2] = '#';
            page.push_back(std::move(hit));
        }
    }
    for (auto _ : state) {
        for (auto& hit : page) hit.same_text_as.reset();
        newsdex::mark_same_text(page);
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(mark_same_text);

/// A seed article's position maps and its words in text order (as indexed, stemmed).
struct PositionedArticle {
    std::vector<std::string> maps;
    std::vector<std::string> words;
};

std::vector<PositionedArticle> positioned_seed_articles() {
    std::vector<PositionedArticle> positioned;
    for (const auto& article : seed_articles()) {
        Xapian::Document document;
        Xapian::TermGenerator terms;
        terms.set_document(document);
        terms.index_text(article.text);
        PositionedArticle entry{newsdex::encode_positions(document), {}};
        for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
            for (auto position = term.positionlist_begin(); position != term.positionlist_end(); ++position) {
                if (*position >= entry.words.size()) entry.words.resize(*position + 1);
                entry.words[*position] = *term;
            }
        }
        positioned.push_back(std::move(entry));
    }
    return positioned;
}

/// The positions of `hash` in an article's maps.
void find_positions(const PositionedArticle& article, std::uint32_t hash,
                    std::vector<std::vector<Xapian::termpos>>& found) {
    const auto& map = article.maps[newsdex::position_slot_index(hash)];
    newsdex::PositionMap(map).find(std::span(&hash, 1), found);
}

/// A phrase check's own work for one candidate, Xapian's reading of the maps aside: find
/// two adjacent words in their slots' maps, then line their positions up. On the seed
/// articles' position maps, one phrase every ten words.
void phrase_check(benchmark::State& state) {
    struct Candidate {
        const PositionedArticle* article;
        std::vector<newsdex::PositionConstraint> phrases;
    };
    auto articles = positioned_seed_articles();
    std::vector<Candidate> candidates;
    for (const auto& article : articles) {
        Candidate candidate{&article, {}};
        const auto& words = article.words;
        for (std::size_t i = 0; i + 1 < words.size(); i += 10) {
            candidate.phrases.push_back(
                {{newsdex::position_term_hash(words[i]), newsdex::position_term_hash(words[i + 1])}, 2, true});
        }
        candidates.push_back(std::move(candidate));
    }
    std::vector<std::vector<Xapian::termpos>> found_first, found_second;
    std::int64_t checks = 0;
    for (auto _ : state) {
        for (const auto& candidate : candidates) {
            for (const auto& phrase : candidate.phrases) {
                find_positions(*candidate.article, phrase.term_hashes[0], found_first);
                find_positions(*candidate.article, phrase.term_hashes[1], found_second);
                benchmark::DoNotOptimize(newsdex::positions_satisfy(phrase, {&found_first[0], &found_second[0]}));
                ++checks;
            }
        }
    }
    state.SetItemsProcessed(checks);
}
BENCHMARK(phrase_check);

/// A proximity bonus's own work for one match (search/proximity.hpp), the reading of
/// the maps aside: two words' positions found in the maps, then scored. On the seed
/// articles, for the pair of words starting every tenth position.
void proximity_bonus(benchmark::State& state) {
    auto articles = positioned_seed_articles();
    std::vector<std::vector<Xapian::termpos>> found_first, found_second;
    const std::vector<double> idfs{2.0, 3.0};
    std::int64_t bonuses = 0;
    for (auto _ : state) {
        for (const auto& article : articles) {
            for (std::size_t i = 0; i + 1 < article.words.size(); i += 10) {
                find_positions(article, newsdex::position_term_hash(article.words[i]), found_first);
                find_positions(article, newsdex::position_term_hash(article.words[i + 1]), found_second);
                benchmark::DoNotOptimize(newsdex::proximity_bonus({&found_first[0], &found_second[0]}, idfs, 1.0));
                ++bonuses;
            }
        }
    }
    state.SetItemsProcessed(bonuses);
}
BENCHMARK(proximity_bonus);

void merge_people(benchmark::State& state) {
    std::vector<newsdex::PersonCount> counts;
    // Name-like keys from syllables: surnames repeat, as in a large match set.
    const char* syllables[] = {"ka", "lo", "min", "sar", "te", "vo", "ri", "dan", "mu", "pe", "zo", "har"};
    auto word = [&](int n, int parts) {
        std::string text;
        for (int p = 0; p < parts; ++p, n /= 12) text += syllables[n % 12];
        return text;
    };
    for (int i = 0; i < state.range(0); ++i) {
        std::string surname = word(i * 7 + 3, 3), given = word(i / 5, 2);
        counts.push_back({given + " " + surname, surname + " " + given, 1, {}});
    }
    for (auto _ : state) benchmark::DoNotOptimize(newsdex::merge_people(counts));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(merge_people)->Arg(100)->Arg(10000);

/// An index of `documents` synthetic articles, each naming 13 of 5,000 people and 8 of
/// 150 countries (as the generated benchmark corpus does), facet slots only: in memory,
/// or a glass database in the folder `folder` when given one.
Xapian::WritableDatabase facet_database(int documents, const std::filesystem::path& folder = {}) {
    Xapian::WritableDatabase database =
        folder.empty()
            ? Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY)
            : Xapian::WritableDatabase(folder.string(), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
    newsdex::PersonRegistry registry;
    const char* syllables[] = {"ka", "lo", "min", "sar", "te", "vo", "ri", "dan", "mu", "pe", "zo", "har"};
    auto word = [&](int n) {
        std::string text;
        for (int p = 0; p < 3; ++p, n /= 12) text += syllables[n % 12];
        return text;
    };
    for (int d = 0; d < documents; ++d) {
        std::vector<std::string> people, countries;
        std::vector<newsdex::PersonNumber> numbers;
        for (int p = 0; p < 13; ++p) {
            int person = (d * 37 + p * 389) % 5000;
            people.push_back(newsdex::encode_person_entry(word(person) + " " + word(person / 7),
                                                          word(person / 7) + " " + word(person)));
            numbers.push_back(registry.number(people.back()));
        }
        for (int c = 0; c < 8; ++c) {
            int country = (d * 11 + c * 17) % 150;
            countries.push_back({static_cast<char>('A' + country / 26), static_cast<char>('A' + country % 26)});
        }
        Xapian::Document document;
        // Words for ranking (conjunction_ranking): one in every document, one in every
        // third, at varied frequencies, in documents of varied lengths.
        document.add_term("economi", 1 + d % 5);
        if (d % 3 == 0) document.add_term("growth", 1 + d % 4);
        document.add_term("filler", 20 + d % 300);
        document.add_value(newsdex::schema::slot::year, Xapian::sortable_serialise(2000 + d % 20));
        document.add_value(newsdex::schema::slot::people, newsdex::encode_facet(people));
        document.add_value(newsdex::schema::slot::countries, newsdex::encode_facet(countries));
        document.add_value(newsdex::schema::slot::compact_facets,
                           newsdex::encode_compact_facets(2000 + d % 20, countries, numbers));
        database.add_document(document);
    }
    registry.write_changes(database);
    database.commit();
    return database;
}

/// Exact facets over every document: Arg 0 our entry spy reading the value stream, 1 the
/// built-in spies, 2 our entry spy reading a facet column (loaded once, not timed), 3 the
/// same column with the matches walked from the posting list instead of Xapian's matcher
/// (conjunction_walk.hpp).
void facet_counting(benchmark::State& state) {
    auto database = facet_database(static_cast<int>(state.range(1)));
    auto kind = state.range(0) == 1 ? newsdex::FacetSpyKind::built_in : newsdex::FacetSpyKind::entries;
    bool walked = state.range(0) == 3;
    auto column = state.range(0) >= 2 ? newsdex::FacetColumn::load(database, std::size_t{1} << 30) : nullptr;
    newsdex::Conjunction every_document;
    every_document.required = {{""}};
    for (auto _ : state) {
        Xapian::Enquire enquire(database);
        enquire.set_query(Xapian::Query::MatchAll);
        newsdex::FacetCounter counter(database, enquire, kind, column);
        if (walked) {
            benchmark::DoNotOptimize(newsdex::walk_conjunction(
                database, every_document, [&counter](Xapian::docid document) { counter.count_match(document); }));
        } else {
            benchmark::DoNotOptimize(enquire.get_mset(0, 10, database.get_doccount()));
        }
        std::vector<newsdex::PersonCount> named;
        benchmark::DoNotOptimize(counter.collect(10, named));
    }
    state.SetItemsProcessed(state.iterations() * state.range(1));
}
BENCHMARK(facet_counting)
    ->Args({0, 10000})
    ->Args({1, 10000})
    ->Args({2, 10000})
    ->Args({3, 10000})
    ->Unit(benchmark::kMillisecond);

/// The best ten documents by BM25 of a one-word query (Arg 1: 0) and a two-word one (1):
/// Arg 0: 0 through Xapian's matcher, 1 walked and weighed with the facet column's
/// document lengths (ranked_walk.hpp; the column loaded once, not timed). The in-memory
/// backend looks lengths up without glass's chunk decoding, which is what the walk saves
/// on a real index; here the matcher ranks one word faster (about 190 against 250 µs on
/// the benchmark VM: the walk's division per match is most of its time) and the walk two
/// words (about 140 against 175 µs).
void conjunction_ranking(benchmark::State& state) {
    auto database = facet_database(10000);
    auto column = newsdex::FacetColumn::load(database, std::size_t{1} << 30);
    newsdex::Conjunction conjunction;
    conjunction.required = {{"economi"}};
    if (state.range(1) == 1) conjunction.required.push_back({"growth"});
    Xapian::Query query(Xapian::Query::OP_AND, Xapian::Query("economi"),
                        state.range(1) == 1 ? Xapian::Query("growth") : Xapian::Query::MatchAll);
    for (auto _ : state) {
        if (state.range(0) == 1) {
            benchmark::DoNotOptimize(
                newsdex::rank_conjunction(database, conjunction, {column->lengths()}, 10, [](Xapian::docid) {}));
        } else {
            Xapian::Enquire enquire(database);
            enquire.set_query(state.range(1) == 1 ? query : Xapian::Query("economi"));
            benchmark::DoNotOptimize(enquire.get_mset(0, 10));
        }
    }
}
BENCHMARK(conjunction_ranking)->Args({0, 0})->Args({1, 0})->Args({0, 1})->Args({1, 1})->Unit(benchmark::kMicrosecond);

/// The best ten by BM25 of the two words of conjunction_ranking, with the facets of every
/// match, walked on a glass database of 50,000 documents: Arg 0 through Xapian's posting
/// lists, 1 through the terms' bitmaps (term_bitmaps.hpp; saved and opened once, not
/// timed).
void bitmap_walk(benchmark::State& state) {
    std::filesystem::path folder =
        std::filesystem::temp_directory_path() / fmt::format("newsdex-bench-bitmaps-{}", ::getpid());
    Xapian::Database database = facet_database(50000, folder);
    newsdex::TermBitmaps::save(folder, 1, 1u << 30);
    auto bitmaps = state.range(0) == 1 ? newsdex::TermBitmaps::open_saved(folder, database) : nullptr;
    auto column = newsdex::FacetColumn::load(database, std::size_t{1} << 30);
    newsdex::Conjunction conjunction;
    conjunction.required = {{"economi"}, {"growth"}};
    for (auto _ : state) {
        Xapian::Enquire unused(database);
        newsdex::FacetCounter counter(database, unused, newsdex::FacetSpyKind::entries, column);
        benchmark::DoNotOptimize(
            newsdex::rank_conjunction(database, conjunction, {column->lengths(), bitmaps.get()}, 10,
                                      [&counter](Xapian::docid document) { counter.count_match(document); }));
    }
    state.SetItemsProcessed(state.iterations() * database.get_termfreq("growth"));
    std::filesystem::remove_all(folder);
}
BENCHMARK(bitmap_walk)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
