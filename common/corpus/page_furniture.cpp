/** @file page_furniture.cpp
 *  @brief Furniture told by a page's markup: element names, roles, hiding, class words.
 */
#include "common/corpus/page_furniture.hpp"

#include <string>
#include <string_view>

#include "common/corpus/html_element.hpp"
#include "common/text/ascii.hpp"

namespace newsdex {

namespace {

bool is_furniture_element(std::string_view name) {
    return is_one_of(name, {"nav", "aside", "footer", "figure", "button", "select", "label"});
}

bool has_furniture_role(const xmlNode* element) {
    auto role = element_attribute(element, "role");
    return role &&
           is_one_of(lower_ascii(*role), {"navigation", "complementary", "contentinfo", "search", "menu", "menubar"});
}

bool is_hidden(const xmlNode* element) {
    auto aria_hidden = element_attribute(element, "aria-hidden");
    if (aria_hidden && lower_ascii(*aria_hidden) == "true") return true;
    if (element_has_attribute(element, "hidden")) return true;
    auto style = element_attribute(element, "style");
    if (!style) return false;
    std::string declarations;
    for (char c : lower_ascii(*style)) {
        if (!is_ascii_space(c)) declarations += c;
    }
    return declarations.find("display:none") != std::string::npos ||
           declarations.find("visibility:hidden") != std::string::npos;
}

/// Whether a class name or the id starts with a word for a comment thread, a footer,
/// related links, a breadcrumb trail, a newsletter or cookie prompt or a pop-up
/// ("comments-area", "footer_links", "newsletter-signup", "modal fade"; not "above-footer"
/// or "live-match-comment", a match report's commentary), and none names a container of
/// the story. Measured on cleaneval-dev's pages and left out: "tag" (inline links to a
/// player's page are "tag-link": 7 riders went from a speedway report), "author" and
/// "byline" (a byline holds the date: one page lost its year), "sidebar" and "widget"
/// (recall fell more than precision rose), "share", "social", "banner", "promo", "ads".
bool has_furniture_class(const xmlNode* element) {
    std::string names = lower_ascii(element_attribute(element, "class").value_or("") + " " +
                                    element_attribute(element, "id").value_or("") + " ");
    bool furniture = false, name_start = true;
    std::string word;
    for (char c : names) {
        if (is_ascii_letter(c)) {
            word += c;
            continue;
        }
        if (is_one_of(word, {"article", "content", "main", "body", "story", "post", "entry", "text"})) return false;
        if (name_start && is_one_of(word, {"comment", "comments", "footer", "related", "breadcrumb", "breadcrumbs",
                                           "newsletter", "subscribe", "cookie", "cookies", "popup", "modal"}))
            furniture = true;
        if (!word.empty()) name_start = false;
        if (is_ascii_space(c)) name_start = true;
        word.clear();
    }
    return furniture;
}

/// A <noscript> holding less text than this is a notice ("Please enable JavaScript to
/// see this site"), not a story served to readers without scripts; on cleaneval-dev one
/// such notice had become a page's headline. Limits of 100 to 1,000 bytes scored alike.
constexpr int script_notice_bytes = 200;

bool is_script_notice(const xmlNode* element, std::string_view name) {
    if (name != "noscript") return false;
    xmlChar* text = xmlNodeGetContent(element);
    int bytes = text ? xmlStrlen(text) : 0;
    xmlFree(text);
    return bytes < script_notice_bytes;
}

/// Whether the element holds what pages mark as the story itself.
bool holds_story(const xmlNode* parent) {
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        std::string_view name = element_name(node);
        if (name == "article" || name == "main") return true;
        auto role = element_attribute(node, "role");
        if (role && lower_ascii(*role) == "main") return true;
        auto property = element_attribute(node, "itemprop");
        if (property && lower_ascii(*property) == "articlebody") return true;
        if (holds_story(node)) return true;
    }
    return false;
}

/// A hidden microdata item (schema.org's itemscope) is the page's description of itself
/// for machines: its headline, dates and language run together with a copy of the story,
/// which the page shows elsewhere. Left out even when it holds the articleBody.
bool is_hidden_metadata(const xmlNode* element) {
    return element_has_attribute(element, "itemscope") && is_hidden(element);
}

}  // namespace

bool is_left_out(const xmlNode* element) {
    std::string_view name = element_name(element);
    if (is_never_shown(name) || is_script_notice(element, name)) return true;
    if (name == "html" || name == "body") return false;
    if (is_hidden_metadata(element)) return true;
    bool furniture =
        is_furniture_element(name) || has_furniture_role(element) || is_hidden(element) || has_furniture_class(element);
    return furniture && !holds_story(element);
}

}  // namespace newsdex
