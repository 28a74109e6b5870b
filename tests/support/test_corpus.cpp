/** @file test_corpus.cpp
 *  @brief Temporary corpora for tests.
 */
#include "tests/support/test_corpus.hpp"

#include <fmt/format.h>

#include <fstream>
#include <random>
#include <stdexcept>
#include <vector>

namespace fs = std::filesystem;

namespace newsdex::testing {

TemporaryFolder::TemporaryFolder() {
    std::random_device random;
    path_ = fs::temp_directory_path() / ("newsdex-test-" + std::to_string(random()) + std::to_string(random()));
    fs::create_directories(path_);
}

TemporaryFolder::~TemporaryFolder() {
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
}

void write_file(const fs::path& folder, std::string_view name, std::string_view content) {
    fs::path path = folder / name;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

fs::path seed_corpus() {
    return fs::path(NEWSDEX_SOURCE_DIR) / "corpus";
}

void copy_seed_corpus(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(seed_corpus())) {
        fs::copy_file(entry.path(), folder / entry.path().filename());
    }
}

std::string word_combination_article(std::size_t number) {
    static const std::vector<std::string> words = {"economy", "growth", "election", "minister",
                                                   "airline", "budget", "strike"};
    static const std::vector<std::string> countries = {"France", "Japan", "Brazil", "Kenya", "Canada"};
    std::string body;
    for (std::size_t bit = 0; bit < words.size(); ++bit) {
        if ((number >> bit & 1) == 0) continue;
        for (std::size_t time = 0; time <= (number / 3 + bit) % 4; ++time) {
            body += fmt::format("The {} was in the news again. ", words[bit]);
        }
    }
    for (std::size_t filler = 0; filler < number % 9; ++filler) {
        body += "Officials met the unions on Monday to talk about plans for the spring. ";
    }
    return fmt::format("---\ndate: {}-05-01\n---\nReport {} from {} on the {}\n\n{} Talks are due in {} next month.\n",
                       2015 + number % 4, number, countries[number % countries.size()], words[number % words.size()],
                       body, countries[(number + 2) % countries.size()]);
}

const std::vector<std::string> phrase_sentences = {
    "The chief executive of the airline said profits would rise this year.",
    "Executive pay at its chief rival fell for the third year running.",
    "Prime Minister Tony Blair met the chief executive of the carmaker.",
    "Officials said the general election would be held in the spring.",
    "The election was general news across the region, officials said.",
    "Shares in the company closed higher on Friday after strong sales.",
    "Chancellor Gordon Brown said interest rates would stay low.",
    "The minister was a prime target for critics of the budget.",
};

}  // namespace newsdex::testing
