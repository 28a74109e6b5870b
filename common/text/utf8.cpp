/** @file utf8.cpp
 *  @brief UTF-8 helpers on top of ICU's macros.
 */
#include "common/text/utf8.hpp"

#include <unicode/utf8.h>

namespace newsdex::utf8 {

std::optional<std::size_t> first_invalid(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return static_cast<std::size_t>(start);
    }
    return std::nullopt;
}

char32_t next_multibyte(std::string_view text, std::size_t& offset) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int32_t i = static_cast<int32_t>(offset);
    UChar32 c;
    U8_NEXT(bytes, i, static_cast<int32_t>(text.size()), c);
    offset = static_cast<std::size_t>(i);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void append_multibyte(std::string& out, char32_t c) {
    uint8_t buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, c, error);
    if (error) return;
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

std::string scrub_controls(std::string_view text) {
    auto plain = [](unsigned char byte) { return (byte >= 0x20 && byte < 0x7f) || byte == '\t' || byte == '\n'; };
    std::string out;
    out.reserve(text.size());
    for (std::size_t offset = 0; offset < text.size();) {
        std::size_t plain_end = run_end(text, offset, plain);  // printable ASCII, copied whole
        out.append(text.substr(offset, plain_end - offset));
        if (plain_end == text.size()) break;
        offset = plain_end;
        char32_t c = next(text, offset);
        if (c == '\r') {  // a line end of Windows (CR LF) or of old Macs (CR alone)
            if (offset < text.size() && text[offset] == '\n') ++offset;
            out += '\n';
            continue;
        }
        if (c == 0xAD || c == 0x200B || c == 0x2060 || c == 0xFEFF) continue;  // invisible break marks
        bool control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0);
        append(out, control ? U'\uFFFD' : c);
    }
    return out;
}

}  // namespace newsdex::utf8
