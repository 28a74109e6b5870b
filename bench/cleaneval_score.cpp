/** @file cleaneval_score.cpp
 *  @brief newsdex-eval-cleaning: the cleaner's score on the cleaneval benchmark.
 *
 * Usage: newsdex-eval-cleaning [--data DIR] [--html PAGES] [--verbose | --blocks PAGE]
 * DIR defaults to ../shared/data/cleaneval-dev. Each page's naive text dump is read as
 * newsdex-index reads an article (parse_article) and goes through the real cleaner (the
 * story; see include_title); as trafilatura scores it, a `with` snippet found in the
 * output is a true positive, one missing a false negative, and a `without` snippet found a
 * false positive. Matching folds case, accents and white space, and drops soft hyphens
 * as reading does. --verbose lists each wrong
 * snippet with what the block classifier said about the block holding it, the starting
 * point for improving the cleaner. --blocks PAGE prints every block of one page (e.g.
 * `--blocks bbc.com.52241221.txt`) with its class from its own features, its final class
 * and the reason it was dropped (as read from its HTML when --html comes first). --html PAGES reads each page from
 * PAGES/<stem>.html instead (the set's gzipped pages, unpacked) as newsdex-index reads a saved page
 * (corpus/article.hpp: the page's text, and its headline when the page confirms one).
 */
#include <fmt/format.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>

#include "bench/evaluation_common.hpp"
#include "common/clean/block_classifier.hpp"
#include "common/clean/blocks.hpp"
#include "common/clean/cleaner.hpp"
#include "common/corpus/article.hpp"

using namespace newsdex;

namespace {

/// The first line of each dump is the page's <title> (usually "headline - site"); the
/// headline finder takes it as the title, so the story text alone is what is scored, as
/// trafilatura scores its extracted body. NEWSDEX_EVAL_WITH_TITLE=1 scores title + story.
const bool include_title = std::getenv("NEWSDEX_EVAL_WITH_TITLE") != nullptr;

std::string cleaned_output(const std::string& text, const std::optional<std::string>& given_title) {
    CleanedArticle cleaned = clean_article(text, given_title);
    std::string output = include_title ? cleaned.title : std::string();
    for (const auto& paragraph : cleaned.paragraphs) output += "\n" + paragraph;
    return evaluation::normalise_for_matching(output);
}

/// What the block classifier said about the block holding `snippet`: its reason for
/// dropping it, or how it kept it.
std::string classifier_verdict(const std::vector<ClassifiedBlock>& blocks, const std::string& snippet) {
    static constexpr const char* kept_as[] = {"kept: good", "kept: near-good", "kept: short", "kept"};
    std::string wanted = evaluation::normalise_for_matching(snippet);
    for (const auto& block : blocks) {
        if (evaluation::normalise_for_matching(block.text).find(wanted) == std::string::npos) continue;
        if (block.final != BlockClass::good) return block.reason;
        return kept_as[static_cast<int>(block.initial)];
    }
    return "spans blocks";
}

void score_page(const std::string& output, const std::string& text, const nlohmann::json& gold,
                evaluation::Score& score, bool verbose, const std::string& name) {
    std::vector<ClassifiedBlock> blocks;
    if (verbose) blocks = classify_blocks(split_blocks(text));
    auto report = [&](const char* what, const std::string& snippet) {
        if (verbose) fmt::print("{}: {} {} [{}]\n", name, what, snippet, classifier_verdict(blocks, snippet));
    };
    for (const auto& snippet : gold["with"]) {
        bool found = output.find(evaluation::normalise_for_matching(snippet.get<std::string>())) != std::string::npos;
        ++(found ? score.true_positives : score.false_negatives);
        if (!found) report("MISSING", snippet.get<std::string>());
    }
    for (const auto& snippet : gold["without"]) {
        bool found = output.find(evaluation::normalise_for_matching(snippet.get<std::string>())) != std::string::npos;
        if (found) ++score.false_positives;
        if (found) report("KEPT", snippet.get<std::string>());
    }
}

void print_blocks(const std::string& text) {
    static constexpr const char* class_names[] = {"good", "near-good", "short", "bad"};
    for (const auto& block : classify_blocks(split_blocks(text))) {
        fmt::print("{:>9} -> {:<4} {:<28} | {}\n", class_names[static_cast<int>(block.initial)],
                   block.final == BlockClass::good ? "keep" : "drop", block.reason, block.text);
    }
}

/// The folder after --html, if given.
std::optional<std::filesystem::path> html_folder(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--html") == 0) return std::filesystem::path(argv[i + 1]);
    }
    return std::nullopt;
}

/// A page as the cleaner gets it: its dump, or what newsdex-index reads from its HTML
/// (the text and the headline the page confirms, if any).
Article page_article(const std::filesystem::path& dir, const std::optional<std::filesystem::path>& html,
                     const std::string& name) {
    if (!html) return parse_article(name, evaluation::read_text(dir / "text" / name));
    auto page = std::filesystem::path(name).stem().string() + ".html";
    return parse_article(page, evaluation::read_text(*html / page));
}

}  // namespace

int main(int argc, char** argv) try {
    auto dir = evaluation::data_dir(argc, argv, "../shared/data/cleaneval-dev");
    bool verbose = argc > 1 && std::strcmp(argv[argc - 1], "--verbose") == 0;
    auto html = html_folder(argc, argv);
    if (argc > 2 && std::strcmp(argv[argc - 2], "--blocks") == 0) {
        print_blocks(page_article(dir, html, argv[argc - 1]).text);
        return 0;
    }
    auto gold = evaluation::read_json(dir / "gold.json")["articles"];
    evaluation::Score score;
    std::size_t pages = 0;
    for (const auto& [name, page] : gold.items()) {
        if (!std::filesystem::exists(dir / "text" / name)) continue;
        std::string text, output;
        try {
            Article article = page_article(dir, html, name);
            text = article.text;
            output = cleaned_output(text, article.front_matter.title);
        } catch (const std::exception& error) {
            fmt::print(stderr, "{}: {}\n", name, error.what());
        }
        score_page(output, text, page, score, verbose, name);
        ++pages;
    }
    fmt::print(
        "cleaneval-dev{}: {} pages, precision {:.3f}, recall {:.3f}, F1 {:.3f} "
        "(published, on HTML: jusText 0.862, trafilatura 0.924; naive text dump 0.69)\n",
        html ? " (from the HTML)" : "", pages, score.precision(), score.recall(), score.f1());
    return 0;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-eval-cleaning: {}\n", error.what());
    return 2;
}
