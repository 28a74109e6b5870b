/** @file words.cpp
 *  @brief Word splitting over UTF-8.
 */
#include "common/text/words.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <utility>

#include "common/text/acronyms.hpp"
#include "common/text/ascii.hpp"
#include "common/text/cjk.hpp"
#include "common/text/utf8.hpp"

namespace newsdex {

namespace {

/// ASCII letters and digits: most bytes of any text are decided by this table alone.
constexpr auto ascii_word_chars = ascii_table([](char c) { return is_ascii_letter(c) || is_ascii_digit(c); });

}  // namespace

bool is_word_char(char32_t c) {
    if (c < 0x80) return ascii_word_chars[c];
    auto category = u_charType(static_cast<UChar32>(c));
    return u_isalnum(static_cast<UChar32>(c)) || category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK;
}

namespace {

bool is_apostrophe(char32_t c) {
    return c == '\'' || c == U'\u2019';
}

/// The code point at `offset`, with `after` set past it.
char32_t code_point_at(std::string_view text, std::size_t offset, std::size_t& after) {
    auto byte = static_cast<unsigned char>(text[offset]);
    after = offset + 1;
    if (byte < 0x80) return byte;
    after = offset;
    return utf8::next(text, after);
}

/// Whether the code point at `offset` can be part of a word, with `after` set past it.
inline bool word_char_at(std::string_view text, std::size_t offset, std::size_t& after) {
    auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {
        after = offset + 1;
        return ascii_word_chars[byte];
    }
    return is_word_char(code_point_at(text, offset, after));
}

/// The offset of the first word character at or after `at`, or text.size(). ASCII bytes
/// are decided by the table alone, without decoding: this runs for every byte a snippet
/// reads.
std::size_t skip_to_word(std::string_view text, std::size_t at) {
    std::size_t after = 0;
    while (at < text.size()) {
        auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) {
            if (ascii_word_chars[byte]) return at;
            ++at;
        } else if (word_char_at(text, at, after)) {
            return at;
        } else {
            at = after;
        }
    }
    return text.size();
}

/// The end of the word starting at `at`. Apostrophes count only between word characters
/// ("don't", "O'Neill"); `apostrophe_inside` is set when one is crossed.
/// Inlined into WordReader::next, the loop every snippet runs over its words (called, it
/// made the snippet micro-benchmark 20% slower).
[[gnu::always_inline]] inline std::size_t word_end(std::string_view text, std::size_t at, bool& apostrophe_inside) {
    std::size_t after = 0;
    while (at < text.size()) {
        auto byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) {
            if (ascii_word_chars[byte]) {
                ++at;
                continue;
            }
            if (byte != '\'') return at;  // most words end at an ASCII space or mark
        } else if (char32_t c = code_point_at(text, at, after); is_word_char(c) && !is_cjk_character(c)) {
            at = after;  // a CJK character is a word of its own (cjk.hpp)
            continue;
        }
        std::size_t peek_after = 0;
        bool inside = is_apostrophe(code_point_at(text, at, after)) && after < text.size() &&
                      word_char_at(text, after, peek_after);
        if (!inside) return at;
        apostrophe_inside = true;
        at = peek_after;
    }
    return at;
}

/// Whether the last code point of `text` can be part of a word.
bool ends_in_word_char(std::string_view text) {
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t after = 0;
    return word_char_at(text, start, after);
}

/// The end of the word the index holds that starts at `start`, given `end`, the end of
/// the plain word there: past an acronym's full stops ("U.S."), or past each point or
/// comma between two digits ("10,000.50", "v1.2.3").
std::size_t indexed_word_end(std::string_view text, std::size_t start, std::size_t end, bool& apostrophe_inside) {
    if (end == start + 1 && end < text.size() && text[end] == '.') {
        if (std::size_t length = acronym_length(text, start)) return start + length;
    }
    while (end > start && end + 1 < text.size() && (text[end] == '.' || text[end] == ',') &&
           is_ascii_digit(text[end - 1]) && is_ascii_digit(text[end + 1])) {
        end = word_end(text, end + 1, apostrophe_inside);
    }
    return end;
}

}  // namespace

WordSpan WordReader::next() {
    if (after_article_.length > 0) return std::exchange(after_article_, WordSpan{0, 0});
    std::size_t start = skip_to_word(text_, offset_);
    if (start < text_.size() && static_cast<unsigned char>(text_[start]) >= 0x80) {
        std::size_t after = start;
        if (is_cjk_character(utf8::next(text_, after))) {
            offset_ = after;
            return {start, after - start};
        }
    }
    bool apostrophe_inside = false;
    offset_ = start < text_.size() ? word_end(text_, start, apostrophe_inside) : start;
    // Most words end at a space: only a stop or comma after one may carry it on.
    bool stop_after = as_indexed_ && offset_ < text_.size() && (text_[offset_] == '.' || text_[offset_] == ',');
    if (stop_after) offset_ = indexed_word_end(text_, start, offset_, apostrophe_inside);
    WordSpan word{start, offset_ - start};
    if (!as_indexed_ || !apostrophe_inside) return word;
    std::size_t elided = elided_article_length(word.in(text_), true);
    if (elided == 0) return word;
    std::size_t apostrophe = text_[start + elided - 1] == '\'' ? 1 : std::string_view("\u2019").size();
    after_article_ = {start + elided, word.length - elided};
    return {start, elided - apostrophe};
}

std::vector<WordSpan> split_words(std::string_view text) {
    std::vector<WordSpan> words;
    WordReader reader(text);
    for (WordSpan word = reader.next(); word.length > 0; word = reader.next()) words.push_back(word);
    return words;
}

std::size_t count_words(std::string_view text, std::size_t limit) {
    WordReader reader(text);
    std::size_t count = 0;
    bool pair_open = false;  // the word before was a CJK character that began a pair
    std::size_t cjk_end = std::string_view::npos;
    for (WordSpan word = reader.next(); count < limit && word.length > 0; word = reader.next()) {
        bool cjk = is_cjk_word(word.in(text));
        if (cjk && pair_open && word.offset == cjk_end) {
            pair_open = false;  // the second character of a pair: no word more
        } else {
            ++count;
            pair_open = cjk;
        }
        cjk_end = cjk ? word.offset + word.length : std::string_view::npos;
    }
    return count;
}

std::size_t elided_article_length(std::string_view word, bool any_case) {
    static constexpr std::string_view articles[] = {"d", "l", "qu", "dell", "dall", "nell", "sull", "all"};
    auto same_letter = [any_case](char in_article, char in_word) {
        return in_word == in_article || (any_case && in_word == in_article - ('a' - 'A'));
    };
    for (std::string_view article : articles) {
        if (word.size() <= article.size() || !std::equal(article.begin(), article.end(), word.begin(), same_letter)) {
            continue;
        }
        for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
            std::size_t length = article.size() + apostrophe.size();
            if (word.size() > length && word.substr(article.size()).starts_with(apostrophe)) return length;
        }
    }
    return 0;
}

std::vector<ElidedArticle> find_elided_articles(std::string_view folded) {
    // From each apostrophe back to its word's start, not by reading every word with a
    // WordReader that separates articles (as snippets do): the indexer runs this on every
    // article, and on the BBC set that took 0.8 µs an article against 12 µs. The two
    // differ only where an article follows another apostrophe ("y'all'd").
    constexpr std::size_t longest_article = 4;
    std::vector<ElidedArticle> found;
    for (auto apostrophe = folded.find('\''); apostrophe != std::string_view::npos;
         apostrophe = folded.find('\'', apostrophe + 1)) {
        std::size_t start = apostrophe;
        while (start > 0 && apostrophe - start < longest_article && folded[start - 1] >= 'a' &&
               folded[start - 1] <= 'z') {
            --start;
        }
        if (start == apostrophe || (start > 0 && ends_in_word_char(folded.substr(0, start)))) continue;
        if (elided_article_length(folded.substr(start)) != apostrophe + 1 - start) continue;
        WordSpan word = WordReader(folded.substr(apostrophe + 1)).next();
        if (word.offset != 0 || word.length == 0) continue;
        found.push_back({start, apostrophe, apostrophe + 1 + word.length});
    }
    return found;
}

void separate_elided_articles(std::string& folded) {
    if (folded.find('\'') == std::string::npos) return;
    for (const auto& article : find_elided_articles(folded)) folded[article.apostrophe] = ' ';
}

}  // namespace newsdex
