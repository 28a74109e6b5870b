/** @file page_headline.cpp
 *  @brief A page's headline: an <h1> its titles hold, else its <title> less the site's name.
 */
#include "common/corpus/page_headline.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "common/text/ascii.hpp"
#include "common/text/cjk.hpp"
#include "common/text/fold.hpp"
#include "common/text/utf8.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

constexpr std::array<std::string_view, 12> separators = {" - ", " | ", " – ", " — ",  " :: ", " · ",
                                                         " » ", " « ", " │ ", " ｜ ", "│",    "｜"};
/// Chinese and Japanese titles put no spaces around a separator: "…英雄的城！-新华网".
constexpr std::array<std::string_view, 3> separators_after_cjk = {"-", "_", "|"};

/// The host of an address, without "www.": "https://www.example.com/a" → "example.com".
std::string host_of(std::string_view address) {
    if (auto scheme = address.find("://"); scheme != std::string_view::npos) address.remove_prefix(scheme + 3);
    address = address.substr(0, address.find_first_of("/?#:"));
    if (address.starts_with("www.")) address.remove_prefix(4);
    return lower_ascii(address);
}

/// The ASCII letters and digits of `text`, lower case, accents folded off: "Bund-Naturschutz"
/// → "bundnaturschutz", "Nestlé Marktplatz" → "nestlemarktplatz" (on nestle-marktplatz.de).
std::string squashed(std::string_view text) {
    std::string letters;
    for (char c : fold(text)) {
        if (is_ascii_letter(c) || is_ascii_digit(c)) letters += c;
    }
    return letters;
}

/// The longest label of a host before its top-level domain, squashed, when it has four
/// letters or more: "reiterrevue.de" → "reiterrevue", "bund-naturschutz.de" →
/// "bundnaturschutz"; empty for "bbc.co.uk" ("bbc" is too short to say a part names it).
std::string name_in_host(std::string_view host) {
    std::string longest;
    std::size_t start = 0;
    for (std::size_t dot = host.find('.'); dot != std::string_view::npos; dot = host.find('.', start)) {
        std::string label = squashed(host.substr(start, dot - start));
        if (label.size() > longest.size()) longest = label;
        start = dot + 1;
    }
    return longest.size() >= 4 ? longest : std::string();
}

/// The names a page's site goes by, derived once per page.
struct SiteNames {
    std::string site_name;  ///< og:site_name, lower case; empty when not given
    std::string host;       ///< of the page's address, without "www."
    std::string host_name;  ///< name_in_host(host)

    explicit SiteNames(const PageTitles& titles)
        : site_name(lower_ascii(titles.site_name.value_or(""))),
          host(host_of(titles.address.value_or(""))),
          host_name(name_in_host(host)) {}

    /// Whether `part` is the site's name: its og:site_name or its host.
    [[nodiscard]] bool is_name(std::string_view part) const {
        std::string folded = lower_ascii(part);
        if (folded.starts_with("www.")) folded.erase(0, 4);
        return !folded.empty() && (folded == site_name || folded == host);
    }
};

/// The words of `text`, folded, with the punctuation between them dropped: "Why? Because."
/// and "why because" compare equal.
std::string comparable(std::string_view text) {
    std::string folded = fold(text), words;
    for (const auto& word : split_words(folded)) {
        if (!words.empty()) words += ' ';
        words += word.in(folded);
    }
    return words;
}

std::size_t word_count(std::string_view words) {
    return words.empty() ? 0 : static_cast<std::size_t>(std::count(words.begin(), words.end(), ' ')) + 1;
}

/// Whether the character before byte `at` is a CJK character or a full-width mark.
bool after_cjk(std::string_view text, std::size_t at) {
    std::size_t start = at;
    while (start > 0 && (static_cast<unsigned char>(text[start - 1]) & 0xC0) == 0x80) --start;
    if (start == 0 || start == at) return false;
    std::size_t offset = --start;
    char32_t c = utf8::next(text, offset);
    return is_cjk_character(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

/// The title's parts between separators, in order.
std::vector<std::string_view> parts_of(std::string_view title) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t end = std::string_view::npos, width = 0;
        for (std::string_view separator : separators) {
            if (auto at = title.find(separator, start); at < end) {
                end = at;
                width = separator.size();
            }
        }
        for (std::string_view separator : separators_after_cjk) {
            for (auto at = title.find(separator, start); at < end; at = title.find(separator, at + 1)) {
                if (!after_cjk(title, at)) continue;
                end = at;
                width = separator.size();
                break;
            }
        }
        parts.push_back(title.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + width;
    }
}

/// The text from the start of part `first` to the end of part `last` of one title.
std::string_view run_of(std::string_view first, std::string_view last) {
    return {first.data(), static_cast<std::size_t>(last.data() + last.size() - first.data())};
}

/// Whether part `i` of a title names the site: it is the site's name, or holds the host's
/// name ("Reiterrevue International" on reiterrevue.de, "BUND Naturschutz in Bayern e.V."
/// on bund-naturschutz.de) and is not the title's longest part, which is the headline
/// even when it names its own paper ("The Guardian view on …").
bool names_site(const std::vector<std::string_view>& parts, std::size_t i, const SiteNames& site) {
    if (site.is_name(parts[i])) return true;
    if (site.host_name.empty() || squashed(parts[i]).find(site.host_name) == std::string::npos) return false;
    return std::any_of(parts.begin(), parts.end(),
                       [&](std::string_view other) { return other.size() > parts[i].size(); });
}

/// `title` less its last part, or else its first, when that part names the site.
std::string without_site(const std::string& title, const SiteNames& site) {
    auto parts = parts_of(title);
    if (parts.size() < 2) return title;
    if (names_site(parts, parts.size() - 1, site)) return std::string(run_of(parts.front(), parts[parts.size() - 2]));
    if (names_site(parts, 0, site)) return std::string(run_of(parts[1], parts.back()));
    return title;
}

/// Whether `text` has two words or more between spaces ("HE:Kassel/Stammtisch" has one).
bool has_spaced_words(std::string_view text) {
    return text.find(' ') != std::string_view::npos;
}

/// The text of `title` that `heading` (comparable) is: the title whole, or a run of its
/// parts between separators of two words or more, not a part that names the site.
std::optional<std::string> part_holding(const std::string& title, const std::string& heading, const SiteNames& site) {
    if (heading.empty()) return std::nullopt;
    if (comparable(title) == heading) return title;
    auto parts = parts_of(title);
    for (std::size_t first = 0; first < parts.size(); ++first) {
        for (std::size_t last = first; last < parts.size(); ++last) {
            std::string_view run = run_of(parts[first], parts[last]);
            if (!has_spaced_words(run) || comparable(run) != heading) continue;
            if (first == last && names_site(parts, first, site)) continue;
            return std::string(run);
        }
    }
    return std::nullopt;
}

/// The part of a title that an <h1> repeats (part_holding), as the title writes it: a
/// heading's text may have lost a separator between its blocks or hold icon glyphs.
std::optional<std::string> heading_in_titles(const PageTitles& titles, const SiteNames& site) {
    for (const auto& heading : titles.headings) {
        if (site.is_name(heading)) continue;  // the site's logo
        std::string words = comparable(heading);
        // A heading that repeats the whole title may repeat its site's name too.
        if (auto part = part_holding(titles.title, words, site)) return without_site(*part, site);
        if (titles.share_title) {
            if (auto part = part_holding(*titles.share_title, words, site)) return without_site(*part, site);
        }
    }
    return std::nullopt;
}

/// Marks that separate a title's parts, as they stand alone at its ends.
constexpr std::array<std::string_view, 8> edge_separators = {"|", "-", "–", "—", "·", "│", "｜", "::"};

/// A title as it reads: no-break spaces are spaces ("Luft?&nbsp;- DemokratieWEBstatt.at"
/// splits at its dash), a run of spaces is one, and a separator left alone at either end
/// goes ("… “Alone” |", a blog's empty site name). Not quotation marks ("»Abzocke …«").
std::string tidy_title(std::string_view title) {
    constexpr std::string_view no_break_space = "\xC2\xA0";
    std::string spaced;
    for (std::size_t i = 0; i < title.size(); ++i) {
        bool no_break = title.substr(i).starts_with(no_break_space);
        char c = no_break || is_ascii_space(title[i]) ? ' ' : title[i];
        if (c != ' ' || !spaced.ends_with(' ')) spaced += c;
        i += no_break ? no_break_space.size() - 1 : 0;
    }
    std::string_view text = spaced;
    for (bool trimmed = true; trimmed;) {
        while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
        while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
        trimmed = false;
        for (std::string_view separator : edge_separators) {
            if (text.size() > separator.size() && text.ends_with(separator) &&
                is_ascii_space(text[text.size() - separator.size() - 1])) {
                text.remove_suffix(separator.size());
                trimmed = true;
            }
            if (text.size() > separator.size() && text.starts_with(separator) &&
                is_ascii_space(text[separator.size()])) {
                text.remove_prefix(separator.size());
                trimmed = true;
            }
        }
    }
    return std::string(text);
}

/// The titles with tidy_title applied.
PageTitles tidy_titles(PageTitles titles) {
    titles.title = tidy_title(titles.title);
    if (titles.share_title) titles.share_title = tidy_title(*titles.share_title);
    return titles;
}

}  // namespace

PageHeadline page_headline(const PageTitles& page_titles) {
    const PageTitles titles = tidy_titles(page_titles);
    const SiteNames site(titles);
    if (auto heading = heading_in_titles(titles, site)) return {*heading, true};
    std::string title = without_site(titles.title, site);
    if (!titles.share_title) return {title, false};
    std::string share_title = without_site(*titles.share_title, site);
    std::string words = comparable(title), share_words = comparable(share_title);
    // One title is a run of the other's parts: the other adds a section, a kicker or the
    // site's name.
    if (words.size() <= share_words.size() && part_holding(share_title, words, site)) return {title, true};
    if (share_words.size() < words.size() && part_holding(title, share_words, site)) return {share_title, true};
    // A title of a word or two is the site's or a section's name ("• PepTalks", "detail").
    if (word_count(words) < 3 && word_count(share_words) >= 3) return {share_title, false};
    return {title, false};
}

namespace {

/// "19.01.2020" (the day first, as dotted dates put it) or "2020-01-19", and nothing else.
std::optional<PartialDate> whole_date(std::string_view part) {
    while (!part.empty() && is_ascii_space(part.front())) part.remove_prefix(1);
    while (!part.empty() && is_ascii_space(part.back())) part.remove_suffix(1);
    if (part.size() != 10) return std::nullopt;
    if (part[2] != '.' || part[5] != '.') return parse_iso_date(part);
    std::string iso =
        std::string(part.substr(6, 4)) + "-" + std::string(part.substr(3, 2)) + "-" + std::string(part.substr(0, 2));
    return parse_iso_date(iso);
}

}  // namespace

std::optional<PartialDate> date_in_title(std::string_view title) {
    auto parts = parts_of(title);
    if (parts.size() < 2) return std::nullopt;
    for (auto part : parts) {
        if (auto date = whole_date(part)) return date;
    }
    return std::nullopt;
}

}  // namespace newsdex
