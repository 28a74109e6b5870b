/** @file generate_corpus.cpp
 *  @brief newsdex-bench-generate: a large, deterministic benchmark corpus made of real
 *  sentences.
 *
 * Usage: newsdex-bench-generate SOURCE_DIR OUTPUT_DIR COUNT [SEED]
 * Sentences and headlines come from the articles under SOURCE_DIR (the BBC set), so term
 * statistics stay those of real news; each article recombines 10-40 of them with varied
 * people, countries and dates (front matter), written as OUTPUT_DIR/NNN/NNNNNN.txt.
 */
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

#include "common/text/sentences.hpp"

namespace fs = std::filesystem;

namespace {

struct SourceText {
    std::vector<std::string> headlines;
    std::vector<std::string> sentences;
};

SourceText read_source(const fs::path& dir) {
    SourceText source;
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::string line;
        std::getline(in, line);
        source.headlines.push_back(line);
        while (std::getline(in, line)) {
            for (auto& sentence : newsdex::split_sentences(line)) {
                if (sentence.size() > 30) source.sentences.push_back(std::move(sentence));
            }
        }
    }
    return source;
}

const std::vector<std::string> given_names{"Maria",  "James",   "Sergei", "Amina", "Chen",   "Olga",  "Pedro",
                                           "Fatima", "Hiroshi", "Anna",   "Kwame", "Lucia",  "Ahmed", "Ingrid",
                                           "Ravi",   "Elena",   "Tomasz", "Nadia", "Carlos", "Mei"};
const std::vector<std::string> surnames{
    "Petrov", "Okafor",  "Lindqvist", "Moreau", "Tanaka",  "Rossi",     "Haddad", "Kowalski", "Nakamura", "Silva",
    "Novak",  "Fischer", "Gonzalez",  "Mensah", "Ivanova", "Chowdhury", "Dubois", "Schmidt",  "Park",     "Oliveira"};
const std::vector<std::string> countries{"France", "Germany", "Brazil", "Japan",     "Nigeria",   "India", "Canada",
                                         "Mexico", "Poland",  "Egypt",  "Kenya",     "Norway",    "Chile", "Vietnam",
                                         "Turkey", "Spain",   "Italy",  "Australia", "Argentina", "Sweden"};
const std::vector<std::string> roles{"Foreign Minister",     "Finance Minister", "President",
                                     "chief executive",      "spokeswoman",      "Trade Secretary",
                                     "central bank governor"};

template <typename T>
const T& pick(std::mt19937_64& random, const std::vector<T>& items) {
    return items[random() % items.size()];
}

std::string make_article(std::mt19937_64& random, const SourceText& source) {
    std::string text = fmt::format("---\ndate: {}-{:02}-{:02}\n---\n{}\n\n", 2000 + random() % 25, 1 + random() % 12,
                                   1 + random() % 28, pick(random, source.headlines));
    std::size_t sentences = 10 + random() % 31;
    for (std::size_t i = 0; i < sentences; ++i) {
        if (i % 8 == 1) {
            text += fmt::format("{} {} {} said talks with {} would continue next week. ", pick(random, roles),
                                pick(random, given_names), pick(random, surnames), pick(random, countries));
        }
        text += pick(random, source.sentences);
        text += i % 4 == 3 ? "\n\n" : " ";
    }
    return text + "\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        fmt::print(stderr, "usage: newsdex-bench-generate SOURCE_DIR OUTPUT_DIR COUNT [SEED]\n");
        return 2;
    }
    SourceText source = read_source(argv[1]);
    if (source.sentences.empty()) {
        fmt::print(stderr, "newsdex-bench-generate: {}: no sentences found\n", argv[1]);
        return 2;
    }
    fs::path output = argv[2];
    std::size_t count = std::stoul(argv[3]);
    std::mt19937_64 random(argc > 4 ? std::stoull(argv[4]) : 20261122);
    for (std::size_t i = 0; i < count; ++i) {
        fs::path file = output / fmt::format("{:03}", i / 1000) / fmt::format("{:06}.txt", i);
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << make_article(random, source);
    }
    return 0;
}
