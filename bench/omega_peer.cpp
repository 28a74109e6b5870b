/** @file omega_peer.cpp
 *  @brief newsdex-bench-omega: searching an omindex database the way omega does: BM25 top
 *  10, each with MSet::snippet() over the document's text.
 *
 * Usage: newsdex-bench-omega DB CORPUS QUERIES ROUNDS [--warmup N] [--samples FILE]
 * omindex stores only a sample of the text, so the snippet text is read from the file
 * (CORPUS + the document's url), as omega's $snippet does from its own source.
 */
#include <fmt/format.h>
#include <xapian.h>

#include <fstream>
#include <sstream>

#include "bench/latency.hpp"

namespace {

std::string document_text(const Xapian::Document& document, const std::string& corpus) {
    std::string data = document.get_data();
    auto start = data.find("url=");
    if (start == std::string::npos) return {};
    auto end = data.find('\n', start);
    std::ifstream in(corpus + data.substr(start + 4, end - start - 4), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc < 5) {
        fmt::print(stderr, "usage: newsdex-bench-omega DB CORPUS QUERIES ROUNDS [--warmup N] [--samples FILE]\n");
        return 2;
    }
    auto run = newsdex::bench::parse_warm_run(argc, argv, 4);
    Xapian::Database database(argv[1]);
    Xapian::Stem stemmer("english");
    Xapian::QueryParser parser;
    parser.set_database(database);
    parser.set_stemmer(stemmer);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    parser.add_prefix("title", "S");
    newsdex::bench::LatencyRecorder recorder;
    std::size_t snippets = 0;
    for (int round = 0; round < run.warmup_rounds + run.rounds; ++round) {
        recorder.set_recording(round >= run.warmup_rounds);
        for (const auto& query : newsdex::bench::read_queries(argv[3])) {
            recorder.time([&] {
                Xapian::Enquire enquire(database);
                enquire.set_query(parser.parse_query(query, Xapian::QueryParser::FLAG_DEFAULT));
                Xapian::MSet matches = enquire.get_mset(0, 10);
                for (auto it = matches.begin(); it != matches.end(); ++it) {
                    snippets += matches.snippet(document_text(it.get_document(), argv[2]), 200, stemmer).size();
                }
            });
        }
    }
    if (!run.samples_path.empty()) newsdex::bench::append_samples(run.samples_path, recorder.samples());
    fmt::print("{} snippet_bytes={}\n", recorder.summary(), snippets);
    return 0;
} catch (const Xapian::Error& error) {
    fmt::print(stderr, "newsdex-bench-omega: {}\n", error.get_description());
    return 2;
} catch (const std::exception& error) {
    fmt::print(stderr, "newsdex-bench-omega: {}\n", error.what());
    return 2;
}
