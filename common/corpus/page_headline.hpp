/** @file page_headline.hpp
 *  @brief The headline a saved web page gives itself, from its <title>, og:title and <h1>.
 *
 * A page's <title> holds the headline with the site's name and often a section
 * ("Storm floods harbour - World - Example News"); og:title, made for sharing, mostly
 * the headline alone; the <h1> the headline as the reader sees it, or on some sites the
 * site's logo. The headline is
 * 1. the part of a title that an <h1> repeats: the title whole, or a run of its parts
 *    between separators (" - ", " | ", " – ", " — ", " :: ", " · ", " » ", a box-drawing
 *    or full-width bar with or without spaces, and "-", "_", "|" with none after a Chinese
 *    or Japanese character) of two words or more (a one-word site name is also its logo's
 *    <h1>), compared by their folded words, and written as the title writes it;
 * 2. else, when one title is the other with a section, a kicker or a site name added
 *    before or after it, the shorter one;
 * these two are confirmed: two parts of the page agree on them, and the page reader
 * (html_page.hpp) gives them as the article's title, as front matter would;
 * 3. else og:title when the <title> is a word or two ("• PepTalks", "detail"), 4. else the
 *    <title>: either less a part before or after the headline that names the site: its
 *    og:site_name or its address's host ("wien.ORF.at"), or a part holding the host's
 *    name, accents folded ("Reiterrevue International" on reiterrevue.de, "Nestlé
 *    Marktplatz" on nestle-marktplatz.de) that is not the title's longest
 *    (the headline may name its own paper: "The Guardian view on …");
 *    "Brexit - what happens next" stays whole. A heading that repeats the whole title
 *    loses the site's name the same way. Unconfirmed, it is the first line of the page's dump, where the
 *    cleaner's headline finder weighs it by its form.
 *
 * On cleaneval-dev's 486 pages, against the <title> less the site's name (the only
 * source before), 169 headlines changed; read one by one, about 145 for the better
 * ("BSI - Presse - Sicherheits-Check für …" → "Sicherheits-Check für …", "• PepTalks" →
 * "Haben sich Mozarts Eltern je wegen seiner Schulnoten gesorgt?", a cookie notice or a
 * date line the finder had taken → the story's headline), about 15 a different wording
 * of the same headline, 4 for the worse (a site's name left before the headline, a
 * blog's date line). Tried and not kept: ": " as a separator, which cut headlines
 * ("Tote Hummeln unter Linden: Die Erklärung" → its first half) as often as kickers.
 */
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/corpus/partial_date.hpp"

namespace newsdex {

struct PageTitles {
    std::string title;                       ///< the <title>
    std::optional<std::string> share_title;  ///< og:title, else twitter:title
    std::vector<std::string> headings;       ///< the first <h1> elements' text
    std::optional<std::string> site_name;    ///< og:site_name
    std::optional<std::string> address;      ///< the canonical link, else og:url
};

struct PageHeadline {
    std::string text;
    bool confirmed = false;  ///< two parts of the page agree on it (see the file comment)
};

/// The page's headline (see the file comment).
[[nodiscard]] PageHeadline page_headline(const PageTitles& titles);

/// The date a part of the <title> states alone, between separators: "Berlin confronts …
/// | DW | 19.01.2020" (dotted, the day first, or ISO: "2020-01-19"); for a page whose
/// metadata states none.
[[nodiscard]] std::optional<PartialDate> date_in_title(std::string_view title);

}  // namespace newsdex
