/** @file micro_benchmarks.cpp
 *  @brief newsdex-bench-micro: Google Benchmark timings of the hot paths (cleaning,
 *  extraction, snippets, person merging for facets), on the seed corpus, so regressions
 *  show up. Run: build/bin/newsdex-bench-micro
 */
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <filesystem>

#include "common/clean/cleaner.hpp"
#include "common/corpus/article.hpp"
#include "common/extract/extractor.hpp"
#include "common/search/facet_counter.hpp"
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

}  // namespace

BENCHMARK_MAIN();
