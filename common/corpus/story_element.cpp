/** @file story_element.cpp
 *  @brief The one <article> of a page, when it holds enough of the page's text.
 */
#include "common/corpus/story_element.hpp"

#include <cstddef>
#include <vector>

#include "common/corpus/html_element.hpp"
#include "common/corpus/page_furniture.hpp"

namespace newsdex {

namespace {

/// The smallest share of the page's visible text, in percent, that its <article> holds.
constexpr std::size_t story_share_percent = 25;

/// Bytes of visible text under `parent`, what the dump leaves out left out, white space
/// counted as is.
std::size_t visible_bytes(const xmlNode* parent) {
    std::size_t bytes = 0;
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) bytes += xmlStrlen(node->content);
        } else if (node->type == XML_ELEMENT_NODE && !is_left_out(node)) {
            bytes += visible_bytes(node);
        }
    }
    return bytes;
}

/// The <article> elements under `parent` that the dump would read (not one in an aside
/// of teasers), not looking inside one.
void find_articles(const xmlNode* parent, std::vector<const xmlNode*>& articles) {
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE || is_left_out(node)) continue;
        if (element_name(node) == "article") {
            articles.push_back(node);
        } else {
            find_articles(node, articles);
        }
    }
}

}  // namespace

const xmlNode* story_element(const xmlNode* root) {
    std::vector<const xmlNode*> articles;
    find_articles(root, articles);
    if (articles.size() != 1) return nullptr;
    return visible_bytes(articles.front()) * 100 >= story_share_percent * visible_bytes(root) ? articles.front()
                                                                                              : nullptr;
}

}  // namespace newsdex
