/** @file publication_date.cpp
 *  @brief Datelines and "published on" lines.
 */
#include "common/extract/publication_date.hpp"

#include <array>
#include <charconv>

#include "common/text/fold.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

/// Where pages put their dates: the first and the last few blocks.
constexpr std::size_t head_blocks = 12;
constexpr std::size_t tail_blocks = 4;
/// A block this short holding a full date is a byline or date line.
constexpr std::size_t byline_words = 14;
/// A dateline's place name has at most this many words.
constexpr std::size_t dateline_words = 4;

int month_number(std::string_view folded) {
    static constexpr std::array<std::string_view, 12> months{"january",   "february", "march",    "april",
                                                             "may",       "june",     "july",     "august",
                                                             "september", "october",  "november", "december"};
    for (std::size_t i = 0; i < months.size(); ++i) {
        bool full = folded == months[i];
        bool abbreviated =
            folded.size() >= 3 && months[i].starts_with(folded) && (folded.size() == 3 || folded == "sept");
        if (full || abbreviated) return static_cast<int>(i) + 1;
    }
    return 0;
}

std::optional<int> number(std::string_view word, int low, int high) {
    std::size_t digits = 0;
    while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
    std::string_view suffix = word.substr(digits);
    if (digits == 0 || !(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) {
        return std::nullopt;
    }
    int value = 0;
    std::from_chars(word.data(), word.data() + digits, value);
    if (value < low || value > high) return std::nullopt;
    return value;
}

std::optional<PartialDate> make_date(int year, int month, int day) {
    if (!is_valid_day(year, month, day)) return std::nullopt;
    return PartialDate{year, month, day};
}

/// "Month D YYYY" or "D Month YYYY" starting at word i (folded words).
std::optional<PartialDate> date_at(const std::vector<std::string>& words, std::size_t i) {
    if (i + 2 >= words.size()) return std::nullopt;
    if (int month = month_number(words[i])) {
        auto day = number(words[i + 1], 1, 31);
        auto year = number(words[i + 2], 1900, 2999);
        if (day && year) return make_date(*year, month, *day);
    }
    if (int month = month_number(words[i + 1])) {
        auto day = number(words[i], 1, 31);
        auto year = number(words[i + 2], 1900, 2999);
        if (day && year) return make_date(*year, month, *day);
    }
    return std::nullopt;
}

std::optional<DateMatch> iso_date_in(std::string_view text) {
    for (std::size_t at = 0; at + 10 <= text.size(); ++at) {
        if (!std::isdigit(static_cast<unsigned char>(text[at])) ||
            (at > 0 && std::isdigit(static_cast<unsigned char>(text[at - 1]))))
            continue;
        auto date = parse_iso_date(text.substr(at, 10));
        if (date && date->day != 0) return DateMatch{*date, at, at + 10};
    }
    return std::nullopt;
}

/// "Published on Feb 6th 2017", "Updated: 3 March 2021": a publishing word at most three
/// words before the date (not "a book published this week … on 7 March 2003").
bool introduced_as_publication(std::string_view block, std::size_t date_offset) {
    std::string before = fold(block.substr(0, date_offset));
    for (std::string_view cue : {"published", "updated", "posted", "last modified"}) {
        auto at = before.rfind(cue);
        if (at == std::string::npos) continue;
        if (split_words(std::string_view(before).substr(at + cue.size())).size() <= 3) return true;
    }
    return false;
}

/// "Caracas, February 6, 2017 ( – …": a short place name and a comma (or nothing) before
/// the date, and a separator after it.
bool is_dateline(std::string_view block, const DateMatch& match) {
    std::string_view before = block.substr(0, match.offset);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    bool place_before = before.empty() || (before.ends_with(',') && split_words(before).size() <= dateline_words);
    std::string_view after = block.substr(match.end);
    auto first = after.find_first_not_of(' ');
    if (first == std::string_view::npos) return place_before;
    after = after.substr(first);
    bool separator = after.starts_with("(") || after.starts_with("-") || after.starts_with(":") ||
                     after.starts_with("|") || after.starts_with("\u2013") || after.starts_with("\u2014");
    return place_before && separator;
}

std::optional<PartialDate> date_in_block(const std::string& block, bool head) {
    auto match = find_full_date(block);
    if (!match) return std::nullopt;
    bool byline = split_words(block).size() <= byline_words;
    bool dateline = head && is_dateline(block, *match);
    if (byline || dateline || introduced_as_publication(block, match->offset)) return match->date;
    return std::nullopt;
}

}  // namespace

std::optional<DateMatch> find_full_date(std::string_view text) {
    // Every full date has digits (day and year); most story blocks have none.
    if (text.find_first_of("0123456789") == std::string_view::npos) return std::nullopt;
    std::string folded = fold(text);
    auto spans = split_words(folded);
    std::vector<std::string> words;
    for (const auto& span : spans) words.emplace_back(span.in(folded));
    auto iso = iso_date_in(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (iso && spans[i].offset > iso->offset) break;
        if (auto date = date_at(words, i)) {
            auto original = split_words(text);
            if (i + 2 >= original.size()) return std::nullopt;
            return DateMatch{*date, original[i].offset, original[i + 2].offset + original[i + 2].length};
        }
    }
    return iso;
}

std::optional<PartialDate> find_publication_date(const std::vector<std::string>& blocks) {
    for (std::size_t i = 0; i < blocks.size() && i < head_blocks; ++i) {
        if (auto date = date_in_block(blocks[i], true)) return date;
    }
    std::size_t tail_start = blocks.size() > tail_blocks ? blocks.size() - tail_blocks : 0;
    for (std::size_t i = std::max(tail_start, head_blocks); i < blocks.size(); ++i) {
        if (auto date = date_in_block(blocks[i], false)) return date;
    }
    return std::nullopt;
}

}  // namespace newsdex
