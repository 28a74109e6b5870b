/** @file page_furniture.hpp
 *  @brief The elements of a saved web page whose markup says they are no part of the
 *  story: navigation, asides, footers, comments, figures, hidden and form controls.
 *
 * The cleaner (clean/cleaner.hpp) tells the story from the furniture by the text alone,
 * as a text dump gives it. A page says more about its parts, and the page reader
 * (html_page.hpp) leaves out an element, with everything in it, when
 * - it is an element HTML made for furniture: nav, aside, footer, figure (the picture and
 *   its caption or credit), or a form control (button, select, label);
 * - its ARIA role is one of navigation, complementary, contentinfo, search, menu, menubar;
 * - it is hidden: aria-hidden="true", the hidden attribute, or an inline style with
 *   display:none or visibility:hidden;
 * - one of its class names, or its id, starts with the word "comment", "comments",
 *   "footer" or "related" (words split at anything but a letter: "comment-list",
 *   "footer_links"; not "above-footer", nor "live-match-comment", a match report's
 *   commentary: +0.001), and no word of them is "article", "content", "main", "body",
 *   "story", "post", "entry" or "text", which name the story's own containers
 *   ("related-articles" stays, as the cleaner finds such lists by their text);
 * but never when it holds an article or main element, role="main" or
 * itemprop="articleBody": libxml2 nests the story inside a menu whose tags a page left
 * unclosed, where a browser would not. A hidden microdata item (itemscope) goes even so:
 * it is a copy of the story for machines, glued to its headline and dates.
 *
 * Measured on cleaneval-dev's 486 pages read from their HTML (`newsdex-eval-cleaning
 * --html`), with the link-dense lines of html_page.cpp, F1 0.856 → 0.882; each rule's
 * share is in the README ("Quality, measured"). Class words beyond these four (sidebar,
 * widget, menu, nav, banner, ad, teaser, …) each cost more story than furniture there.
 */
#pragma once

#include <libxml/tree.h>

namespace newsdex {

/// Whether `element` (an element node) and all it holds stay out of the page's dump:
/// furniture (see the file comment), an element that shows no text (is_never_shown), or
/// a <noscript> notice ("Please enable JavaScript") of under 200 bytes. The one rule for
/// every reader of a page's visible text.
[[nodiscard]] bool is_left_out(const xmlNode* element);

}  // namespace newsdex
