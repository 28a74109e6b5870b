/** @file main.cpp
 *  @brief newsdex-index: options → common/, nothing else.
 */
#include <fmt/format.h>
#include <unistd.h>
#include <xapian.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>

#include "common/error.hpp"
#include "common/index/index_run.hpp"
#include "common/index/index_status.hpp"
#include "common/index/pipeline.hpp"
#include "common/output/command_line.hpp"
#include "common/output/json_output.hpp"
#include "common/text/utf8.hpp"
#include "common/version.hpp"
#include "indexer/progress.hpp"

namespace {

struct Options {
    std::string database = std::getenv("NEWSDEX_DB") ? std::getenv("NEWSDEX_DB") : "newsdex.db";
    std::string corpus = "corpus";
    bool rebuild = false;
    bool quiet = false;
    bool follow_links = false;
    bool status = false;
    bool wait = false;
    bool shard = false;
    unsigned threads = 0;
    std::size_t batch = 500;
    std::vector<std::string> extract;
    std::string format = "json";
};

constexpr std::string_view examples = R"(Examples:
  newsdex-index                             index ./corpus into ./newsdex.db (only what changed)
  newsdex-index --db ~/news.db --corpus ~/articles
  newsdex-index --rebuild                   build afresh beside the old index, then swap
  newsdex-index --shard --db shard1 --corpus part1   a shard to serve with xapian-tcpsrv
  newsdex-index --status                    what is indexed, stale or failed (changes nothing)
  newsdex-index --extract corpus/a.txt      show how one article is cleaned and filed (JSON)
)";

void configure(CLI::App& app, Options& options) {
    app.add_option("--db", options.database, "index folder (env NEWSDEX_DB overrides the default)")
        ->capture_default_str();
    app.add_option("--corpus", options.corpus,
                   "folder of articles (*.txt and saved web pages *.html, *.htm, *.xhtml; searched recursively)")
        ->capture_default_str();
    app.add_flag("--rebuild", options.rebuild, "build a fresh index beside the old one and swap it in atomically");
    app.add_flag("-q,--quiet", options.quiet, "no progress line, only the summary");
    app.add_flag("--status", options.status, "show what is indexed, stale and failed; change nothing");
    app.add_flag("--wait", options.wait, "wait for another indexer to finish instead of failing");
    app.add_flag("--shard", options.shard,
                 "build a shard, to search together with others (stub file, xapian-tcpsrv); "
                 "bigger, as Xapian's own positions and facet values are kept");
    app.add_flag("--follow-links", options.follow_links, "follow symbolic links that lead outside the corpus");
    // Bounded: a mistyped count of threads had failed as the database's "Resource
    // temporarily unavailable", and CLI11's PositiveNumber names its range in doubles.
    app.add_option("--threads", options.threads, "article workers (0: one per core)")
        ->check(CLI::Range(0U, 256U))
        ->capture_default_str();
    app.add_option("--batch", options.batch, "documents per commit")
        ->check(CLI::Range(1U, 1'000'000U))
        ->capture_default_str();
    // CLI11 gives an option its first value even when that looks like another option,
    // so "--extract --format text a.txt" had read "--format" and "text" as files.
    const CLI::Validator file_not_option(
        [](std::string& value) {
            if (value.size() < 2 || value.front() != '-') return std::string();
            return fmt::format("'{}' is an option, not a FILE; put the FILEs right after --extract", value);
        },
        "FILE");
    app.add_option("--extract", options.extract, "print how FILEs are cleaned and what is extracted; no database")
        ->type_name("FILE...")
        ->check(file_not_option);
    app.add_option("--format", options.format, "output of --extract")
        ->check(CLI::IsMember({"json", "text"}))
        ->capture_default_str();
    // A callback: the line asks ICU for its version, which a run that is not --version need not pay for.
    app.set_version_flag("--version",
                         std::function<std::string()>([] { return newsdex::version_line("newsdex-index"); }));
    app.footer(std::string(examples));
}

void print_extract_text(const newsdex::ProcessedArticle& article) {
    const auto& stored = article.stored;
    auto print = [](std::string_view label, std::string_view value) {
        fmt::print("{:<10} {}\n", label, newsdex::utf8::scrub_controls(value));
    };
    print("path", stored.path);
    print("title", stored.title);
    print("language", article.language.empty() ? "-" : article.language);
    print("date", stored.date.empty() ? "-" : fmt::format("{} ({})", stored.date, stored.year_source));
    for (const auto& person : stored.people) print("person", fmt::format("{} ({})", person.name, person.mentions));
    for (const auto& c : stored.countries) print("country", fmt::format("{} {} ({})", c.code, c.name, c.mentions));
    fmt::print("\n{}\n", newsdex::utf8::scrub_controls(stored.body));
    for (const auto& removed : article.removed) print("removed", removed);
    fmt::print("\n");
}

int run_extract(const Options& options) {
    int status = newsdex::exit_code::ok;
    for (const auto& file : options.extract) {
        try {
            auto article = newsdex::process_file(file, file);
            if (options.format == "json") {
                std::cout << newsdex::extract_json(article).dump() << "\n";
            } else {
                print_extract_text(article);
            }
        } catch (const newsdex::ArticleError& error) {
            fmt::print(stderr, "newsdex-index: {}: {}\n", newsdex::utf8::scrub_controls(file), error.what());
            status = newsdex::exit_code::partial;
        }
    }
    return status;
}

newsdex::IndexOptions to_index_options(const Options& options) {
    return {options.database, options.corpus,  options.rebuild, options.follow_links,
            options.batch,    options.threads, options.wait,    options.shard};
}

void print_paths(std::string_view label, const std::vector<std::string>& paths) {
    for (const auto& path : paths) fmt::print("  {:<8} {}\n", label, newsdex::utf8::scrub_controls(path));
}

int run_status(const Options& options) {
    auto status = newsdex::index_status(to_index_options(options));
    fmt::print(
        "{}: {}{} ({}): {} articles indexed; {} up to date, {} new, {} changed, {} deleted; {} failed last "
        "run\n",
        options.database, status.generation, status.shard ? ", a shard" : "", options.corpus, status.indexed,
        status.up_to_date, status.new_files.size(), status.changed.size(), status.deleted.size(), status.failed.size());
    print_paths("new", status.new_files);
    print_paths("changed", status.changed);
    print_paths("deleted", status.deleted);
    for (const auto& failure : status.failed) {
        fmt::print("  {:<8} {}: {}\n", "failed", newsdex::utf8::scrub_controls(failure.path), failure.reason);
    }
    return newsdex::exit_code::ok;
}

int run_index(const Options& options) {
    bool show_progress = !options.quiet && isatty(STDERR_FILENO);
    newsdex::ProgressLine progress(show_progress);
    newsdex::IndexCallbacks callbacks;
    callbacks.progress = [&](std::size_t done, std::size_t total) { progress.update(done, total); };
    callbacks.failure = [&](const newsdex::IndexFailure& failure) {
        progress.finish();
        fmt::print(stderr, "newsdex-index: {}: {}\n", newsdex::utf8::scrub_controls(failure.path), failure.reason);
    };
    auto index_options = to_index_options(options);
    auto summary = newsdex::run_index(index_options, callbacks);
    progress.finish();
    for (const auto& warning : summary.warnings) fmt::print(stderr, "newsdex-index: warning: {}\n", warning);
    fmt::print("{} added, {} updated, {} removed, {} unchanged, {} failed in {:.2f} s\n", summary.added,
               summary.updated, summary.removed, summary.unchanged, summary.failures.size(), summary.seconds);
    return summary.failures.empty() ? newsdex::exit_code::ok : newsdex::exit_code::partial;
}

int fail(std::string_view message) {
    return newsdex::report_error("newsdex-index", message);
}

/// Runs the chosen job and maps each error to one line that names the index or file.
int run_guarded(const Options& options) try {
    if (!options.extract.empty()) return run_extract(options);
    if (options.status) return run_status(options);
    return run_index(options);
} catch (const newsdex::DatabaseError& error) {
    return fail(error.what());
} catch (const Xapian::DatabaseLockError& error) {
    return fail(fmt::format("{}: locked by another writer ({}); is newsdex-index already running?", options.database,
                            error.get_msg()));
} catch (const Xapian::DatabaseCorruptError& error) {
    return fail(fmt::format("{}: the index is corrupt ({}); re-run with --rebuild", options.database, error.get_msg()));
} catch (const Xapian::Error& error) {
    return fail(fmt::format("{}: {}: {}", options.database, error.get_type(), error.get_msg()));
} catch (const std::filesystem::filesystem_error& error) {
    return fail(fmt::format("{}: {}", error.path1().string(), error.code().message()));
} catch (const std::exception& error) {
    return fail(fmt::format("{}: {}", options.database, error.what()));
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"newsdex-index: clean, extract and index a folder of news articles", "newsdex-index"};
    Options options;
    configure(app, options);
    if (auto stop = newsdex::parse_command_line(app, argc, argv, "newsdex-index")) return *stop;
    return run_guarded(options);
}
