/** @file html_element.hpp
 *  @brief What the page reader asks of an element of libxml2's parsed page: its name and
 *  its attributes.
 */
#pragma once

#include <libxml/tree.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace newsdex {

/// Whether `word` (an element's name, an attribute's value) is one of `words`.
[[nodiscard]] inline bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

/// Whether an element of this name holds no text a reader sees. <noscript> is read: a
/// saved page is read without its scripts, and some sites (Blogger's among them) serve
/// the story there for readers without them (page_furniture.hpp leaves out a mere notice).
[[nodiscard]] inline bool is_never_shown(std::string_view name) {
    return is_one_of(name, {"head", "script", "style", "template", "svg", "iframe", "object"});
}

/// An element's name as the parser gives it (lower case for HTML), or empty.
[[nodiscard]] inline std::string_view element_name(const xmlNode* node) {
    return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

/// An attribute's value, or nothing.
[[nodiscard]] inline std::optional<std::string> element_attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value) return std::nullopt;
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

/// Whether the element has the attribute at all ("hidden", which needs no value).
[[nodiscard]] inline bool element_has_attribute(const xmlNode* node, const char* name) {
    return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

}  // namespace newsdex
