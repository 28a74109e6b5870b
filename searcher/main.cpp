/** @file main.cpp
 *  @brief newsdex-search: options → common/, nothing else.
 */
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "common/output/command_line.hpp"
#include "common/output/json_output.hpp"
#include "common/output/text_output.hpp"
#include "common/schema.hpp"
#include "common/search/option_words.hpp"
#include "common/search/searcher.hpp"
#include "common/version.hpp"
#include "searcher/populated_heap.hpp"

namespace {

struct Options {
    std::string database = std::getenv("NEWSDEX_DB") ? std::getenv("NEWSDEX_DB") : "newsdex.db";
    std::vector<std::string> words;
    newsdex::SearchRequest request;
    std::string sort = "relevance";
    std::string format = "text";
    std::string color = "auto";
    std::vector<std::vector<std::string>> people;     ///< words of each --person
    std::vector<std::vector<std::string>> countries;  ///< words of each --country
};

/// An option that takes several words each time it is given ("--person nicolas maduro"),
/// kept as one group per time. Empty words, as a script's unset variable gives, are
/// dropped; an option left with none is an error naming it.
CLI::Option* add_words_option(CLI::App& app, const std::string& name, std::vector<std::vector<std::string>>& groups,
                              const std::string& help, int most_words) {
    auto keep_group = [&groups, name](const std::vector<std::string>& words) {
        std::vector<std::string> kept;
        for (const auto& word : words) {
            if (!word.empty()) kept.push_back(word);
        }
        if (kept.empty()) throw CLI::ValidationError(name, "needs a value, got an empty one");
        groups.push_back(std::move(kept));
    };
    return app.add_option_function<std::vector<std::string>>(name, keep_group, help)
        ->trigger_on_parse()
        ->allow_extra_args()
        ->expected(1, most_words);
}

std::string fields_help() {
    std::string help =
        "Query syntax: words (all required, bar question words like \"why did the\"; --any for\n"
        "any; a page they leave short goes on with articles that have some), \"a phrase\",\n"
        "AND OR NOT, +word, -word,\n"
        "a NEAR b (within 10 words; NEAR/3 within 3), a ADJ b (the same, in order),\n"
        "word* wildcards, and these fields:\n";
    for (const auto& field : newsdex::schema::fields) {
        help += fmt::format("  {:<9} {} (e.g. {})\n", std::string(field.name) + ":", field.description, field.example);
    }
    return help;
}

constexpr std::string_view examples = R"(
Examples:
  newsdex-search sanctions
  newsdex-search --person lavrov --year 2020
  newsdex-search "\"foreign minister\" venezuela" --country RU --format json
  newsdex-search 'person:lavrov OR person:maduro' --year 2017..2020 --sort date
  newsdex-search sanctions -oil             (-word: articles without it)
)";

void configure(CLI::App& app, Options& options) {
    auto& request = options.request;
    app.add_option("query", options.words, "query words")->type_name("QUERY...");
    app.add_option("--db", options.database, "index folder (env NEWSDEX_DB overrides the default)")
        ->capture_default_str();
    add_words_option(app, "--person", options.people,
                     "only articles naming this person, any spelling; takes several words (repeat: all of them)", 16)
        ->type_name("NAME");
    add_words_option(app, "--country", options.countries,
                     "only articles naming this country, by name or ISO code (repeat: all)", 8)
        ->type_name("NAME|CODE");
    // One value each time, so that words after it are the query ("--year 2020 sanctions").
    app.add_option("--year", request.years, "publication year Y or range Y1..Y2 (repeat: any of them)")
        ->allow_extra_args(false);
    // Bounded, so that a negative count is an error rather than a size wrapped around, and
    // offset + limit cannot overflow.
    const auto count_range = CLI::Range(std::size_t{0}, std::size_t{1'000'000'000});
    app.add_option("--limit", request.limit, "hits to show")->check(count_range)->capture_default_str();
    app.add_option("--offset", request.offset, "hits to skip")->check(count_range)->capture_default_str();
    app.add_option("--facets", request.facet_limit, "entries per facet")->check(count_range)->capture_default_str();
    app.add_option("--sort", options.sort, "relevance or date (newest first)")
        ->check(CLI::IsMember({"relevance", "date"}))
        ->capture_default_str();
    app.add_flag("--any", request.any_word, "match any of the words (ranked) instead of all");
    app.add_option("--format", options.format, "text or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    app.add_option("--color", options.color, "auto, always or never (NO_COLOR is honoured)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    // A callback: the line asks ICU for its version, which a search need not pay for.
    app.set_version_flag("--version",
                         std::function<std::string()>([] { return newsdex::version_line("newsdex-search"); }));
    app.footer(fields_help() + std::string(examples));
}

bool use_color(const std::string& choice) {
    if (choice == "always") return true;
    if (choice == "never" || std::getenv("NO_COLOR") != nullptr) return false;
    return isatty(STDOUT_FILENO);
}

/// Fills the request's filters from the option words; words that name nothing more go to
/// the query (see option_words.hpp).
void resolve_filters(const Xapian::Database& database, Options& options) {
    for (const auto& words : options.people) {
        auto split = newsdex::split_person_words(database, words);
        options.request.people.push_back(split.value);
        options.words.insert(options.words.end(), split.rest.begin(), split.rest.end());
    }
    for (const auto& words : options.countries) {
        auto split = newsdex::split_country_words(words);
        options.request.countries.push_back(split.value);
        options.words.insert(options.words.end(), split.rest.begin(), split.rest.end());
    }
}

int run(Options& options) {
    auto& request = options.request;
    auto database = newsdex::open_database(options.database);
    resolve_filters(database.xapian, options);
    for (const auto& word : options.words) request.query += (request.query.empty() ? "" : " ") + word;
    request.sort = options.sort == "date" ? newsdex::SortOrder::date : newsdex::SortOrder::relevance;
    bool json = options.format == "json";
    newsdex::TextStyle style{!json && use_color(options.color)};
    auto result =
        newsdex::run_search(database, request, json ? newsdex::SnippetMarkers{} : newsdex::snippet_markers(style));
    if (json) {
        std::cout << newsdex::search_result_json(request, result).dump(2) << "\n";
    } else {
        newsdex::print_text(std::cout, result, style);
    }
    return result.hits.empty() && result.total == 0 ? newsdex::exit_code::partial : newsdex::exit_code::ok;
}

int fail(std::string_view message) {
    return newsdex::report_error("newsdex-search", message);
}

/// Runs the search and maps each error to one line; database errors name the index.
int run_guarded(Options& options) try { return run(options); } catch (const Xapian::QueryParserError& error) {
    return fail(fmt::format("malformed query: {}", error.get_msg()));
} catch (const newsdex::UsageError& error) {
    return fail(error.what());
} catch (const newsdex::DatabaseError& error) {
    return fail(error.what());
} catch (const Xapian::Error& error) {
    return fail(fmt::format("{}: {}: {}", options.database, error.get_type(), error.get_msg()));
} catch (const std::exception& error) {
    return fail(error.what());
}

/// Whether `argument` is a query word to leave out ("-oil", "-\"oil price\"", "-été"):
/// a dash before a letter or a quotation mark, which CLI11 would read as an option. Not
/// "-h" (help) nor a negative number ("--limit -1" stays an error).
bool is_excluded_word(std::string_view argument) {
    if (argument.size() < 2 || argument[0] != '-' || argument == "-h") return false;
    auto next = static_cast<unsigned char>(argument[1]);
    return std::isalpha(next) || next == '"' || next >= 0x80;
}

/// The arguments with the words to leave out moved after a "--", where CLI11 takes them
/// for query words ("sanctions -oil" had been "argument not expected: -oil"); the order
/// of a query's words does not change what it finds.
std::vector<char*> excluded_words_last(int argc, char** argv) {
    std::vector<char*> arguments{argv[0]}, excluded;
    bool words_only = false;
    for (int i = 1; i < argc; ++i) {
        words_only = words_only || std::string_view(argv[i]) == "--";
        (!words_only && is_excluded_word(argv[i]) ? excluded : arguments).push_back(argv[i]);
    }
    if (excluded.empty()) return arguments;
    static char words_separator[] = "--";
    if (!words_only) arguments.push_back(words_separator);
    arguments.insert(arguments.end(), excluded.begin(), excluded.end());
    return arguments;
}

}  // namespace

/// The heap a search is given up front, populated (populated_heap.hpp). One process per
/// query, the bench's 60 queries alternated: at 100,000 articles p50 9.53 ms without it
/// against 8.33 with 768 KiB (quest 9.29), BBC 6.58 against 5.76; sizes alternated, 384 /
/// 512 / 768 KiB: 100k 7.84 / 7.79 / 7.85 ms, 2,000 articles 5.89 / 5.75 / 5.86, BBC 5.47
/// / 5.43 / 5.66; 1.5 MiB slower (each page populated and not used costs a little).
constexpr std::size_t populated_heap_bytes = std::size_t{512} << 10;

int main(int argc, char** argv) {
    newsdex::populate_heap(populated_heap_bytes);
    CLI::App app{"newsdex-search: ranked search over a newsdex index, with facets and snippets", "newsdex-search"};
    Options options;
    configure(app, options);
    auto arguments = excluded_words_last(argc, argv);
    if (auto stop =
            newsdex::parse_command_line(app, static_cast<int>(arguments.size()), arguments.data(), "newsdex-search"))
        return *stop;
    return run_guarded(options);
}
