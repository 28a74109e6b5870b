/** @file evaluation_common.cpp
 *  @brief Evaluation helpers.
 */
#include "bench/evaluation_common.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "common/clean/blocks.hpp"
#include "common/text/fold.hpp"
#include "common/text/utf8.hpp"

namespace newsdex::evaluation {

std::filesystem::path data_dir(int argc, char** argv, std::string_view default_dir) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string_view(argv[i]) == "--data") return argv[i + 1];
    }
    return std::filesystem::path(NEWSDEX_SOURCE_DIR) / default_dir;
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path.string() + ": cannot open");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

nlohmann::json read_json(const std::filesystem::path& path) {
    try {
        return nlohmann::json::parse(read_text(path));
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error(path.string() + ": " + error.what());
    }
}

std::string normalise_for_matching(std::string_view text) {
    // The gold snippets keep the soft hyphens that newsdex drops on reading (utf8.hpp).
    return collapse_whitespace(fold(utf8::scrub_controls(text)));
}

double Score::precision() const {
    auto found = true_positives + false_positives;
    return found == 0 ? 0.0 : static_cast<double>(true_positives) / static_cast<double>(found);
}

double Score::recall() const {
    auto wanted = true_positives + false_negatives;
    return wanted == 0 ? 0.0 : static_cast<double>(true_positives) / static_cast<double>(wanted);
}

double Score::f1() const {
    double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace newsdex::evaluation
