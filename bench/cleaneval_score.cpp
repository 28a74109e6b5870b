/** @file cleaneval_score.cpp
 *  @brief newsdex-eval-cleaning: the cleaner's score on the cleaneval benchmark.
 *
 * Usage: newsdex-eval-cleaning [--data DIR] [--verbose]
 * DIR defaults to ../shared/data/cleaneval-dev. Each page's naive text dump goes through
 * the real cleaner (the story; see include_title); as trafilatura scores it, a `with` snippet found in the
 * output is a true positive, one missing a false negative, and a `without` snippet found a
 * false positive. Matching folds case, accents and white space.
 */
#include <fmt/format.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "bench/evaluation_common.hpp"
#include "common/clean/cleaner.hpp"
#include "common/text/decode.hpp"

using namespace newsdex;

namespace {

/// The first line of each dump is the page's <title> (usually "headline - site"); the
/// headline finder takes it as the title, so the story text alone is what is scored, as
/// trafilatura scores its extracted body. NEWSDEX_EVAL_WITH_TITLE=1 scores title + story.
const bool include_title = std::getenv("NEWSDEX_EVAL_WITH_TITLE") != nullptr;

std::string cleaned_output(const std::string& bytes) {
    CleanedArticle cleaned = clean_article(decode(bytes).text, std::nullopt);
    std::string output = include_title ? cleaned.title : std::string();
    for (const auto& paragraph : cleaned.paragraphs) output += "\n" + paragraph;
    return evaluation::normalise_for_matching(output);
}

void score_page(const std::string& output, const nlohmann::json& gold, evaluation::Score& score, bool verbose,
                const std::string& name) {
    for (const auto& snippet : gold["with"]) {
        bool found = output.find(evaluation::normalise_for_matching(snippet.get<std::string>())) != std::string::npos;
        ++(found ? score.true_positives : score.false_negatives);
        if (!found && verbose) fmt::print("{}: MISSING {}\n", name, snippet.get<std::string>());
    }
    for (const auto& snippet : gold["without"]) {
        bool found = output.find(evaluation::normalise_for_matching(snippet.get<std::string>())) != std::string::npos;
        if (found) ++score.false_positives;
        if (found && verbose) fmt::print("{}: KEPT {}\n", name, snippet.get<std::string>());
    }
}

}  // namespace

int main(int argc, char** argv) try {
    auto dir = evaluation::data_dir(argc, argv, "../shared/data/cleaneval-dev");
    bool verbose = argc > 1 && std::strcmp(argv[argc - 1], "--verbose") == 0;
    auto gold = evaluation::read_json(dir / "gold.json")["articles"];
    evaluation::Score score;
    std::size_t pages = 0;
    for (const auto& [name, page] : gold.items()) {
        auto path = dir / "text" / name;
        if (!std::filesystem::exists(path)) continue;
        std::string output;
        try {
            output = cleaned_output(evaluation::read_text(path));
        } catch (const std::exception& error) {
            fmt::print(stderr, "{}: {}\n", name, error.what());
        }
        score_page(output, page, score, verbose, name);
        ++pages;
    }
    fmt::print(
        "cleaneval-dev: {} pages, precision {:.3f}, recall {:.3f}, F1 {:.3f} "
        "(published, on HTML: jusText 0.862, trafilatura 0.924; naive text dump 0.69)\n",
        pages, score.precision(), score.recall(), score.f1());
    return 0;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-eval-cleaning: {}\n", error.what());
    return 2;
}
