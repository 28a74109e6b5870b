/** @file version.hpp
 *  @brief Version strings.
 */
#pragma once

#include <string>
#include <string_view>

namespace newsdex {

inline constexpr std::string_view version = "0.1.0";

/// Bump when cleaning or extraction changes what a document holds: every file's signature
/// changes with it, so the next run re-indexes everything without --rebuild.
inline constexpr std::string_view pipeline_version = "pipeline-21";

/// "newsdex-X 0.1.0 (Xapian 1.4.22, ICU 72.1)".
[[nodiscard]] std::string version_line(std::string_view program);

}  // namespace newsdex
