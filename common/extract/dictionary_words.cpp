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
    return sorted_lines_contain(*words, lower_word) || is_listed_plural(*words, lower_word, language);
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

bool has_word_list(std::string_view language) {
    return word_list(language) != nullptr;
}

bool is_ordinary_word_of_any_list(std::string_view lower_word) {
    return std::any_of(sources.begin(), sources.end(),
                       [&](const Source& source) { return is_ordinary_word(lower_word, source.language); });
}

}  // namespace newsdex
