/** @file dictionary_words.cpp
 *  @brief Binary search over the embedded word lists.
 *
 * The lists are searched as the build embeds them, one word a line in byte order
 * (data/CMakeLists.txt), not read into a table first: building a sorted table of the
 * English list took each process about 4 ms at its first lookup, as long as the rest of
 * a one-shot search that asks for a spelling ("Did you mean"), and 30–90 ms for each
 * of the other languages' lists. Entries that start with a capital ("Madrid", "Émile")
 * are proper nouns, not ordinary words; a lower-case word never equals one, so the
 * search need not skip them.
 */
#include "common/extract/dictionary_words.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "common/text/word_list.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

struct Source {
    std::string_view language;
    const std::string_view* words;
};
const std::array<Source, 5> sources{{{"es", &data::dictionary_es},
                                     {"fr", &data::dictionary_fr},
                                     {"it", &data::dictionary_it},
                                     {"pt", &data::dictionary_pt},
                                     {"nl", &data::dictionary_nl}}};

/// The embedded list of `language`, or nothing when none is compiled in.
const std::string_view* word_list(std::string_view language) {
    for (const auto& source : sources) {
        if (source.language == language) return source.words;
    }
    return nullptr;
}

/// The lists hold a noun's singular, and most of their plurals add an ending: "-s" (the
/// Spanish "diputados", the French "élections", the Dutch "ministers"), "-es" in Spanish,
/// Portuguese and English ("naciones", "professores", "churches") and "-en" in Dutch
/// ("partijen"). Italian
/// changes the last vowel instead: "deputati" of "deputato", "forze" of "forza", "leggi"
/// of "legge".
bool is_listed_plural(std::string_view words, std::string_view lower_word, std::string_view language) {
    auto singular_listed = [&](std::string_view ending, std::string_view singular_ending = "") {
        if (lower_word.size() <= ending.size() + 2 || !lower_word.ends_with(ending)) return false;
        std::string_view stem = lower_word.substr(0, lower_word.size() - ending.size());
        if (singular_ending.empty()) return sorted_lines_contain(words, stem);
        std::string singular(stem);
        singular += singular_ending;
        return sorted_lines_contain(words, singular);
    };
    if (language == "it") {
        return singular_listed("i", "o") || singular_listed("i", "e") || singular_listed("e", "a");
    }
    return singular_listed("s") ||
           ((language == "es" || language == "pt" || language == "en") && singular_listed("es")) ||
           (language == "nl" && singular_listed("en"));
}

/// The plain and the acute-accented small vowels Spanish writes, in UTF-8.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> spanish_accents{
    {{"a", "\u00e1"}, {"e", "\u00e9"}, {"i", "\u00ed"}, {"o", "\u00f3"}, {"u", "\u00fa"}}};

/// `stem` with its accented vowel written plain ("jóven" → "joven") or, when it has none,
/// with its last vowel accented ("nacion" → "nación").
std::string with_accent_moved(std::string_view stem) {
    std::string moved(stem);
    for (const auto& [plain, accented] : spanish_accents) {
        if (auto at = moved.find(accented); at != std::string::npos) return moved.replace(at, accented.size(), plain);
    }
    auto last_vowel = moved.find_last_of("aeiou");
    if (last_vowel == std::string::npos) return moved;
    for (const auto& [plain, accented] : spanish_accents) {
        if (moved[last_vowel] == plain[0]) return moved.replace(last_vowel, 1, accented);
    }
    return moved;
}

/// Spanish forms its list (wspanish: singulars, masculines, infinitives) does not hold: a
/// plural in "-es" that moves the stress mark ("naciones" of "nación", "jóvenes" of
/// "joven") and a past participle's feminine or plural ("unidas" of "unir", "armados" of
/// "armar"), so that "Naciones Unidas", "Jóvenes Comunistas" and "Razones Políticas"
/// read as ordinary words on a Spanish page.
bool is_listed_spanish_form(std::string_view words, std::string_view lower_word) {
    constexpr std::size_t shortest_stem = 3;
    auto listed = [&](std::string_view word) { return sorted_lines_contain(words, word); };
    if (lower_word.ends_with("es") && lower_word.size() >= shortest_stem + 2 &&
        listed(with_accent_moved(lower_word.substr(0, lower_word.size() - 2)))) {
        return true;
    }
    std::string masculine(lower_word.ends_with('s') ? lower_word.substr(0, lower_word.size() - 1) : lower_word);
    if (masculine.size() < shortest_stem + 1) return false;
    // A participle's feminine or plural only: "Bogado", "Hurtado", "Coronado" are
    // surnames, and so are feminines of other words ("Molina", "Peralta", "Prada").
    bool feminine = masculine.back() == 'a';
    if (feminine) masculine.back() = 'o';
    if (!feminine && !lower_word.ends_with('s')) return false;
    if (!masculine.ends_with("ado") && !masculine.ends_with("ido")) return false;
    std::string infinitive = masculine.substr(0, masculine.size() - 3);
    if (masculine.ends_with("ado")) return listed(infinitive + "ar");
    return listed(infinitive + "ir") || listed(infinitive + "er");
}

}  // namespace

bool is_dictionary_word(std::string_view folded) {
    return !folded.empty() && sorted_lines_contain(data::dictionary_words, folded);
}

bool is_proper_dictionary_word(std::string_view folded) {
    return !folded.empty() && sorted_lines_contain(data::proper_words, folded);
}

bool is_ordinary_word(std::string_view lower_word, std::string_view language) {
    const auto* words = word_list(language);
    if (!words || lower_word.empty()) return false;
    return sorted_lines_contain(*words, lower_word) || is_listed_plural(*words, lower_word, language) ||
           (language == "es" && is_listed_spanish_form(*words, lower_word));
}

bool is_english_plural(std::string_view folded) {
    return is_dictionary_word(folded) && is_listed_plural(data::dictionary_words, folded, "en");
}

bool is_english_compound(std::string_view folded) {
    constexpr std::size_t shortest_part = 3, shortest_second = 4, shortest_whole = 8, shortest_prefixed = 5;
    static constexpr std::array<std::string_view, 11> prefixes{"un",    "re",   "non", "pre",     "out", "over",
                                                               "under", "anti", "mis", "counter", "dis"};
    if (is_dictionary_word(folded)) return false;
    for (std::size_t split = shortest_part; split + shortest_second <= folded.size(); ++split) {
        if (folded.size() >= shortest_whole && is_dictionary_word(folded.substr(0, split)) &&
            is_dictionary_word(folded.substr(split)))
            return true;
    }
    return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view prefix) {
        return folded.starts_with(prefix) && folded.size() >= prefix.size() + shortest_prefixed &&
               is_dictionary_word(folded.substr(prefix.size()));
    });
}

bool is_german_word(std::string_view folded) {
    return !folded.empty() && sorted_lines_contain(data::dictionary_de, folded);
}

bool is_german_compound(std::string_view folded) {
    // A last part of four letters makes surnames: "Scharmann", "Goldberg", "Lauterbach".
    constexpr std::size_t shortest_first = 4, shortest_last = 5;
    if (is_german_word(folded)) return true;
    for (std::size_t split = shortest_first; split + shortest_last <= folded.size(); ++split) {
        if (is_german_word(folded.substr(0, split)) && is_german_word(folded.substr(split))) return true;
    }
    return false;
}

bool has_word_list(std::string_view language) {
    return word_list(language) != nullptr;
}

bool is_ordinary_word_of_any_list(std::string_view lower_word) {
    return std::any_of(sources.begin(), sources.end(),
                       [&](const Source& source) { return is_ordinary_word(lower_word, source.language); });
}

}  // namespace newsdex
