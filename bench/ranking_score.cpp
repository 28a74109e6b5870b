/** @file ranking_score.cpp
 *  @brief newsdex-eval-ranking: how good the first page is, against relevance judged by
 *  hand, with proximity ranking (search/proximity.hpp) and without.
 *
 * Usage: newsdex-eval-ranking DB JUDGMENTS [--pool QUERIES]
 *
 * JUDGMENTS: lines "query<TAB>article path<TAB>grade" (0 not relevant, 1 relevant, 2 the
 * query's subject), '#' comments. For each query it prints P@10 (grade 1 or more) and
 * nDCG@10 (gain 2^grade − 1, the ideal order from every judged article) both ways, how
 * many of the top ten nobody judged (counted as not relevant), and the means.
 *
 * --pool QUERIES: instead prints, for each query of the file QUERIES, the articles of
 * either top ten not yet in JUDGMENTS (a file that need not exist yet), as lines to judge:
 * "query<TAB>path<TAB>?<TAB>headline | opening words | snippet".
 */
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>

#include "bench/latency.hpp"
#include "common/search/searcher.hpp"

namespace {

using Grades = std::map<std::string, int>;  // by article path

struct Judgments {
    std::vector<std::string> queries;  // in file order
    std::map<std::string, Grades> grades;
};

std::string query_text(const std::string& line) {
    return line.substr(0, line.find('\t'));
}

Judgments read_judgments(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read");
    Judgments judgments;
    std::size_t line_number = 0;
    for (std::string line; std::getline(in, line);) {
        ++line_number;
        if (line.empty() || line.front() == '#') continue;
        auto first = line.find('\t'), second = line.find('\t', first + 1);
        if (first == std::string::npos || second == std::string::npos) {
            throw std::runtime_error(fmt::format("{}:{}: want query<TAB>path<TAB>grade", path, line_number));
        }
        std::string query = line.substr(0, first), article = line.substr(first + 1, second - first - 1);
        std::string grade_text = line.substr(second + 1);
        if (grade_text != "0" && grade_text != "1" && grade_text != "2") {
            // An unjudged line of --pool ("?") must not count as "not relevant".
            throw std::runtime_error(fmt::format("{}:{}: grade '{}' is not 0, 1 or 2 ({})", path, line_number,
                                                 grade_text, query_text(line)));
        }
        int grade = grade_text[0] - '0';
        if (!judgments.grades.contains(query)) judgments.queries.push_back(query);
        judgments.grades[query][article] = grade;
    }
    return judgments;
}

std::vector<newsdex::Hit> first_page(newsdex::SearchDatabase& database, const std::string& query, bool proximity) {
    newsdex::SearchRequest request;
    request.query = query;
    request.proximity = proximity;
    auto result = newsdex::run_search(database, request, newsdex::SnippetMarkers{});
    std::vector<newsdex::Hit> hits;
    for (auto& hit : result.hits) {
        if (!hit.partial) hits.push_back(std::move(hit));
    }
    return hits;
}

struct PageScore {
    double precision = 0, ndcg = 0;
    std::size_t unjudged = 0;
};

double gain(int grade) {
    return std::pow(2.0, grade) - 1;
}

PageScore score_page(const std::vector<newsdex::Hit>& hits, const Grades& grades) {
    PageScore score;
    double found = 0;
    for (std::size_t rank = 0; rank < hits.size(); ++rank) {
        auto judged = grades.find(hits[rank].article.path);
        if (judged == grades.end()) {
            ++score.unjudged;
            continue;
        }
        if (judged->second > 0) score.precision += 0.1;
        found += gain(judged->second) / std::log2(static_cast<double>(rank) + 2);
    }
    std::vector<int> best;
    for (const auto& [path, grade] : grades) best.push_back(grade);
    std::sort(best.rbegin(), best.rend());
    double ideal = 0;
    for (std::size_t rank = 0; rank < best.size() && rank < 10; ++rank)
        ideal += gain(best[rank]) / std::log2(static_cast<double>(rank) + 2);
    score.ndcg = ideal > 0 ? found / ideal : 0;
    return score;
}

void evaluate(newsdex::SearchDatabase& database, const Judgments& judgments, const std::string& path) {
    if (judgments.queries.empty()) throw std::runtime_error(path + ": no judgments in it");
    fmt::print("{:<28} {:>14} {:>14} {:>10}\n", "query", "P@10 bm25/prox", "nDCG bm25/prox", "unjudged");
    PageScore sum_plain, sum_proximity;
    for (const auto& query : judgments.queries) {
        const Grades& grades = judgments.grades.at(query);
        PageScore plain = score_page(first_page(database, query, false), grades);
        PageScore proximity = score_page(first_page(database, query, true), grades);
        fmt::print("{:<28} {:>6.2f} / {:<5.2f} {:>6.3f} / {:<5.3f} {:>4} / {}\n", query, plain.precision,
                   proximity.precision, plain.ndcg, proximity.ndcg, plain.unjudged, proximity.unjudged);
        for (auto [sum, score] : {std::pair{&sum_plain, plain}, std::pair{&sum_proximity, proximity}}) {
            sum->precision += score.precision;
            sum->ndcg += score.ndcg;
            sum->unjudged += score.unjudged;
        }
    }
    auto count = static_cast<double>(judgments.queries.size());
    fmt::print("{:<28} {:>6.3f} / {:<5.3f} {:>6.3f} / {:<5.3f} {:>4} / {}\n", "mean", sum_plain.precision / count,
               sum_proximity.precision / count, sum_plain.ndcg / count, sum_proximity.ndcg / count, sum_plain.unjudged,
               sum_proximity.unjudged);
}

/// The headline, the opening words of the body and the snippet, on one line: a judge
/// sees where the words stand, not only how the article starts.
std::string summary(const newsdex::Hit& hit) {
    std::string line = hit.article.title + " | " + hit.article.body.substr(0, 200) + " | " + hit.snippet;
    std::replace(line.begin(), line.end(), '\n', ' ');
    std::replace(line.begin(), line.end(), '\t', ' ');
    return line;
}

void pool(newsdex::SearchDatabase& database, const Judgments& judgments, const std::string& queries_path) {
    auto queries = newsdex::bench::read_queries(queries_path);
    if (queries.empty()) throw std::runtime_error(queries_path + ": no queries (missing or empty)");
    for (const auto& query : queries) {
        std::set<std::string> shown;
        auto known = judgments.grades.find(query);
        for (bool proximity : {false, true}) {
            for (const auto& hit : first_page(database, query, proximity)) {
                const std::string& path = hit.article.path;
                if ((known != judgments.grades.end() && known->second.contains(path)) || !shown.insert(path).second)
                    continue;
                fmt::print("{}\t{}\t?\t{}\n", query, path, summary(hit));
            }
        }
    }
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc != 3 && !(argc == 5 && std::string(argv[3]) == "--pool")) {
        fmt::print(stderr, "usage: newsdex-eval-ranking DB JUDGMENTS [--pool QUERIES]\n");
        return 2;
    }
    auto database = newsdex::open_database(argv[1]);
    Judgments judgments = argc == 5 && !std::ifstream(argv[2]) ? Judgments{} : read_judgments(argv[2]);
    if (argc == 5) {
        pool(database, judgments, argv[4]);
    } else {
        evaluate(database, judgments, argv[2]);
    }
    return 0;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-eval-ranking: {}\n", error.what());
    return 2;
}
