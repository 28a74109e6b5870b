#include "common/extract/pinyin.hpp"

#include <array>

namespace newsdex {
namespace {

// Longest first, so that "zh" is tried before "z".
constexpr std::array<std::string_view, 23> initials{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
                                                    "k",  "h",  "j",  "q", "x", "r", "z", "c", "s", "y", "w"};
constexpr std::array<std::string_view, 34> finals{"iang", "iong", "uang", "ueng", "iao", "ian", "ing", "uai", "uan",
                                                  "ang",  "eng",  "ong",  "ai",   "ei",  "ao",  "ou",  "an",  "en",
                                                  "er",   "ia",   "ie",   "iu",   "in",  "ua",  "uo",  "ui",  "un",
                                                  "ue",   "a",    "o",    "e",    "i",   "u",   "v"};

/// Whether Mandarin joins `initial` and `final`: "j", "q" and "x" only before "i" or "u"
/// (ü), "g", "k" and "h" never before "i", nor the retroflex and dental initials but as
/// "zhi", "chi", "si"... ("jabao" and "gia" are no pinyin).
bool joins(std::string_view initial, std::string_view final) {
    bool palatal = initial == "j" || initial == "q" || initial == "x";
    if (palatal) return final.starts_with('i') || final.starts_with('u');
    bool velar = initial == "g" || initial == "k" || initial == "h";
    bool sibilant = initial == "zh" || initial == "ch" || initial == "sh" || initial == "r" || initial == "z" ||
                    initial == "c" || initial == "s";
    if (velar && final.starts_with('i')) return false;
    if (sibilant && final.starts_with('i')) return final == "i";
    return true;
}

/// The number of syllables `word` splits into from its start (0 when it does not), each
/// an initial then a final; tries every split, as "xian" is xi + an or xian.
int syllables(std::string_view word, int depth) {
    constexpr int most = 3;
    if (word.empty()) return depth;
    if (depth == most) return 0;
    for (std::string_view initial : initials) {
        if (!word.starts_with(initial)) continue;
        std::string_view rest = word.substr(initial.size());
        for (std::string_view final : finals) {
            if (!rest.starts_with(final) || !joins(initial, final)) continue;
            if (int count = syllables(rest.substr(final.size()), depth + 1)) return count;
        }
    }
    return 0;
}

}  // namespace

bool is_pinyin_given_name(std::string_view folded) {
    return syllables(folded, 0) >= 2;
}

}  // namespace newsdex
