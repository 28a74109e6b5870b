/** @file sentences.cpp
 *  @brief ICU sentence breaking and glued-sentence repair.
 */
#include "common/text/sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

#include "common/text/ascii.hpp"
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

/// The code point that ends just before `offset`, with `offset` moved back to its start.
char32_t previous_code_point(std::string_view text, std::size_t& offset) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    auto at = static_cast<int32_t>(offset);
    UChar32 c;
    U8_PREV(bytes, 0, at, c);
    offset = static_cast<std::size_t>(at);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

/// Whether a sentence ICU ended really ends in an abbreviation that the next one goes
/// on from: an initial or a one-letter abbreviation ("George W.", "z.", "e."), or a title
/// ("Dr.", "Gen."; ICU's English rules break after them, and its filtered iterator
/// matches the ends of words too, "Blair." for "r.").
bool ends_in_abbreviation(std::string_view sentence) {
    // Not "Jr.", which ends a sentence as often as a name ("…said Martin Luther King Jr.").
    static const std::array<std::string_view, 13> titles{"dr",  "gen",  "prof", "gov", "sen", "rep", "lt",
                                                         "col", "capt", "sgt",  "st",  "bzw", "ca"};
    if (!sentence.ends_with('.')) return false;
    std::string_view word = sentence.substr(0, sentence.size() - 1);
    if (auto space = word.find_last_of(" ("); space != std::string_view::npos) word.remove_prefix(space + 1);
    if (word.size() == 1) return is_ascii_letter(word[0]);
    return std::find(titles.begin(), titles.end(), lower_ascii(word)) != titles.end();
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
        if (sentence.empty()) continue;
        if (!sentences.empty() && ends_in_abbreviation(sentences.back())) {
            sentences.back() += ' ' + sentence;
        } else {
            sentences.push_back(std::move(sentence));
        }
    }
    return sentences;
}

std::string repair_glued_sentences(std::string_view block) {
    // Only '.', '!' and '?' can take a space after them, and they are ASCII: the text is
    // copied in runs between them, and code points are decoded around each one only.
    std::string out;
    out.reserve(block.size() + 8);
    std::size_t copied = 0;
    for (std::size_t at = block.find_first_of(".!?"); at != std::string_view::npos;
         at = block.find_first_of(".!?", at + 1)) {
        std::size_t before = at, after = at + 1;
        char32_t previous = before > 0 ? previous_code_point(block, before) : 0;
        char32_t earlier = before > 0 ? previous_code_point(block, before) : 0;
        if (!is_lower(previous) || !is_lower(earlier) || after >= block.size()) continue;
        char32_t next = utf8::next(block, after);
        if (after >= block.size() || !is_upper(next) || !is_lower(utf8::next(block, after))) continue;
        out.append(block.substr(copied, at + 1 - copied));
        out += ' ';
        copied = at + 1;
    }
    out.append(block.substr(copied));
    return out;
}

}  // namespace newsdex
