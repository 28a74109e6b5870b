/** @file command.hpp
 *  @brief Running the newsdex binaries from tests, as a user would.
 */
#pragma once

#include <string>

namespace newsdex::testing {

struct CommandResult {
    int exit_code = -1;  ///< -1 when the process died of a signal
    std::string out;     ///< standard output
    std::string err;     ///< standard error
};

/// Single-quotes `text` for the shell.
[[nodiscard]] std::string quote(const std::string& text);

/// Runs `command` with /bin/sh, capturing standard output and error.
[[nodiscard]] CommandResult run_command(const std::string& command);

}  // namespace newsdex::testing
