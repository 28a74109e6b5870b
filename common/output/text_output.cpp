/** @file text_output.cpp
 *  @brief Text rendering of search results.
 */
#include "common/output/text_output.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "common/text/utf8.hpp"

namespace newsdex {

namespace {

constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view dim = "\x1b[2m";
constexpr std::string_view highlight = "\x1b[1;33m";
constexpr std::string_view reset = "\x1b[0m";
/// The longest bar of the years chart, in characters.
constexpr std::size_t bar_width = 30;

std::string styled(const TextStyle& style, std::string_view code, std::string_view text) {
    std::string clean = utf8::scrub_controls(text);
    if (!style.color) return clean;
    return fmt::format("{}{}{}", code, clean, reset);
}

std::string year_text(const StoredArticle& article) {
    return article.year ? fmt::format(" ({})", *article.year) : std::string();
}

std::string people_line(const StoredArticle& article) {
    std::string line;
    for (const auto& person : article.people) line += (line.empty() ? "" : ", ") + person.name;
    return line;
}

std::string countries_line(const StoredArticle& article) {
    std::string line;
    for (const auto& country : article.countries) line += (line.empty() ? "" : ", ") + country.code;
    return line;
}

void print_hit(std::ostream& out, const Hit& hit, const TextStyle& style) {
    const StoredArticle& article = hit.article;
    out << fmt::format("{:>3}. {}{}\n", hit.rank, styled(style, bold, article.title), year_text(article));
    out << "     " << styled(style, dim, fmt::format("{}  score {:.2f}", article.path, hit.score));
    if (hit.same_text_as) {
        // Its people, countries and snippet are those shown for the hit it repeats.
        out << "  " << fmt::format("same text as {}", *hit.same_text_as) << "\n\n";
        return;
    }
    out << "\n";
    if (!article.people.empty()) out << "     people: " << utf8::scrub_controls(people_line(article)) << "\n";
    if (!article.countries.empty()) out << "     countries: " << countries_line(article) << "\n";
    // The snippet is scrubbed before markers go in (see searcher), so colour codes survive.
    if (!hit.snippet.empty()) out << "     " << hit.snippet << "\n";
    out << "\n";
}

void print_years(std::ostream& out, const std::vector<YearCount>& years, const TextStyle& style) {
    if (years.empty()) return;
    std::size_t most = 0;
    for (const auto& year : years) most = std::max(most, year.count);
    out << styled(style, bold, "Years") << "\n";
    std::string_view block = style.color ? "\u2588" : "#";
    for (int y = years.front().year; y <= years.back().year; ++y) {
        auto found = std::find_if(years.begin(), years.end(), [y](const YearCount& c) { return c.year == y; });
        std::size_t count = found == years.end() ? 0 : found->count;
        std::size_t length = most == 0 ? 0 : std::max<std::size_t>(count > 0, count * bar_width / most);
        std::string bar;
        for (std::size_t i = 0; i < length; ++i) bar += block;
        out << fmt::format("  {} {} {}\n", y, bar, count);
    }
}

void print_facets(std::ostream& out, const Facets& facets, const TextStyle& style) {
    if (!facets.people.empty()) {
        out << styled(style, bold, "People") << "\n";
        for (const auto& p : facets.people) out << fmt::format("  {:>5}  {}\n", p.count, utf8::scrub_controls(p.name));
    }
    if (!facets.countries.empty()) {
        out << styled(style, bold, "Countries") << "\n";
        for (const auto& c : facets.countries) out << fmt::format("  {:>5}  {} {}\n", c.count, c.code, c.name);
    }
    print_years(out, facets.years, style);
}

/// Nothing matched and nothing is shown: say what would, so the user need not guess.
void print_no_match(std::ostream& out, const SearchResult& result) {
    if (std::size_t some = result.total_with_some_words.value_or(0); some > 0) {
        // Shown in relevance order (add_partial_hits), so here a date listing or a page past them.
        out << fmt::format("No article has every word; {} article{} some of them.\n", some,
                           some == 1 ? " has" : "s have");
        return;
    }
    out << "No articles match. Try fewer words, another spelling, or fewer filters.\n";
}

/// The header: how many articles have every word, and how many more some of them when
/// the page shows those too.
void print_totals(std::ostream& out, const SearchResult& result) {
    std::size_t some = result.total_with_some_words.value_or(0);
    bool partial_hits = !result.hits.empty() && result.hits.back().partial;
    if (result.total == 0) {
        out << fmt::format("No article has every word; {} article{} some of them", some, some == 1 ? " has" : "s have");
    } else {
        out << fmt::format("{} matching article{}", result.total, result.total == 1 ? "" : "s");
        if (partial_hits) out << fmt::format(" ({} with some of the words)", some);
    }
    if (!result.hits.empty()) {
        out << fmt::format(", showing {}-{}", result.hits.front().rank, result.hits.back().rank);
    }
    out << "\n\n";
}

}  // namespace

SnippetMarkers snippet_markers(const TextStyle& style) {
    if (style.color) return {std::string(highlight), std::string(reset)};
    return {"**", "**"};
}

void print_text(std::ostream& out, const SearchResult& result, const TextStyle& style) {
    if (result.did_you_mean) {
        std::string suggestion = utf8::scrub_controls(*result.did_you_mean);
        out << (result.corrected
                    ? fmt::format("No article has every word as typed; showing results for: {}\n", suggestion)
                    : fmt::format("Did you mean: {}\n", suggestion));
    }
    if (result.total == 0 && result.hits.empty()) {
        print_no_match(out, result);
        return;
    }
    print_totals(out, result);
    bool partial_shown = false;
    for (const auto& hit : result.hits) {
        if (hit.partial && !partial_shown) {
            out << styled(style, bold, "With some of the words:") << "\n\n";
            partial_shown = true;
        }
        print_hit(out, hit, style);
    }
    print_facets(out, result.facets, style);
}

}  // namespace newsdex
