/** @file html_page.hpp
 *  @brief A saved web page read as an article: its visible text as lines, and front
 *  matter from its metadata.
 *
 * Many scrapers save the page itself ("article.html") rather than its text. Indexing
 * the markup would file tag and attribute names as words and take "<html lang=…>" for
 * the headline. The page is turned into what a simple scraper's text dump holds, the
 * input the cleaner was built and measured on (cleaneval-dev's dumps were made the same
 * way): the page's headline (page_headline.hpp: the part of its <title> that an <h1>
 * repeats, or that og:title agrees on, is given as the article's title as front matter
 * would; failing that, the <title> less the site's name on the first line), then the
 * visible text with each block element
 * (paragraph, heading, list item, table cell, division…) on a line of its own, script,
 * style, template and svg left out (a <noscript> is read, the page being read without
 * its scripts, unless it is a short notice). The cleaner then finds the headline and
 * drops the furniture as it does for any article.
 *
 * Parsing is libxml2's HTML parser (Debian's libxml2), which recovers from the unclosed
 * and misnested tags real pages are full of as browsers do, and decodes character
 * references; a parser written here would meet each of those cases one page at a time.
 *
 * What the page says of itself fills the rest of the front matter a text file would carry: the
 * date from the first of article:published_time, datePublished (a meta tag or the
 * article's JSON-LD: linked_data.hpp), date, pubdate, DC.date.issued and DC.date (the
 * "YYYY-MM-DD" start of the value) or, where the head states none, the first <time
 * datetime="…"> after the first <h1> outside furniture (the date line under a blog's or
 * a ministry's headline; not a sidebar's before it nor a comment's), the source from
 * og:site_name, the address from the canonical link or og:url.
 *
 * What the markup marks as furniture (page_furniture.hpp) and lines mostly of link text
 * are left out of the dump, but for a date line linked to its post or month's archive
 * right under the first <h1> ("5. November 2021"), which the date finder reads.
 */
#pragma once

#include <string>
#include <string_view>

#include "common/corpus/front_matter.hpp"

namespace newsdex {

/// Whether an article file holds a web page: named *.html, *.htm or *.xhtml, or whose
/// bytes start, after white space and comments, with "<!doctype html" or "<html" (in
/// any case; looked at before decoding, as the markup is ASCII).
[[nodiscard]] bool is_html_page(std::string_view path, std::string_view bytes);

/// The charset a page declares for its bytes (<meta charset="…"> or the http-equiv
/// content type, in its first 4 KB; a charset on any other tag, such as a script's, is
/// that resource's), or empty.
[[nodiscard]] std::string declared_charset(std::string_view bytes);

struct HtmlPage {
    FrontMatter front_matter;  ///< date, source, url when the page names them; title when confirmed
    std::string text;          ///< the title line, then one line per block of visible text
};

/// Reads a page (valid UTF-8; its own charset declaration is not followed, as the bytes
/// are decoded already).
[[nodiscard]] HtmlPage read_html_page(std::string_view html);

}  // namespace newsdex
