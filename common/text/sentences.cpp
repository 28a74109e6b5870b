/** @file sentences.cpp
 *  @brief ICU sentence breaking and glued-sentence repair.
 */
#include "common/text/sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

#include "common/text/utf8.hpp"

namespace newsdex {

namespace {

std::unique_ptr<icu::BreakIterator> make_sentence_iterator() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status)) throw std::runtime_error("ICU: no sentence break iterator");
    return iterator;
}

std::string trim(const std::string& text) {
    auto first = text.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    auto last = text.find_last_not_of(" \t\n");
    return text.substr(first, last - first + 1);
}

bool is_lower(char32_t c) {
    return u_islower(static_cast<UChar32>(c));
}
bool is_upper(char32_t c) {
    return u_isupper(static_cast<UChar32>(c));
}

}  // namespace

std::vector<std::string> split_sentences(std::string_view block) {
    thread_local std::unique_ptr<icu::BreakIterator> iterator = make_sentence_iterator();
    icu::UnicodeString unicode =
        icu::UnicodeString::fromUTF8(icu::StringPiece(block.data(), static_cast<int32_t>(block.size())));
    iterator->setText(unicode);
    std::vector<std::string> sentences;
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
        std::string sentence;
        unicode.tempSubStringBetween(start, end).toUTF8String(sentence);
        sentence = trim(sentence);
        if (!sentence.empty()) sentences.push_back(std::move(sentence));
    }
    return sentences;
}

std::string repair_glued_sentences(std::string_view block) {
    std::vector<char32_t> chars;
    for (std::size_t offset = 0; offset < block.size();) chars.push_back(utf8::next(block, offset));
    std::string out;
    out.reserve(block.size() + 8);
    for (std::size_t i = 0; i < chars.size(); ++i) {
        utf8::append(out, chars[i]);
        bool terminal = chars[i] == '.' || chars[i] == '!' || chars[i] == '?';
        if (!terminal || i < 2 || i + 2 >= chars.size()) continue;
        bool lower_word_before = is_lower(chars[i - 1]) && is_lower(chars[i - 2]);
        bool sentence_after = is_upper(chars[i + 1]) && is_lower(chars[i + 2]);
        if (lower_word_before && sentence_after) out += ' ';
    }
    return out;
}

}  // namespace newsdex
