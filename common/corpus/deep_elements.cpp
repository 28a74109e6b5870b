/** @file deep_elements.cpp
 *  @brief Hoisting the content of elements nested too deep.
 */
#include "common/corpus/deep_elements.hpp"

namespace newsdex {

namespace {

/// How deep an element below max_element_depth may go and be kept whole.
constexpr int kept_levels = 8;

/// Moves `node`'s children, in order, to right after it under its parent. The links are
/// set by hand: libxml2's xmlAddNextSibling merges adjacent text nodes, copying each
/// merged text again, which a page of many short runs would make quadratic.
void hoist_children(xmlNode* node) {
    xmlNode* first = node->children;
    if (!first) return;
    xmlNode* last = node->last;
    for (xmlNode* child = first; child; child = child->next) child->parent = node->parent;
    last->next = node->next;
    if (node->next) {
        node->next->prev = last;
    } else {
        node->parent->last = last;
    }
    first->prev = node;
    node->next = first;
    node->children = node->last = nullptr;
}

/// Whether `node` is an element with children (the HTML parser resolves entities, so no
/// other node's children are part of the page).
bool has_child_nodes(const xmlNode* node) {
    return node->type == XML_ELEMENT_NODE && node->children;
}

/// The next node after `node` in document order within `top`'s subtree, by the tree's
/// own links (no stack), with `depth` kept relative to `top`; null at the end. `descend`:
/// whether to go into `node`'s children.
xmlNode* next_in_subtree(xmlNode* node, const xmlNode* top, int& depth, bool descend) {
    if (descend && has_child_nodes(node)) {
        ++depth;
        return node->children;
    }
    while (node != top && !node->next) {
        node = node->parent;
        --depth;
    }
    return node == top ? nullptr : node->next;
}

/// Whether `top`'s subtree goes more than `levels` levels below it.
bool deeper_than(xmlNode* top, int levels) {
    int depth = 0;
    for (xmlNode* node = top; node; node = next_in_subtree(node, top, depth, depth < levels)) {
        if (depth == levels && has_child_nodes(node)) return true;
    }
    return false;
}

/// Makes `element`'s descendants its children, but for those (a heading, a link, a
/// paragraph of inline markup) whose own subtree is at most kept_levels deep: a child that
/// goes deeper has its children hoisted after it, and the loop reaches them next.
void flatten(xmlNode* element) {
    for (xmlNode* child = element->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE && deeper_than(child, kept_levels)) hoist_children(child);
    }
}

}  // namespace

void flatten_deep_elements(xmlNode* root) {
    int depth = 0;
    for (xmlNode* node = root; node; node = next_in_subtree(node, root, depth, depth < max_element_depth)) {
        if (node->type == XML_ELEMENT_NODE && depth == max_element_depth) flatten(node);
    }
}

}  // namespace newsdex
