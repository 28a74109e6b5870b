/** @file partial_date.hpp
 *  @brief A publication date known to the year, the month or the day.
 */
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsdex {

struct PartialDate {
    int year = 0;
    int month = 0;  ///< 0 when unknown
    int day = 0;    ///< 0 when unknown

    /// "YYYY", "YYYY-MM" or "YYYY-MM-DD": sorts correctly as text.
    [[nodiscard]] std::string iso() const;
    bool operator==(const PartialDate&) const = default;
};

/// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1000-2999, real calendar days);
/// nullopt for anything else.
[[nodiscard]] std::optional<PartialDate> parse_iso_date(std::string_view text);

/// True when day `day` exists in `month` of `year`.
[[nodiscard]] bool is_valid_day(int year, int month, int day);

}  // namespace newsdex
