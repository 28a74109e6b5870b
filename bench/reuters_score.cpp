/** @file reuters_score.cpp
 *  @brief newsdex-eval-facets: person and country recall on Reuters wire copy.
 *
 * Usage: newsdex-eval-facets [--data DIR] [--upper] [--verbose]
 *        newsdex-eval-facets --capitals-against-mixed-case ARTICLES [--verbose]
 * DIR defaults to ../shared/data/reuters-dev. --upper puts each article in capitals
 * first, as wire copy and archives often are (no capitalisation signal at all). Each article goes through the real
 * pipeline (decode, clean, extract). The human PEOPLE tags say whom an article is about, not every name in it, so only
 * recall is meaningful: a tagged person is found when an extracted name, or its surname, equals one of the tag's match
 * forms (folded); a tagged country is found when its ISO code was extracted.
 *
 * --capitals-against-mixed-case reads every *.txt under ARTICLES (e.g. ../shared/data/bbc/articles) twice, as written
 * and in capitals, and scores the people and countries found in capitals against those found as written
 * (article–person and article–country pairs): how much of what capitals hide the extractor still finds, on any set
 * of mixed-case articles.
 */
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

#include "bench/evaluation_common.hpp"
#include "common/index/pipeline.hpp"
#include "common/text/fold.hpp"
#include "common/text/words.hpp"

using namespace newsdex;

namespace {

std::set<std::string> name_forms(const StoredArticle& article) {
    std::set<std::string> forms;
    for (const auto& person : article.people) {
        std::string folded = fold_to_latin(person.name);
        forms.insert(folded);
        auto words = split_words(folded);
        if (!words.empty()) forms.insert(std::string(words.back().in(folded)));
    }
    return forms;
}

void score_people(const StoredArticle& article, const nlohmann::json& gold, evaluation::Score& score, bool verbose,
                  const std::string& name) {
    auto forms = name_forms(article);
    for (const auto& person : gold["people"]) {
        bool found = false;
        for (const auto& match : person["match"]) found = found || forms.contains(fold(match.get<std::string>()));
        ++(found ? score.true_positives : score.false_negatives);
        if (!found && verbose) fmt::print("{}: MISSING person {}\n", name, person["name"].get<std::string>());
    }
}

void score_countries(const StoredArticle& article, const nlohmann::json& gold, evaluation::Score& score, bool verbose,
                     const std::string& name) {
    std::set<std::string> codes;
    for (const auto& country : article.countries) codes.insert(country.code);
    for (const auto& code : gold["countries"]) {
        bool found = codes.contains(code.get<std::string>());
        ++(found ? score.true_positives : score.false_negatives);
        if (!found && verbose) fmt::print("{}: MISSING country {}\n", name, code.get<std::string>());
    }
}

std::string in_capitals(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// The folded names of the people found in an article, and the codes of its countries.
struct Facets {
    std::set<std::string> people, countries;
};

Facets facets_of(const std::string& name, const std::string& text) {
    Facets facets;
    auto stored = process_article(name, text).stored;
    for (const auto& person : stored.people) facets.people.insert(fold_to_latin(person.name));
    for (const auto& country : stored.countries) facets.countries.insert(country.code);
    return facets;
}

/// Scores `capitals` against `written` as found and found wrongly, listing the difference.
void agree(const std::set<std::string>& written, const std::set<std::string>& capitals, evaluation::Score& score,
           bool verbose, const std::string& name) {
    for (const auto& value : capitals) {
        bool agreed = written.contains(value);
        ++(agreed ? score.true_positives : score.false_positives);
        if (!agreed && verbose) fmt::print("{}: ONLY IN CAPITALS {}\n", name, value);
    }
    for (const auto& value : written) {
        if (capitals.contains(value)) continue;
        ++score.false_negatives;
        if (verbose) fmt::print("{}: MISSING IN CAPITALS {}\n", name, value);
    }
}

int score_capitals_against_mixed_case(const std::filesystem::path& articles, bool verbose) {
    evaluation::Score people, countries;
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(articles)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
        std::string name = std::filesystem::relative(entry.path(), articles).string();
        std::string text = evaluation::read_text(entry.path());
        auto written = facets_of(name, text);
        auto capitals = facets_of(name, in_capitals(text));
        agree(written.people, capitals.people, people, verbose, name);
        agree(written.countries, capitals.countries, countries, verbose, name);
        ++count;
    }
    fmt::print(
        "{}: {} articles in capitals against mixed case, people P {:.3f} R {:.3f} F1 {:.3f}, "
        "countries P {:.3f} R {:.3f} F1 {:.3f}\n",
        articles.string(), count, people.precision(), people.recall(), people.f1(), countries.precision(),
        countries.recall(), countries.f1());
    return 0;
}

}  // namespace

int main(int argc, char** argv) try {
    auto dir = evaluation::data_dir(argc, argv, "../shared/data/reuters-dev");
    auto has_flag = [&](const char* flag) {
        return std::any_of(argv + 1, argv + argc, [&](const char* arg) { return std::strcmp(arg, flag) == 0; });
    };
    bool verbose = has_flag("--verbose");
    bool upper = has_flag("--upper");
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--capitals-against-mixed-case") == 0) {
            return score_capitals_against_mixed_case(argv[i + 1], verbose);
        }
    }
    auto gold = evaluation::read_json(dir / "gold.json")["articles"];
    evaluation::Score people, countries;
    std::size_t articles = 0;
    for (const auto& [name, expected] : gold.items()) {
        auto path = dir / "articles" / name;
        if (!std::filesystem::exists(path)) continue;
        StoredArticle article;
        try {
            std::string text = evaluation::read_text(path);
            if (upper) text = in_capitals(std::move(text));
            article = process_article(name, text).stored;
        } catch (const std::exception& error) {
            fmt::print(stderr, "{}: {}\n", name, error.what());
        }
        score_people(article, expected, people, verbose, name);
        score_countries(article, expected, countries, verbose, name);
        ++articles;
    }
    fmt::print(
        "reuters-dev{}: {} articles, person recall {:.3f} ({} of {}), country recall {:.3f} ({} of {}) "
        "(target 0.9 each)\n",
        upper ? " in capitals" : "", articles, people.recall(), people.true_positives,
        people.true_positives + people.false_negatives, countries.recall(), countries.true_positives,
        countries.true_positives + countries.false_negatives);
    return 0;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-eval-facets: {}\n", error.what());
    return 2;
}
