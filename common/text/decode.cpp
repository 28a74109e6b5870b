/** @file decode.cpp
 *  @brief Charset detection and conversion with ICU.
 */
#include "common/text/decode.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <memory>

#include "common/error.hpp"
#include "common/text/utf8.hpp"

namespace newsdex {

namespace {

/// Charsets we convert from when detected: the single-byte encodings of Western news text.
/// Detection of other families on short texts is too often wrong to trust.
constexpr std::array<std::string_view, 6> trusted_legacy_charsets{"ISO-8859-1", "windows-1252", "ISO-8859-15",
                                                                  "ISO-8859-2", "windows-1250", "ISO-8859-9"};

/// ICU's confidence runs 0-100; below this we reject rather than guess.
constexpr int32_t minimum_confidence = 10;

std::string convert(std::string_view bytes, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
    if (unicode.isBogus()) throw ArticleError(fmt::format("cannot convert from {}", charset));
    std::string out;
    unicode.toUTF8String(out);
    (void)status;
    return out;
}

/// More than one byte in a hundred is a control character that text does not use: a
/// binary file. A few stray ones (ESC and BEL of terminal sequences in a scraped page) are
/// text, scrubbed later.
bool looks_binary(std::string_view bytes) {
    auto controls = std::count_if(bytes.begin(), bytes.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u < 0x09 || (u > 0x0d && u < 0x20);
    });
    auto count = static_cast<std::size_t>(controls);
    return count > 8 && count * 100 > bytes.size();
}

/// The bytes whose NUL bytes tell a binary file, as git and diff look at the first 8,000.
constexpr std::size_t nul_window = 8000;

/// Throws for bytes that are no text, whatever charset they would be read in (UTF-16,
/// whose ASCII characters hold NUL bytes, is told apart before). NUL bytes are one in a
/// hundred of the first 8,000 or more in a binary file; fewer are text, a scraped page's
/// broken markup (two lines of eleven NUL bytes after an image), and go.
void refuse_binary(std::string_view bytes) {
    std::string_view window = bytes.substr(0, nul_window);
    auto nul_bytes = static_cast<std::size_t>(std::count(window.begin(), window.end(), '\0'));
    if (nul_bytes * 100 >= window.size()) throw ArticleError("binary file (NUL byte)");
    if (looks_binary(bytes)) throw ArticleError("binary file (control bytes)");
}

/// `bytes` without their NUL bytes (refuse_binary has let a few through).
std::string without_nul_bytes(std::string_view bytes) {
    std::string text;
    text.reserve(bytes.size());
    std::copy_if(bytes.begin(), bytes.end(), std::back_inserter(text), [](char c) { return c != '\0'; });
    return text;
}

DecodedText decode_utf16(std::string_view bytes) {
    bool little = static_cast<unsigned char>(bytes[0]) == 0xff;
    return {convert(bytes.substr(2), little ? "UTF-16LE" : "UTF-16BE"), little ? "UTF-16LE" : "UTF-16BE"};
}

bool has_utf16_bom(std::string_view bytes) {
    if (bytes.size() < 2) return false;
    auto a = static_cast<unsigned char>(bytes[0]), b = static_cast<unsigned char>(bytes[1]);
    return (a == 0xff && b == 0xfe) || (a == 0xfe && b == 0xff);
}

DecodedText decode_legacy(std::string_view bytes, std::size_t invalid_at) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || match == nullptr) {
        throw ArticleError(fmt::format("not UTF-8 (invalid byte at offset {}) and encoding unknown", invalid_at));
    }
    std::string charset = ucsdet_getName(match, &status);
    int32_t confidence = ucsdet_getConfidence(match, &status);
    bool trusted = std::find(trusted_legacy_charsets.begin(), trusted_legacy_charsets.end(), charset) !=
                   trusted_legacy_charsets.end();
    if (!trusted || confidence < minimum_confidence) {
        throw ArticleError(
            fmt::format("not UTF-8 (invalid byte at offset {}); detected {} with confidence {}, not converted",
                        invalid_at, charset, confidence));
    }
    return {convert(bytes, charset.c_str()), charset};
}

/// Whether ICU can convert from `charset`.
bool known_charset(const std::string& charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(charset.c_str(), &status);
    if (converter) ucnv_close(converter);
    return U_SUCCESS(status) && converter;
}

}  // namespace

DecodedText decode(std::string_view bytes, const std::string& declared_charset) {
    // Empty, UTF-16 and UTF-8 bytes get decode()'s own answer, whatever is declared.
    if (declared_charset.empty() || bytes.empty() || has_utf16_bom(bytes) || !utf8::first_invalid(bytes) ||
        !known_charset(declared_charset)) {
        return decode(bytes);
    }
    refuse_binary(bytes);
    if (bytes.find('\0') != std::string_view::npos) return decode(without_nul_bytes(bytes), declared_charset);
    return {convert(bytes, declared_charset.c_str()), declared_charset};
}

DecodedText decode(std::string_view bytes) {
    if (bytes.empty()) throw ArticleError("empty file");
    if (has_utf16_bom(bytes)) return decode_utf16(bytes);
    refuse_binary(bytes);
    if (bytes.find('\0') != std::string_view::npos) return decode(without_nul_bytes(bytes));
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    auto invalid_at = utf8::first_invalid(bytes);
    if (!invalid_at) return {std::string(bytes), "UTF-8"};
    return decode_legacy(bytes, *invalid_at);
}

}  // namespace newsdex
