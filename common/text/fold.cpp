/** @file fold.cpp
 *  @brief Accent and case folding with ICU.
 */
#include "common/text/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <array>
#include <memory>
#include <stdexcept>

#include "common/text/utf8.hpp"

namespace newsdex {

namespace {

const icu::Normalizer2& nfkd() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no NFKD normalizer");
    return *normalizer;
}

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no NFC normalizer");
    return *normalizer;
}

bool is_pure_ascii(std::string_view text) {
    for (unsigned char c : text) {
        if (c >= 0x80) return false;
    }
    return true;
}

/// Whether every letter of `text` is Latin: transliterating it to Latin would change
/// nothing that fold() keeps ("José", "Wałęsa", "Søren").
bool is_latin_script(std::string_view text) {
    for (std::size_t offset = 0; offset < text.size();) {
        char32_t c = utf8::next(text, offset);
        if (c < 0x80) continue;
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
        if (U_FAILURE(status) || (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED))
            return false;
    }
    return true;
}

void append_ascii_lower(std::string_view text, std::string& out) {
    std::size_t first = out.size();
    out.append(text);
    for (std::size_t i = first; i < out.size(); ++i) {
        if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
    }
}

std::string ascii_lower(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_ascii_lower(text, out);
    return out;
}

/// Whether a combining mark spells a different letter rather than accenting one: the
/// voicing marks of Japanese kana ("ガス", gas, is not "カス", dregs) and the vowel signs
/// of the Indic scripts, Thai, Lao, Tibetan, Myanmar and Khmer ("हिंदी" without them is
/// "हद"). Folding keeps these; accents on Latin, Greek or Cyrillic letters, Arabic
/// vowel points and Hebrew points it drops, as readers and writers of news leave them out.
bool spells_a_letter(UChar32 mark) {
    return mark == 0x3099 || mark == 0x309A || (mark >= 0x0900 && mark <= 0x0FFF) ||
           (mark >= 0x1000 && mark <= 0x109F) || (mark >= 0x1780 && mark <= 0x17FF);
}

/// Letters with a stroke or bar, which no decomposition splits into letter and mark, are
/// accented letters to readers all the same: "Walesa" for "Wałęsa", "Lodz" for "Łódź",
/// "Soren" for "Søren", "Dinh" for "Đinh".
UChar32 without_stroke(UChar32 letter) {
    struct Stroked {
        UChar32 upper, lower;
        char plain;
    };
    static constexpr std::array<Stroked, 6> letters{{{0x0141, 0x0142, 'l'},    // Ł ł
                                                     {0x00D8, 0x00F8, 'o'},    // Ø ø
                                                     {0x0110, 0x0111, 'd'},    // Đ đ
                                                     {0x0126, 0x0127, 'h'},    // Ħ ħ
                                                     {0x0166, 0x0167, 't'},    // Ŧ ŧ
                                                     {0x0131, 0x0131, 'i'}}};  // dotless ı
    for (const auto& stroked : letters) {
        if (letter == stroked.upper || letter == stroked.lower) return stroked.plain;
    }
    return letter;
}

icu::UnicodeString fold_unicode(const icu::UnicodeString& input) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = nfkd().normalize(input, status);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK && !spells_a_letter(c)) continue;
        if (c == 0x2019 || c == 0x2018) c = '\'';
        stripped.append(without_stroke(c));
    }
    stripped.foldCase();
    return nfc().normalize(stripped, status);
}

/// ICU's folding of one stretch of text, appended to `out`.
void append_folded_unicode(std::string_view text, std::string& out) {
    icu::UnicodeString folded =
        fold_unicode(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
    folded.toUTF8String(out);
}

/// Where ICU's stretch that begins at `start` (a non-ASCII byte) can end: before a run of
/// ASCII long enough not to be worth a second call, or at the end of the text.
std::size_t end_of_unicode_stretch(std::string_view text, std::size_t start) {
    constexpr std::size_t enough_ascii = 16;
    std::size_t ascii_run = 0;
    for (std::size_t at = start; at < text.size(); ++at) {
        if (static_cast<unsigned char>(text[at]) >= 0x80) {
            ascii_run = 0;
        } else if (++ascii_run == enough_ascii) {
            return at + 1 - enough_ascii;
        }
    }
    return text.size();
}

}  // namespace

std::string fold(std::string_view text) {
    // Most text is ASCII with a curly quote or a dash here and there: only the stretches
    // around those go through ICU (whole texts through ICU were 7% of indexing). Cutting
    // at ASCII is exact: ASCII characters are starters that no normalisation reorders or
    // composes with their neighbours, and case folding looks at one character at a time.
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        std::size_t ascii_end = utf8::run_end(text, at, [](unsigned char byte) { return byte < 0x80; });
        append_ascii_lower(text.substr(at, ascii_end - at), out);
        if (ascii_end == text.size()) break;
        at = end_of_unicode_stretch(text, ascii_end);
        append_folded_unicode(text.substr(ascii_end, at - ascii_end), out);
    }
    return out;
}

std::string fold_to_latin(std::string_view text) {
    // Most names are ASCII, and building the transliterator (ICU reads its whole
    // registry first) costs as much as indexing some twenty articles.
    if (is_pure_ascii(text)) return ascii_lower(text);
    // A Latin name needs no transliterator either: it is built only for the first name
    // in another script.
    if (is_latin_script(text)) return fold(text);
    thread_local std::unique_ptr<icu::Transliterator> to_latin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(
            icu::Transliterator::createInstance("Any-Latin", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU: no Any-Latin transliterator");
        return created;
    }();
    icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    to_latin->transliterate(unicode);
    std::string out;
    unicode.toUTF8String(out);
    return fold(out);
}

}  // namespace newsdex
