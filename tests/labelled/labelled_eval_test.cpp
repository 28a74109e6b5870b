/** @file labelled_eval_test.cpp
 *  @brief Quality on newsdex's own labelled set (tests/labelled/gold.json): prints
 *  precision and recall of the cleaner and the extractors, and holds them to the targets.
 */
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/clean/blocks.hpp"
#include "common/clean/cleaner.hpp"
#include "common/corpus/article.hpp"
#include "common/extract/extractor.hpp"
#include "common/extract/person_identity.hpp"
#include "common/text/fold.hpp"
#include "common/text/words.hpp"

namespace newsdex {
namespace {

struct LabelledArticle {
    std::string name;
    nlohmann::json gold;
    CleanedArticle cleaned;
    ExtractedFacets facets;
};

std::vector<LabelledArticle> load_set() {
    std::filesystem::path root = std::filesystem::path(NEWSDEX_SOURCE_DIR);
    std::ifstream gold_file(root / "tests/labelled/gold.json");
    auto gold = nlohmann::json::parse(gold_file)["articles"];
    std::vector<LabelledArticle> articles;
    for (const auto& [name, expected] : gold.items()) {
        std::filesystem::path path = name.starts_with("corpus/") ? root / name : root / "tests/labelled" / name;
        Article article = parse_article(name, read_file_bytes(path));
        CleanedArticle cleaned = clean_article(article.text, article.front_matter.title);
        ExtractedFacets facets = extract_facets(cleaned, article.front_matter);
        articles.push_back({name, expected, std::move(cleaned), std::move(facets)});
    }
    return articles;
}

std::string normalised(std::string_view text) {
    return collapse_whitespace(fold(text));
}

struct Counts {
    std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;
    double precision() const { return ratio(true_positives, true_positives + false_positives); }
    double recall() const { return ratio(true_positives, true_positives + false_negatives); }
    double f1() const {
        return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
    }
    static double ratio(std::size_t a, std::size_t b) {
        return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b);
    }
};

TEST(LabelledSet, Cleaning) {
    Counts story, boilerplate;
    std::size_t headlines_right = 0, pages = 0;
    for (const auto& article : load_set()) {
        std::string body;
        for (const auto& paragraph : article.cleaned.paragraphs) body += paragraph + "\n";
        body = normalised(body);
        for (const auto& snippet : article.gold["story"]) {
            bool kept = body.find(normalised(snippet.get<std::string>())) != std::string::npos;
            ++(kept ? story.true_positives : story.false_negatives);
            if (!kept) ++boilerplate.false_positives;
            if (!kept) fmt::print("{}: story lost: {}\n", article.name, snippet.get<std::string>());
        }
        for (const auto& snippet : article.gold["boilerplate"]) {
            bool kept = body.find(normalised(snippet.get<std::string>())) != std::string::npos;
            ++(kept ? story.false_positives : boilerplate.true_positives);
            if (kept) ++boilerplate.false_negatives;
            if (kept) fmt::print("{}: boilerplate kept: {}\n", article.name, snippet.get<std::string>());
        }
        bool headline = article.cleaned.title == article.gold["title"].get<std::string>();
        if (!headline) fmt::print("{}: headline '{}'\n", article.name, article.cleaned.title);
        headlines_right += headline;
        ++pages;
    }
    fmt::print(
        "labelled set, cleaning: {} pages; story kept P {:.3f} R {:.3f}; boilerplate dropped P {:.3f} R {:.3f}; "
        "headlines {}/{}\n",
        pages, story.precision(), story.recall(), boilerplate.precision(), boilerplate.recall(), headlines_right,
        pages);
    EXPECT_GE(story.recall(), 0.98);
    EXPECT_GE(boilerplate.recall(), 0.95);
    EXPECT_EQ(headlines_right, pages);
}

/// Same person: same identity by person_identity.hpp, or a one-word name that is a word of
/// the other name ("Reagan", "Pope Francis" / "Francis").
bool same_identity(const std::string& a, const std::string& b) {
    std::string key_a = person_key(a), key_b = person_key(b);
    if (same_person(key_a, key_b)) return true;
    auto words = [](const std::string& key) {
        std::set<std::string> set;
        for (const auto& w : split_words(key)) set.emplace(w.in(key));
        return set;
    };
    auto words_a = words(key_a), words_b = words(key_b);
    if (words_a.size() == 1) return words_b.contains(*words_a.begin());
    if (words_b.size() == 1) return words_a.contains(*words_b.begin());
    return false;
}

bool in_list(const nlohmann::json& list, const std::string& name) {
    for (const auto& entry : list) {
        if (same_identity(entry.get<std::string>(), name)) return true;
    }
    return false;
}

void score_people(const LabelledArticle& article, Counts& people, std::size_t& duplicates) {
    std::vector<std::string> matched_gold;
    for (const auto& person : article.facets.people) {
        bool wanted = in_list(article.gold["people"], person.name);
        if (!wanted && in_list(article.gold["people_optional"], person.name)) continue;
        if (!wanted) {
            ++people.false_positives;
            fmt::print("{}: extra person {}\n", article.name, person.name);
            continue;
        }
        for (const auto& seen : matched_gold) {
            if (same_identity(seen, person.name)) {
                ++duplicates;
                fmt::print("{}: duplicate person {}\n", article.name, person.name);
            }
        }
        matched_gold.push_back(person.name);
        ++people.true_positives;
    }
    for (const auto& gold : article.gold["people"]) {
        bool found = false;
        for (const auto& person : article.facets.people)
            found = found || same_identity(gold.get<std::string>(), person.name);
        if (!found) {
            ++people.false_negatives;
            fmt::print("{}: missed person {}\n", article.name, gold.get<std::string>());
        }
    }
}

void score_countries(const LabelledArticle& article, Counts& countries) {
    std::set<std::string> gold, optional, found;
    for (const auto& code : article.gold["countries"]) gold.insert(code.get<std::string>());
    for (const auto& code : article.gold["countries_optional"]) optional.insert(code.get<std::string>());
    for (const auto& country : article.facets.countries) found.insert(country.code);
    for (const auto& code : found) {
        if (gold.contains(code))
            ++countries.true_positives;
        else if (!optional.contains(code)) {
            ++countries.false_positives;
            fmt::print("{}: extra country {}\n", article.name, code);
        }
    }
    for (const auto& code : gold) {
        if (found.contains(code)) continue;
        ++countries.false_negatives;
        fmt::print("{}: missed country {}\n", article.name, code);
    }
}

TEST(LabelledSet, Facets) {
    Counts people, countries;
    std::size_t duplicates = 0, years_right = 0, years_wrong = 0, years_missed = 0, pages = 0;
    for (const auto& article : load_set()) {
        score_people(article, people, duplicates);
        score_countries(article, countries);
        const auto& year = article.gold["year"];
        std::optional<int> found;
        if (article.facets.date) found = article.facets.date->year;
        if (year.is_null() ? !found : found == year.get<int>()) {
            ++years_right;
        } else if (found) {
            ++years_wrong;
            fmt::print("{}: wrong year {}\n", article.name, *found);
        } else {
            ++years_missed;
        }
        ++pages;
    }
    fmt::print(
        "labelled set, facets: {} pages; people P {:.3f} R {:.3f} F1 {:.3f}, {} duplicates; "
        "countries P {:.3f} R {:.3f} F1 {:.3f}; years {} right, {} wrong, {} missed\n",
        pages, people.precision(), people.recall(), people.f1(), duplicates, countries.precision(), countries.recall(),
        countries.f1(), years_right, years_wrong, years_missed);
    EXPECT_GE(people.f1(), 0.9);
    EXPECT_EQ(duplicates, 0u);
    EXPECT_GE(countries.f1(), 0.95);
    EXPECT_EQ(years_wrong, 0u);
}

}  // namespace
}  // namespace newsdex
