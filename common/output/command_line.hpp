/** @file command_line.hpp
 *  @brief What both programs do with their command line and their errors.
 */
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string_view>

namespace newsdex {

/// Prints "program: message" on stderr; returns exit_code::error.
int report_error(std::string_view program, std::string_view message);

/// Parses the command line. Returns the exit code when the program must stop here
/// (after --help or --version: 0; a bad option: one line on stderr and 2).
[[nodiscard]] std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv, std::string_view program);

}  // namespace newsdex
