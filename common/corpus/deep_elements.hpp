/** @file deep_elements.hpp
 *  @brief Pages nested deeper than the page reader walks, made shallow without losing text.
 *
 * libxml2's HTML parser stops at 256 levels of nesting unless told XML_PARSE_HUGE, and
 * drops everything after that point: a page whose unclosed <div> or <font> tags pile up
 * (an old CMS, a word processor's export) lost its story and every line below it, where a
 * browser shows them all. Parsed whole, such a page would overflow the stack of the
 * reader's walks, which recurse (html_page.cpp, page_furniture.cpp, story_element.cpp).
 * So an element at `max_element_depth` keeps its descendants as a flat row of children,
 * in document order: each element below it is left empty where it started, its content
 * after it. The text stays, and a block element still starts a line; what the markup
 * said about the text that deep (a link, furniture) is lost, as a page that deep says
 * little of it.
 */
#pragma once

#include <libxml/tree.h>

namespace newsdex {

/// Below how many levels an element is flattened: as deep as libxml2 builds a page by
/// default. The reader then walks at most 8 levels more (deep_elements.cpp).
inline constexpr int max_element_depth = 256;

/// Flattens every element at `max_element_depth` below `root` (see the file comment);
/// runs in time linear in the page's nodes, without recursion.
void flatten_deep_elements(xmlNode* root);

}  // namespace newsdex
