/** @file acronyms.cpp
 *  @brief Acronyms written with full stops, as one word.
 */
#include "common/text/acronyms.hpp"

#include "common/text/ascii.hpp"

namespace newsdex {

std::size_t acronym_length(std::string_view text, std::size_t at) {
    std::size_t letters = 0, end = at;
    for (std::size_t i = at; i < text.size() && is_ascii_letter(text[i]); i += 2) {
        bool stop_after = i + 1 < text.size() && text[i + 1] == '.';
        bool last_without_stop = letters > 0 && (i + 1 == text.size() || !may_be_word_byte(text[i + 1]));
        if (!stop_after && !last_without_stop) break;
        ++letters;
        end = stop_after ? i + 2 : i + 1;
        if (!stop_after) break;
    }
    return letters >= 2 ? end - at : 0;
}

std::string join_acronyms(std::string_view text) {
    std::string joined;
    std::size_t copied = 0;  // text before this is in `joined`
    for (std::size_t stop = text.find('.'); stop != std::string_view::npos; stop = text.find('.', stop + 1)) {
        // An acronym's first stop follows its first letter, which follows no word.
        std::size_t start = stop - 1;
        if (stop == 0 || start < copied || (start > 0 && may_be_word_byte(text[start - 1]))) continue;
        std::size_t length = acronym_length(text, start);
        if (length == 0) continue;
        joined.append(text.substr(copied, start - copied));
        for (char c : text.substr(start, length)) {
            if (c != '.') joined += c;
        }
        copied = start + length;
        stop = copied - 1;
    }
    if (copied == 0) return std::string(text);
    joined.append(text.substr(copied));
    return joined;
}

bool is_acronym(std::string_view word) {
    return !word.empty() && acronym_length(word, 0) == word.size();
}

}  // namespace newsdex
