/** @file version.cpp
 *  @brief Version strings with the library versions linked in.
 */
#include "common/version.hpp"

#include <fmt/format.h>
#include <unicode/uversion.h>
#include <xapian.h>

namespace newsdex {

std::string version_line(std::string_view program) {
    UVersionInfo icu_version;
    u_getVersion(icu_version);
    char icu_text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu_version, icu_text);
    return fmt::format("{} {} (Xapian {}, ICU {})", program, version, Xapian::version_string(), icu_text);
}

}  // namespace newsdex
