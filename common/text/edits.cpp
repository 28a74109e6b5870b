#include "common/text/edits.hpp"

#include <utility>

namespace newsdex {

std::vector<std::string> one_edit_away(const std::string& word) {
    std::vector<std::string> variants;
    for (std::size_t at = 0; at <= word.size(); ++at) {
        if (at < word.size()) variants.push_back(word.substr(0, at) + word.substr(at + 1));
        if (at + 1 < word.size()) {
            std::string swapped = word;
            std::swap(swapped[at], swapped[at + 1]);
            variants.push_back(std::move(swapped));
        }
        for (char letter = 'a'; letter <= 'z'; ++letter) {
            std::string added = word;
            added.insert(at, 1, letter);
            variants.push_back(std::move(added));
            if (at < word.size() && letter != word[at]) {
                std::string changed = word;
                changed[at] = letter;
                variants.push_back(std::move(changed));
            }
        }
    }
    return variants;
}

bool within_one_edit(std::string_view a, std::string_view b, bool swaps) {
    if (a.size() < b.size()) std::swap(a, b);
    if (a.size() - b.size() > 1) return false;
    std::size_t at = 0;
    while (at < b.size() && a[at] == b[at]) ++at;
    if (at == b.size()) return true;                                    // equal, or a letter added at the end
    if (a.size() != b.size()) return a.substr(at + 1) == b.substr(at);  // a letter added
    if (a.substr(at + 1) == b.substr(at + 1)) return true;              // a letter changed
    return swaps && at + 1 < a.size() && a[at] == b[at + 1] && a[at + 1] == b[at] &&
           a.substr(at + 2) == b.substr(at + 2);  // two letters swapped
}

bool one_edit_apart(std::string_view a, std::string_view b) {
    return a != b && within_one_edit(a, b, true);
}

}  // namespace newsdex
