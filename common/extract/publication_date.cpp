/** @file publication_date.cpp
 *  @brief Datelines and "published on" lines.
 */
#include "common/extract/publication_date.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <sstream>
#include <unordered_map>

#include "common/text/fold.hpp"
#include "common/text/word_list.hpp"
#include "common/text/words.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// Where pages put their dates: the first and the last few blocks.
constexpr std::size_t head_blocks = 12;
constexpr std::size_t tail_blocks = 4;
/// Blocks looked at before and from the story's start (the headline) when menus put it
/// past the head blocks: a date line stands just above or below a headline.
constexpr std::size_t blocks_before_story = 4;
constexpr std::size_t blocks_from_story = 4;
/// A block this short holding a full date is a byline or date line.
constexpr std::size_t byline_words = 14;
/// A dateline's place name has at most this many words.
constexpr std::size_t dateline_words = 4;

/// Month forms (data/month_names.txt), folded, to their numbers.
const std::unordered_map<std::string, int>& month_forms() {
    static const auto forms = [] {
        std::unordered_map<std::string, int> built;
        for (const auto& line : data_lines(data::month_names)) {
            std::istringstream words(line);
            int month = 0;
            std::string form;
            words >> month;
            while (words >> form) built.emplace(fold(form), month);
        }
        return built;
    }();
    return forms;
}

int month_number(const std::string& folded) {
    auto found = month_forms().find(folded);
    return found == month_forms().end() ? 0 : found->second;
}

/// Spanish and Portuguese write "6 de febrero de 2017".
bool is_date_connector(std::string_view folded) {
    return folded == "de" || folded == "del";
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

/// A date in words starting at word i (folded words): "Month D YYYY" or "D Month YYYY",
/// "de" allowed around the month ("6 de febrero de 2017"); `last` is set to its year's word.
std::optional<PartialDate> date_at(const std::vector<std::string>& words, std::size_t i, std::size_t& last) {
    // The next word from `at` on, past a connector.
    auto next = [&](std::size_t at) {
        if (at < words.size() && is_date_connector(words[at])) ++at;
        return at;
    };
    if (i + 2 >= words.size()) return std::nullopt;
    if (int month = month_number(words[i])) {
        auto day = number(words[i + 1], 1, 31);
        auto year = number(words[i + 2], 1900, 2999);
        last = i + 2;
        if (day && year) return make_date(*year, month, *day);
    }
    auto day = number(words[i], 1, 31);
    std::size_t month_at = next(i + 1), year_at = next(month_at + 1);
    if (!day || year_at >= words.size()) return std::nullopt;
    int month = month_number(words[month_at]);
    auto year = number(words[year_at], 1900, 2999);
    last = year_at;
    if (month && year) return make_date(*year, month, *day);
    return std::nullopt;
}

/// Digits at `at` (at most `max_digits`), as a number; `at` moves past them.
std::optional<int> digits_at(std::string_view text, std::size_t& at, std::size_t max_digits) {
    std::size_t start = at;
    while (at < text.size() && at - start < max_digits + 1 && std::isdigit(static_cast<unsigned char>(text[at]))) ++at;
    if (at == start || at - start > max_digits) return std::nullopt;
    int value = 0;
    std::from_chars(text.data() + start, text.data() + at, value);
    return value;
}

/// Day and month of "D/M/YYYY" or "M/D/YYYY" (British or American): the one above 12 is
/// the day; when both could be either (and differ), only the year is known.
std::optional<PartialDate> day_month_year(int first, int second, int year) {
    if (first == second || first > 12) return make_date(year, second, first);
    if (second > 12) return make_date(year, first, second);
    if (first < 1 || second < 1) return std::nullopt;
    return PartialDate{year, 0, 0};
}

/// "12/08/2019", "12.08.2019", "8-12-2019", "2019/08/12": numbers joined by one separator,
/// not inside a longer run of digits and separators (versions, phone numbers).
std::optional<DateMatch> numeric_date_in(std::string_view text) {
    auto joined = [&](std::size_t at) {
        return at < text.size() && (std::isdigit(static_cast<unsigned char>(text[at])) ||
                                    std::string_view("./-").find(text[at]) != std::string_view::npos);
    };
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!std::isdigit(static_cast<unsigned char>(text[at])) || (at > 0 && joined(at - 1))) continue;
        std::size_t end = at;
        auto first = digits_at(text, end, 4);
        if (!first || end >= text.size() || std::string_view("./-").find(text[end]) == std::string_view::npos) continue;
        char separator = text[end++];
        auto second = digits_at(text, end, 2);
        if (!second || end >= text.size() || text[end] != separator) continue;
        ++end;
        auto third = digits_at(text, end, 4);
        bool clean_end = end == text.size() || !joined(end) || (text[end] == '.' && !joined(end + 1));
        if (!third || !clean_end) continue;
        std::optional<PartialDate> date;
        if (*first >= 1900 && *first <= 2999 && *third <= 31) {
            date = make_date(*first, *second, *third);
        } else if (*third >= 1900 && *third <= 2999 && separator == '.') {
            date = make_date(*third, *second, *first);  // dotted dates put the day first everywhere
        } else if (*third >= 1900 && *third <= 2999 && *first <= 31) {
            date = day_month_year(*first, *second, *third);
        }
        if (date) return DateMatch{*date, at, end};
    }
    return std::nullopt;
}

/// Spaces at `at`, skipped.
std::size_t past_spaces(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    return at;
}

/// "2020年2月19日" (Chinese, Japanese), "2020년 2월 19일" (Korean): a year of four digits,
/// a month and a day, each followed by its sign, spaces allowed after each sign.
std::optional<DateMatch> east_asian_date_in(std::string_view text) {
    static constexpr std::array<std::array<std::string_view, 3>, 2> signs{{{"年", "月", "日"}, {"년", "월", "일"}}};
    auto is_digit = [&](std::size_t at) { return std::isdigit(static_cast<unsigned char>(text[at])) != 0; };
    for (const auto& [year_sign, month_sign, day_sign] : signs) {
        for (auto sign = text.find(year_sign); sign != std::string_view::npos; sign = text.find(year_sign, sign + 1)) {
            if (sign < 4 || (sign > 4 && is_digit(sign - 5))) continue;
            std::size_t start = sign - 4, end = start;
            auto year = digits_at(text, end, 4);
            if (!year || end != sign) continue;
            end = past_spaces(text, sign + year_sign.size());
            auto month = digits_at(text, end, 2);
            if (!month || text.substr(end, month_sign.size()) != month_sign) continue;
            end = past_spaces(text, end + month_sign.size());
            auto day = digits_at(text, end, 2);
            if (!day || text.substr(end, day_sign.size()) != day_sign) continue;
            if (auto date = make_date(*year, *month, *day)) return DateMatch{*date, start, end + day_sign.size()};
        }
    }
    return std::nullopt;
}

/// Words that introduce a page's date of publication: English, then the other languages
/// of the stop-word lists, folded.
constexpr std::array<std::string_view, 23> publication_cues{
    "published",  "updated",       "posted",         "last modified", "veroffentlicht", "aktualisiert",
    "gepostet",   "erschienen am", "erstellt am",    "publie",        "mis a jour",     "mise en ligne",
    "publicado",  "publicada",     "actualizado",    "pubblicato",    "aggiornato",     "gepubliceerd",
    "bijgewerkt", "opublikowano",  "zaktualizowano", "опубликовано",  "обновлено"};

/// "Published on Feb 6th 2017", "Updated: 3 March 2021", "Mise en ligne 23 mai 2019": a
/// publishing word at most three words before the date (not "a book published this week
/// … on 7 March 2003"); or, as German puts the participle last, a blog's "wurde am 19. Mai
/// 2010 um 23:03 Uhr gepostet": "gepostet" at most four words after it (not
/// "veröffentlicht", which a story says of reports: "Die Studie wurde am 12. Mai 2020
/// veröffentlicht").
bool introduced_as_publication(std::string_view block, const DateMatch& match) {
    std::string before = fold(block.substr(0, match.offset));
    for (std::string_view cue : publication_cues) {
        auto at = before.rfind(cue);
        if (at == std::string::npos) continue;
        if (count_words(std::string_view(before).substr(at + cue.size()), 4) <= 3) return true;
    }
    std::string after = fold(block.substr(match.end));
    auto at = after.find("gepostet");
    return at != std::string::npos && count_words(std::string_view(after).substr(0, at), 5) <= 4;
}

/// "Caracas, February 6, 2017 ( – …": a short place name and a comma (or nothing) before
/// the date, and a separator after it.
bool is_dateline(std::string_view block, const DateMatch& match) {
    std::string_view before = block.substr(0, match.offset);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    bool place_before =
        before.empty() || (before.ends_with(',') && count_words(before, dateline_words + 1) <= dateline_words);
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
    bool byline = count_words(block, byline_words + 1) <= byline_words;
    bool dateline = head && is_dateline(block, *match);
    if (byline || dateline || introduced_as_publication(block, *match)) return match->date;
    return std::nullopt;
}

/// A date on a line of its own under a line that only introduces it ("Mise en ligne",
/// then "23 mai 2019"), anywhere in the page: a label of three words at most that starts
/// with a publishing word, the date at the start of the next block.
std::optional<PartialDate> date_under_publication_label(const std::vector<std::string>& blocks) {
    constexpr std::size_t label_words = 3, max_bytes_before_date = 4;
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        if (count_words(blocks[i], label_words + 1) > label_words) continue;
        std::string label = fold(blocks[i]);
        bool names_publication = std::any_of(publication_cues.begin(), publication_cues.end(),
                                             [&](std::string_view cue) { return label.starts_with(cue); });
        if (!names_publication) continue;
        auto date = find_full_date(blocks[i + 1]);
        if (date && date->offset <= max_bytes_before_date) return date->date;
    }
    return std::nullopt;
}

/// Whether the block at `i` is one of a list of dated lines, a ticker of other stories or
/// a calendar ("[ 14. Februar 2020 ] Digitalisierung in der Praxis", "06.02.2020 20:00
/// Vorstandssitzung"): a block next to it starts with a full date too. A date line under
/// a headline stands alone (a story's paragraph after it may name dates, but further in).
bool in_list_of_dates(const std::vector<std::string>& blocks, std::size_t i) {
    constexpr std::size_t max_bytes_before_date = 4;  // "[ " of "[ 14. Februar 2020 ]"
    auto dated_line = [&](std::size_t at) {
        auto date = find_full_date(blocks[at]);
        return date && date->offset <= max_bytes_before_date;
    };
    return (i > 0 && dated_line(i - 1)) || (i + 1 < blocks.size() && dated_line(i + 1));
}

/// Where a headline stands in the page: the story's start, then up to two blocks past
/// the head that repeat the title or a part of it of three words or more.
std::vector<std::size_t> headline_blocks(const std::vector<std::string>& blocks, std::size_t story_start,
                                         std::string_view title) {
    constexpr std::size_t max_repeats = 2;
    constexpr std::size_t min_words = 3;
    std::vector<std::size_t> headlines{story_start};
    for (std::size_t i = head_blocks; i < blocks.size() && !title.empty() && headlines.size() <= max_repeats; ++i) {
        const std::string& block = blocks[i];
        bool repeats = block.size() <= title.size() && title.find(block) != std::string_view::npos &&
                       count_words(block, min_words) >= min_words;
        if (repeats && i != story_start) headlines.push_back(i);
    }
    return headlines;
}

}  // namespace

std::optional<DateMatch> find_full_date(std::string_view text) {
    // Every full date has digits (day and year); most story blocks have none.
    if (text.find_first_of("0123456789") == std::string_view::npos) return std::nullopt;
    std::string folded = fold(text);
    auto spans = split_words(folded);
    std::vector<std::string> words;
    for (const auto& span : spans) words.emplace_back(span.in(folded));
    // The first date written in digits ("2019-08-12", "12/08/2019"), unless a date in words
    // comes before it.
    auto in_digits = numeric_date_in(text);
    if (auto east_asian = east_asian_date_in(text);
        east_asian && (!in_digits || east_asian->offset < in_digits->offset)) {
        in_digits = east_asian;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (in_digits && spans[i].offset > in_digits->offset) break;
        std::size_t last = 0;
        if (auto date = date_at(words, i, last)) {
            auto original = split_words(text);
            if (last >= original.size()) return std::nullopt;
            return DateMatch{*date, original[i].offset, original[last].offset + original[last].length};
        }
    }
    return in_digits;
}

std::optional<PartialDate> find_publication_date(const std::vector<std::string>& blocks, std::size_t story_start,
                                                 std::string_view title) {
    for (std::size_t i = 0; i < blocks.size() && i < head_blocks; ++i) {
        if (auto date = date_in_block(blocks[i], true)) return date;
    }
    for (std::size_t headline : headline_blocks(blocks, story_start, title)) {
        std::size_t around = std::max(head_blocks, headline > blocks_before_story ? headline - blocks_before_story : 0);
        for (std::size_t i = around; i < blocks.size() && i < headline + blocks_from_story; ++i) {
            // The neighbours are read only for a block that holds a date itself.
            if (auto date = date_in_block(blocks[i], true); date && !in_list_of_dates(blocks, i)) return date;
        }
    }
    std::size_t tail_start = blocks.size() > tail_blocks ? blocks.size() - tail_blocks : 0;
    for (std::size_t i = std::max(tail_start, head_blocks); i < blocks.size(); ++i) {
        if (auto date = date_in_block(blocks[i], false)) return date;
    }
    return date_under_publication_label(blocks);
}

}  // namespace newsdex
