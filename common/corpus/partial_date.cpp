/** @file partial_date.cpp
 *  @brief ISO partial dates.
 */
#include "common/corpus/partial_date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace newsdex {

std::string PartialDate::iso() const {
    if (month == 0) return fmt::format("{:04}", year);
    if (day == 0) return fmt::format("{:04}-{:02}", year, month);
    return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

bool is_valid_day(int year, int month, int day) {
    static constexpr int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int limit = days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= limit;
}

namespace {
std::optional<int> parse_digits(std::string_view text, std::size_t count) {
    if (text.size() != count) return std::nullopt;
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}
}  // namespace

std::optional<PartialDate> parse_iso_date(std::string_view text) {
    auto year = parse_digits(text.substr(0, 4), 4);
    if (!year || *year < 1000 || *year > 2999) return std::nullopt;
    if (text.size() == 4) return PartialDate{*year, 0, 0};
    if (text.size() < 7 || text[4] != '-') return std::nullopt;
    auto month = parse_digits(text.substr(5, 2), 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    if (text.size() == 7) return PartialDate{*year, *month, 0};
    if (text.size() != 10 || text[7] != '-') return std::nullopt;
    auto day = parse_digits(text.substr(8, 2), 2);
    if (!day || !is_valid_day(*year, *month, *day)) return std::nullopt;
    return PartialDate{*year, *month, *day};
}

}  // namespace newsdex
