/** @file cjk.cpp
 *  @brief Spacing Chinese and Japanese characters apart.
 */
#include "common/text/cjk.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "common/text/utf8.hpp"
#include "common/text/words.hpp"

namespace newsdex {

bool is_cjk_character(char32_t c) {
    return is_kana(c) ||                    // hiragana, katakana (with "ー")
           (c >= 0x31F0 && c <= 0x31FF) ||  // katakana phonetic extensions
           (c >= 0x3005 && c <= 0x3007) ||  // "々", "〆", "〇"
           (c >= 0x3400 && c <= 0x4DBF) ||  // ideographs, extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||  // unified ideographs
           (c >= 0xF900 && c <= 0xFAFF) ||  // compatibility ideographs
           (c >= 0xFF66 && c <= 0xFF9F) ||  // half-width katakana
           (c >= 0x20000 && c <= 0x3134F);  // ideographs, extensions B to G
}

bool is_cjk_word(std::string_view word) {
    if (word.empty() || static_cast<unsigned char>(word.front()) < 0x80) return false;
    std::size_t after = 0;
    return is_cjk_character(utf8::next(word, after)) && after == word.size();
}

bool may_hold_cjk(std::string_view bytes) {
    return std::any_of(bytes.begin(), bytes.end(), [](char byte) { return static_cast<unsigned char>(byte) >= 0xE3; });
}

bool opens_in_cjk(std::string_view text) {
    constexpr std::size_t sampled_words = 64;
    // An English article is told by its first bytes, without reading words (a snippet
    // asks for every hit).
    if (!may_hold_cjk(text.substr(0, 256))) return false;
    WordReader reader(text);
    std::size_t words = 0, characters = 0;
    for (WordSpan word = reader.next(); word.length > 0 && words < sampled_words; word = reader.next()) {
        ++words;
        if (is_cjk_word(word.in(text))) ++characters;
    }
    return words > 0 && characters * 2 >= words;
}

namespace {

/// The text's code points one at a time, each with its bytes.
struct CodePoints {
    std::string_view text;
    std::size_t offset = 0;
    /// The next code point, its bytes in `bytes`; false at the end.
    bool next(char32_t& c, std::string_view& bytes) {
        if (offset >= text.size()) return false;
        std::size_t start = offset;
        c = utf8::next(text, offset);
        bytes = text.substr(start, offset - start);
        return true;
    }
};

/// Appends a space unless `out` is empty or ends in one.
void space_after(std::string& out) {
    if (!out.empty() && out.back() != ' ') out += ' ';
}

}  // namespace

std::string separate_cjk_characters(std::string_view text) {
    if (!may_hold_cjk(text)) return std::string(text);  // most articles hold none
    std::string out;
    out.reserve(text.size());
    CodePoints points{text};
    char32_t c = 0;
    std::string_view bytes;
    bool after_cjk = false;
    while (points.next(c, bytes)) {
        bool cjk = is_cjk_character(c);
        if (cjk || (after_cjk && c != ' ')) space_after(out);
        out.append(bytes);
        after_cjk = cjk;
    }
    return out;
}

std::vector<std::string_view> cjk_words(std::string_view run) {
    // One iterator per thread (the indexer's threads tokenise at once): making one loads
    // ICU's rules, which a run of a few characters would pay for each time. It refers to
    // the text it is given, which lives as long as it does.
    struct Segmenter {
        std::unique_ptr<icu::BreakIterator> breaker;
        icu::UnicodeString text;
    };
    thread_local Segmenter segmenter = [] {
        UErrorCode status = U_ZERO_ERROR;
        Segmenter made{
            std::unique_ptr<icu::BreakIterator>(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status)),
            {}};
        if (U_FAILURE(status)) made.breaker.reset();
        return made;
    }();
    if (!segmenter.breaker) return {run};
    segmenter.text = icu::UnicodeString::fromUTF8(icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    segmenter.breaker->setText(segmenter.text);
    // ICU counts in UTF-16 units: the UTF-8 offset is found by walking the run alongside.
    std::vector<std::string_view> words;
    std::size_t start = 0, offset = 0;
    int32_t units = 0;
    for (int32_t end = segmenter.breaker->next(); end != icu::BreakIterator::DONE; end = segmenter.breaker->next()) {
        while (units < end && offset < run.size()) units += utf8::next(run, offset) > 0xFFFF ? 2 : 1;
        if (offset > start) words.push_back(run.substr(start, offset - start));
        start = offset;
    }
    return words;
}

std::string cjk_runs_as_phrases(std::string_view query) {
    std::string out;
    out.reserve(query.size() * 2);
    CodePoints points{query};
    char32_t c = 0;
    std::string_view bytes;
    bool in_quotes = false;
    std::string run;  // the CJK characters met last, spaced
    std::size_t run_length = 0;
    auto end_run = [&] {
        if (run_length > 1 && !in_quotes) {
            out += '"' + run + '"';
        } else {
            out += run;
        }
        run.clear();
        run_length = 0;
    };
    while (points.next(c, bytes)) {
        if (is_cjk_character(c)) {
            // Apart from a word before it, but not from a field's name or an operator.
            bool glued = !out.empty() && std::string_view(" :\"(+-").find(out.back()) == std::string_view::npos;
            if (run_length == 0 && glued) out += ' ';
            if (run_length > 0) run += ' ';
            run.append(bytes);
            ++run_length;
            continue;
        }
        if (run_length > 0) {
            end_run();
            if (c != ' ' && c != '"') out += ' ';
        }
        if (c == '"') in_quotes = !in_quotes;
        out.append(bytes);
    }
    if (run_length > 0) end_run();
    return out;
}

}  // namespace newsdex
