/** @file command.cpp
 *  @brief popen-based command runner for tests.
 */
#include "tests/support/command.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "tests/support/test_corpus.hpp"

namespace newsdex::testing {

std::string quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

CommandResult run_command(const std::string& command) {
    TemporaryFolder folder;
    std::string err_path = (folder.path() / "stderr").string();
    CommandResult result;
    FILE* pipe = popen((command + " 2>" + quote(err_path)).c_str(), "r");
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) result.out.append(buffer.data(), n);
    int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream err(err_path);
    std::stringstream text;
    text << err.rdbuf();
    result.err = text.str();
    return result;
}

}  // namespace newsdex::testing
