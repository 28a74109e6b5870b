/** @file demonym_forms.cpp
 *  @brief Regular inflection of nationality words, on their folded forms.
 */
#include "common/extract/demonym_forms.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "common/text/fold.hpp"

namespace newsdex {

namespace {

bool starts_upper_case(std::string_view text) {
    std::int32_t at = 0;
    UChar32 first = 0;
    U8_NEXT(text.data(), at, static_cast<std::int32_t>(text.size()), first);
    return first > 0 && u_isupper(first);
}

/// German adjectives take their endings and leave the bare stem out ("auf deutsch" is the
/// language); nouns in -e or -er take the plural or oblique -n and the feminine -in.
std::vector<std::string> german_forms(const std::string& stem, bool noun) {
    if (!noun) return {stem + "e", stem + "en", stem + "er", stem + "es", stem + "em"};
    if (stem.ends_with("er")) return {stem, stem + "n", stem + "in", stem + "innen"};
    if (stem.ends_with('e')) {
        std::string root = stem.substr(0, stem.size() - 1);
        return {stem, stem + "n", root + "in", root + "innen"};
    }
    return {stem};
}

/// French: "belge" → "belges"; "français" → "française(s)"; "italien" → "italienne(s)",
/// "italiens"; "allemand" → "allemande(s)", "allemands".
std::vector<std::string> french_forms(const std::string& stem) {
    if (stem.ends_with('e')) return {stem, stem + "s"};
    if (stem.ends_with('s') || stem.ends_with('x')) return {stem, stem + "e", stem + "es"};
    if (stem.ends_with("en")) return {stem, stem + "s", stem + "ne", stem + "nes"};
    return {stem, stem + "s", stem + "e", stem + "es"};
}

/// Spanish, folded (accents are gone, so "francés" → "francesa", "franceses"): "-o" →
/// "-a", "-os", "-as"; "-e", "-a" → "-s"; "-í" → "-íes", "-ís"; a consonant → "-a", "-es",
/// "-as" ("español", "alemán").
std::vector<std::string> spanish_forms(const std::string& stem) {
    if (stem.ends_with('o')) {
        std::string root = stem.substr(0, stem.size() - 1);
        return {stem, root + "a", root + "os", root + "as"};
    }
    if (stem.ends_with('e') || stem.ends_with('a')) return {stem, stem + "s"};
    if (stem.ends_with('i')) return {stem, stem + "es", stem + "s"};
    return {stem, stem + "a", stem + "es", stem + "as"};
}

}  // namespace

std::vector<std::string> demonym_forms(std::string_view language, std::string_view form) {
    if (!form.ends_with('*')) return {fold(form)};
    form.remove_suffix(1);
    std::string stem = fold(form);
    if (language == "de") return german_forms(stem, starts_upper_case(form));
    if (language == "fr") return french_forms(stem);
    if (language == "es") return spanish_forms(stem);
    return {stem};
}

}  // namespace newsdex
