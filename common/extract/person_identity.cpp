/** @file person_identity.cpp
 *  @brief Person keys and variant merging.
 */
#include "common/extract/person_identity.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
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

/// Given names longer than this are compared for short forms no more (better_display_name).
constexpr std::size_t longest_short_form_name = 24;

/// The first word of a display name in small letters, written into `buffer` ("Dick
/// Darman" → "dick"): empty when it holds other than ASCII letters or is too long, as
/// folding it would take an allocation a display comparison should not make.
std::string_view lower_case_first_word(std::string_view display, std::array<char, longest_short_form_name>& buffer) {
    std::size_t length = 0;
    for (char c : display) {
        if (c == ' ') break;
        if (length == buffer.size() || !std::isalpha(static_cast<unsigned char>(c))) return {};
        buffer[length++] = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return {buffer.data(), length};
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

bool same_name_word(std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.size() == b.size() && a.size() >= 4 && a.substr(0, a.size() - 1) == b.substr(0, b.size() - 1)) {
        return is_final_glide(a.back()) && is_final_glide(b.back());
    }
    return std::min(a.size(), b.size()) >= 6 && within_one_edit(a, b);
}

bool is_short_form_of(std::string_view short_form, std::string_view full) {
    // English short forms that are no first letters of the name (a folded pair each).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 40> forms{{
        {"bill", "william"},    {"billy", "william"},  {"bob", "robert"},      {"bobby", "robert"},
        {"tony", "anthony"},    {"mike", "michael"},   {"mick", "michael"},    {"mickey", "michael"},
        {"jim", "james"},       {"jimmy", "james"},    {"dick", "richard"},    {"rick", "richard"},
        {"ricky", "richard"},   {"ted", "edward"},     {"eddie", "edward"},    {"ned", "edward"},
        {"andy", "andrew"},     {"dave", "david"},     {"tom", "thomas"},      {"tommy", "thomas"},
        {"sandy", "alexander"}, {"liz", "elizabeth"},  {"beth", "elizabeth"},  {"betty", "elizabeth"},
        {"kate", "katherine"},  {"kate", "catherine"}, {"katie", "katherine"}, {"jenny", "jennifer"},
        {"nick", "nicholas"},   {"nicky", "nicholas"}, {"chuck", "charles"},   {"charlie", "charles"},
        {"harry", "henry"},     {"hank", "henry"},     {"larry", "lawrence"},  {"jerry", "gerald"},
        {"joe", "joseph"},      {"peggy", "margaret"}, {"maggie", "margaret"}, {"bert", "albert"},
    }};
    // Merging a match set's people asks this of many pairs: the cheap tests first.
    if (short_form.size() < 3 || short_form.size() > full.size()) return false;
    // The first letters of the name ("vince" of "vincent", "rafa" of "rafael"), three at
    // least; not of a name ending in "a" or "e", which often makes a woman's name of a
    // man's ("paul", "paula", "pauline"; "alex", "alexandra").
    if (short_form.size() < full.size() && full.starts_with(short_form))
        return full.back() != 'a' && full.back() != 'e';
    // First letters compared before whole words: a call compares against every form.
    return std::any_of(forms.begin(), forms.end(), [&](const auto& form) {
        return form.first.front() == short_form.front() && form.second.front() == full.front() &&
               form.first == short_form && form.second == full;
    });
}

bool same_given_name(std::string_view a, std::string_view b) {
    return same_name_word(a, b) || is_short_form_of(a, b) || is_short_form_of(b, a);
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
    // The name in full over its short form: "Richard Darman", not "Dick Darman".
    std::array<char, longest_short_form_name> candidate_buffer{}, current_buffer{};
    std::string_view candidate_given = lower_case_first_word(candidate, candidate_buffer);
    std::string_view current_given = lower_case_first_word(current, current_buffer);
    if (candidate_given != current_given) {
        if (is_short_form_of(current_given, candidate_given)) return true;
        if (is_short_form_of(candidate_given, current_given)) return false;
    }
    if (candidate.size() != current.size()) return candidate.size() < current.size();
    return candidate < current;
}

}  // namespace newsdex
