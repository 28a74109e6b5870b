/** @file command_line.cpp
 *  @brief Shared command-line handling of the two programs.
 */
#include "common/output/command_line.hpp"

#include <fmt/format.h>

#include "common/error.hpp"

namespace newsdex {

int report_error(std::string_view program, std::string_view message) {
    fmt::print(stderr, "{}: {}\n", program, message);
    return exit_code::error;
}

std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv, std::string_view program) {
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return report_error(program, fmt::format("{} (see --help)", e.what()));
    }
    return std::nullopt;
}

}  // namespace newsdex
