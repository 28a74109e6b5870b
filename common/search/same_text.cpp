/** @file same_text.cpp
 *  @brief Finding the hits whose text repeats an earlier hit's.
 */
#include "common/search/same_text.hpp"

#include <string_view>
#include <unordered_map>

namespace newsdex {

void mark_same_text(std::vector<Hit>& hits) {
    // Keyed by the text itself, not a hash of it: a page holds ten hits or so, and equal
    // keys are then equal texts, with no collision to rule out.
    std::unordered_map<std::string_view, std::size_t> first_rank_of;
    for (auto& hit : hits) {
        const std::string& text = hit.article.body;
        if (text.empty()) continue;
        auto [first, inserted] = first_rank_of.try_emplace(text, hit.rank);
        if (!inserted) hit.same_text_as = first->second;
    }
}

}  // namespace newsdex
