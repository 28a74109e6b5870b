/** @file fold.cpp
 *  @brief Accent and case folding with ICU.
 */
#include "common/text/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

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

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

icu::UnicodeString fold_unicode(const icu::UnicodeString& input) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = nfkd().normalize(input, status);
    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        if (c == 0x2019 || c == 0x2018) c = '\'';
        stripped.append(c);
    }
    stripped.foldCase();
    return nfc().normalize(stripped, status);
}

}  // namespace

std::string fold(std::string_view text) {
    // Most words are ASCII: skip ICU for them (a large share of indexing time otherwise).
    if (is_pure_ascii(text)) return ascii_lower(text);
    icu::UnicodeString folded =
        fold_unicode(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
    std::string out;
    folded.toUTF8String(out);
    return out;
}

std::string fold_to_latin(std::string_view text) {
    thread_local std::unique_ptr<icu::Transliterator> to_latin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(
            icu::Transliterator::createInstance("Any-Latin", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU: no Any-Latin transliterator");
        return created;
    }();
    if (is_pure_ascii(text)) return ascii_lower(text);
    icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    to_latin->transliterate(unicode);
    std::string out;
    unicode.toUTF8String(out);
    return fold(out);
}

}  // namespace newsdex
