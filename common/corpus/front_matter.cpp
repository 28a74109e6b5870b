/** @file front_matter.cpp
 *  @brief Front matter parsing.
 */
#include "common/corpus/front_matter.hpp"

#include <fmt/format.h>

#include "common/error.hpp"

namespace newsdex {

namespace {

std::string_view trim(std::string_view text) {
    auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

std::string unquote(std::string_view value) {
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
        value = value.substr(1, value.size() - 2);
    }
    return std::string(value);
}

void apply_field(FrontMatter& front_matter, std::string_view line, std::size_t line_number) {
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return;
    std::string_view key = trim(line.substr(0, colon));
    std::string value = unquote(trim(line.substr(colon + 1)));
    if (value.empty()) return;
    if (key == "title") front_matter.title = value;
    if (key == "source") front_matter.source = value;
    if (key == "url") front_matter.url = value;
    if (key == "date") {
        front_matter.date = parse_iso_date(value);
        if (!front_matter.date) {
            throw ArticleError(fmt::format("front matter line {}: invalid date '{}' (want YYYY, YYYY-MM or YYYY-MM-DD)",
                                           line_number, value));
        }
    }
}

}  // namespace

SplitArticle split_front_matter(std::string_view text) {
    if (trim(text.substr(0, text.find('\n'))) != "---") return {{}, std::string(text), 1};
    FrontMatter front_matter;
    std::size_t offset = text.find('\n') + 1;
    for (std::size_t line_number = 2; offset <= text.size(); ++line_number) {
        auto end = text.find('\n', offset);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(offset, end - offset);
        if (trim(line) == "---") {
            std::size_t body_start = std::min(end + 1, text.size());
            return {front_matter, std::string(text.substr(body_start)), line_number + 1};
        }
        apply_field(front_matter, line, line_number);
        if (end == text.size()) break;
        offset = end + 1;
    }
    throw ArticleError("front matter opened on line 1 never closes (no second '---' line)");
}

}  // namespace newsdex
