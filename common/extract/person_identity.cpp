/** @file person_identity.cpp
 *  @brief Person keys and variant merging.
 */
#include "common/extract/person_identity.hpp"

#include <algorithm>
#include <vector>

#include "common/text/edits.hpp"
#include "common/text/fold.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

std::vector<std::string> key_words(std::string_view key) {
    std::vector<std::string> words;
    for (const auto& word : split_words(key)) words.emplace_back(word.in(key));
    return words;
}

bool is_final_glide(char c) {
    return c == 'i' || c == 'y' || c == 'j';
}

std::size_t count_non_ascii(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0xC0;  // UTF-8 lead bytes
    }));
}

}  // namespace

bool is_generational_suffix_word(std::string_view word) {
    return word == "jr" || word == "jnr" || word == "snr" || word == "sr";
}

std::string person_key(std::string_view display_name) {
    auto words = key_words(fold_to_latin(display_name));
    if (words.empty()) return {};
    // "Martin Luther King Jr" is keyed by "king", the suffix last: "king martin luther jr".
    std::string suffix;
    if (words.size() > 2 && is_generational_suffix_word(words.back())) {
        suffix = ' ' + words.back();
        words.pop_back();
    }
    std::string key = words.back();
    for (std::size_t i = 0; i + 1 < words.size(); ++i) key += ' ' + words[i];
    return key + suffix;
}

std::string_view key_suffix(std::string_view key) {
    auto space = key.rfind(' ');
    if (space == std::string_view::npos || !is_generational_suffix_word(key.substr(space + 1))) return {};
    return key.substr(space + 1);
}

std::string_view key_surname(std::string_view key) {
    return key.substr(0, key.find(' '));
}

bool same_given_name(std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.size() == b.size() && a.size() >= 4 && a.substr(0, a.size() - 1) == b.substr(0, b.size() - 1)) {
        return is_final_glide(a.back()) && is_final_glide(b.back());
    }
    return std::min(a.size(), b.size()) >= 6 && within_one_edit(a, b);
}

bool same_name_word(std::string_view a, std::string_view b) {
    return same_given_name(a, b);
}

std::string_view key_given(std::string_view key) {
    auto space = key.find(' ');
    if (space == std::string_view::npos) return {};
    std::string_view rest = key.substr(space + 1);
    return rest.substr(0, rest.find(' '));
}

std::string_view surname_group(std::string_view key) {
    return key_surname(key).substr(0, surname_group_letters);
}

bool same_given_part(std::string_view given_a, std::string_view given_b) {
    if (given_a.empty() || given_b.empty()) return false;
    bool initial = (given_a.size() == 1 && given_b.front() == given_a.front()) ||
                   (given_b.size() == 1 && given_a.front() == given_b.front());
    return initial || same_given_name(given_a, given_b);
}

bool same_person(std::string_view key_a, std::string_view key_b) {
    if (key_a == key_b) return true;
    return same_given_part(key_given(key_a), key_given(key_b)) &&
           same_name_word(key_surname(key_a), key_surname(key_b)) && key_suffix(key_a) == key_suffix(key_b);
}

bool better_display_name(std::string_view candidate, std::string_view current) {
    auto candidate_words = count_words(candidate), current_words = count_words(current);
    if (candidate_words != current_words) return candidate_words > current_words;
    auto candidate_accents = count_non_ascii(candidate), current_accents = count_non_ascii(current);
    if (candidate_accents != current_accents) return candidate_accents > current_accents;
    if (candidate.size() != current.size()) return candidate.size() < current.size();
    return candidate < current;
}

}  // namespace newsdex
