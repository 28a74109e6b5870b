/** @file cjk.hpp
 *  @brief Chinese characters and Japanese kana: scripts written without spaces between
 *  words, read one character at a time.
 *
 * A run of Chinese or Japanese text has no spaces to split it, so every reader that
 * splits words at spaces (Xapian's TermGenerator, and words.hpp) took a whole clause
 * for one word: "河北" found nothing in "…活动来到河北各市…". For search, each character
 * is a word of its own, as Lucene's StandardTokenizer makes it, and a query's run of them
 * is searched as a phrase of them (query_builder.cpp), which finds it wherever it stands
 * and only there; words from a dictionary (ICU has one) would miss a run the article's
 * text was segmented across. The extractors, which look names up, read ICU's dictionary
 * words instead (cjk_words). Xapian 1.4's own FLAG_CJK_NGRAM was not used: with STEM_ALL it gives its
 * bigrams positions between those of the characters, so a phrase of characters never
 * matches. Hangul is left alone: Korean is written with spaces between words.
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// Whether `c` is a Chinese character (CJK unified or compatibility ideograph) or a
/// Japanese kana, or one of the marks written inside their words ("々", "〇", "ー").
[[nodiscard]] bool is_cjk_character(char32_t c);

/// Whether `c` is a Japanese kana (hiragana or katakana).
[[nodiscard]] inline bool is_kana(char32_t c) {
    return c >= 0x3040 && c <= 0x30FF;
}

/// Whether `bytes` (UTF-8) may hold a CJK character: each one's first byte is 0xE3 or
/// more, so most English text is told apart without decoding.
[[nodiscard]] bool may_hold_cjk(std::string_view bytes);

/// Whether `word` (UTF-8) is one CJK character, as words.hpp reads each.
[[nodiscard]] bool is_cjk_word(std::string_view word);

/// Whether at least half of the first words of `text` are CJK characters: a Chinese or
/// Japanese article.
[[nodiscard]] bool opens_in_cjk(std::string_view text);

/// `text` (UTF-8) with a space on either side of each CJK character that lacks one, so
/// that Xapian's TermGenerator files each as a word of its own, as WordReader reads it.
[[nodiscard]] std::string separate_cjk_characters(std::string_view text);

/// The words of `run`, a run of CJK characters, by ICU's dictionary (its word break
/// iterator): for the extractors, which look a name up as words, where single characters
/// would find "加纳" (Ghana) in "增加纳税" (to pay more tax). Each is a view into `run`.
[[nodiscard]] std::vector<std::string_view> cjk_words(std::string_view run);

/// `query` with each run of two CJK characters or more outside double quotes made a
/// quoted phrase of them ("河北" → "\"河 北\""), and each within quotes spaced.
[[nodiscard]] std::string cjk_runs_as_phrases(std::string_view query);

}  // namespace newsdex
