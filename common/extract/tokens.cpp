/** @file tokens.cpp
 *  @brief Tokenising for extraction.
 */
#include "common/extract/tokens.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_set>

#include "common/text/cjk.hpp"
#include "common/text/fold.hpp"
#include "common/text/letter_case.hpp"
#include "common/text/utf8.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

/// Titles abbreviated with a full stop before a name, as American and older British
/// writing has them ("Mr. Smith", "Sen. Kennedy"): the stop ends no sentence.
bool is_abbreviated_title(const Token& token) {
    static const std::unordered_set<std::string> titles{"mr",  "mrs", "ms",  "messrs", "dr",   "prof", "gen",
                                                        "lt",  "col", "maj", "capt",   "cmdr", "sgt",  "adm",
                                                        "sen", "rep", "gov", "supt",   "insp", "rev",  "hon"};
    return titles.contains(token.folded);
}

Gap classify_gap(std::string_view gap, const Token* previous) {
    if (gap.find_first_not_of(' ') == std::string_view::npos) return Gap::space;
    if (gap == "-" || gap == "\u2010" || gap == "\u2011") return Gap::hyphen;
    if (gap.find_first_of(".!?") == std::string_view::npos) return Gap::other;
    // "J. Smith", "U.S.", but not "AT&T. Consolidation" nor "Jay-Z. Soul singer": a letter
    // glued or hyphened to the word before it ends a word, and its full stop may end a
    // sentence.
    bool previous_is_letter = previous && previous->text.size() == 1 && previous->all_upper && !previous->glued &&
                              previous->gap != Gap::hyphen;
    if (previous_is_letter && (gap == "." || gap == ". ")) return Gap::initial;
    if (previous && gap == ". " && is_abbreviated_title(*previous)) return Gap::title_stop;
    return Gap::sentence;
}

/// The separator before a word ends with a quotation mark that opens: a curly opening one,
/// or a straight one after white space or other punctuation (`: "`, `(\'`), where a
/// closing one stands first (`", `).
bool ends_with_opening_quote(std::string_view gap) {
    for (std::string_view mark : {"\u201C", "\u2018", "\u00AB", "\u201E"}) {
        if (gap.ends_with(mark)) return true;
    }
    return gap.size() >= 2 && (gap.back() == '"' || gap.back() == '\'') && gap[gap.size() - 2] != '"' &&
           gap[gap.size() - 2] != '\'';
}

/// The token's text without the possessive's "'s" (or "’s"), so that "UK's" is as upper
/// case as "UK".
std::string_view without_possessive_ending(const Token& token) {
    std::string_view text = token.text;
    if (!token.possessive || text.empty()) return text;
    text.remove_suffix(1);
    for (std::string_view apostrophe : {"'", "\u2019"}) {
        if (text.ends_with(apostrophe)) return text.substr(0, text.size() - apostrophe.size());
    }
    return token.text;
}

void describe_case(Token& token) {
    bool has_lower = false;
    std::size_t offset = 0;
    char32_t first = utf8::next(token.text, offset);
    token.capitalised = u_isupper(static_cast<UChar32>(first));
    token.caseless =
        u_isalpha(static_cast<UChar32>(first)) && !u_hasBinaryProperty(static_cast<UChar32>(first), UCHAR_CASED);
    token.digit = u_isdigit(static_cast<UChar32>(first));
    std::string_view letters = without_possessive_ending(token);
    for (offset = 0; offset < letters.size();) {
        if (u_islower(static_cast<UChar32>(utf8::next(letters, offset)))) has_lower = true;
    }
    token.all_upper = !has_lower && !token.digit;
}

void strip_possessive(Token& token) {
    for (std::string_view suffix : {"'s", "'S"}) {
        if (token.folded.size() > suffix.size() && token.folded.ends_with(suffix)) {
            token.folded.resize(token.folded.size() - suffix.size());
            token.possessive = true;
        }
    }
}

Token make_token(std::string_view text, Gap gap) {
    Token token;
    token.text = text;
    token.folded = fold(text);
    strip_possessive(token);
    describe_case(token);
    token.gap = gap;
    return token;
}

/// The words of `paragraph` as the extractors read them: a run of CJK characters with
/// nothing between them is read as ICU's dictionary words (cjk_words), not character by
/// character, so that a country is named by a word of its own.
std::vector<WordSpan> extraction_words(std::string_view paragraph) {
    std::vector<WordSpan> characters = split_words(paragraph), words;
    if (!may_hold_cjk(paragraph)) return characters;  // most paragraphs: no copy
    for (std::size_t i = 0; i < characters.size(); ++i) {
        std::size_t end = i;
        auto joined_to_next = [&](std::size_t at) {
            return at + 1 < characters.size() && is_cjk_word(characters[at + 1].in(paragraph)) &&
                   characters[at].offset + characters[at].length == characters[at + 1].offset;
        };
        if (!is_cjk_word(characters[i].in(paragraph))) {
            words.push_back(characters[i]);
            continue;
        }
        while (joined_to_next(end)) ++end;
        std::size_t run_start = characters[i].offset;
        std::string_view run = paragraph.substr(run_start, characters[end].offset + characters[end].length - run_start);
        for (std::string_view word : cjk_words(run)) {
            words.push_back({run_start + static_cast<std::size_t>(word.data() - run.data()), word.size()});
        }
        i = end;
    }
    return words;
}

/// `gap` starts with one of `marks`, then white space only: `’ `, `" `.
bool mark_then_space(std::string_view gap, std::initializer_list<std::string_view> marks) {
    return std::any_of(marks.begin(), marks.end(), [&](std::string_view mark) {
        return gap.size() > mark.size() && gap.starts_with(mark) &&
               gap.find_first_not_of(' ', mark.size()) == std::string_view::npos;
    });
}

/// "Veritas' deputy leader", "James’ book": an apostrophe right after a word in "s" and
/// before a space is a plural or classical possessive, unless it closes a quotation that
/// one opened ("launches 'Veritas' party").
bool possessive_apostrophe(std::string_view gap, const Token& previous, bool quote_open) {
    if (quote_open || !(previous.text.ends_with('s') || previous.text.ends_with('S'))) return false;
    return mark_then_space(gap, {"'", "\u2019"});
}

/// Whether a single quotation mark stays open after `gap`, the text between two words:
/// one before a word opens it ("‘", "'"), one after a word closes it.
bool single_quote_open_after(std::string_view gap, bool open) {
    if (gap.starts_with("'") || gap.starts_with("\u2019")) open = false;
    if (gap.ends_with("\u2018") || gap.ends_with("'")) open = true;
    return open;
}

/// The separator before a word is a quotation mark that closes, then white space: `" `,
/// `” `, `’ `.
bool closes_quote(std::string_view gap) {
    return mark_then_space(gap, {"\"", "'", "\u201D", "\u2019"});
}

/// Two words joined by an "@", or by a full stop with no space before a small letter
/// ("maria.carrasquilla", "laestrella.com"), are parts of an e-mail or web address. Not
/// an initial's stop ("U.S.").
bool joins_address(std::string_view gap, const Token& before, const Token& after) {
    if (gap == "@") return true;
    return gap == "." && before.text.size() > 1 && !after.capitalised && !after.digit;
}

}  // namespace

std::vector<Token> tokenize(std::string_view paragraph) {
    std::vector<Token> tokens;
    std::size_t previous_end = 0;
    bool quote_open = false;
    for (const auto& word : extraction_words(paragraph)) {
        std::string_view text = word.in(paragraph);
        std::string_view gap_text = paragraph.substr(previous_end, word.offset - previous_end);
        Gap gap = tokens.empty() ? Gap::sentence : classify_gap(gap_text, &tokens.back());
        if (!tokens.empty() && possessive_apostrophe(gap_text, tokens.back(), quote_open)) {
            tokens.back().possessive = true;
            gap = Gap::space;
        }
        quote_open = single_quote_open_after(gap_text, quote_open);
        previous_end = word.offset + word.length;
        // The article and the word are two tokens, so names and countries are seen.
        if (std::size_t elided = elided_article_length(text)) {
            tokens.push_back(make_token(text.substr(0, elided), gap));
            text.remove_prefix(elided);
            gap = Gap::space;
        }
        tokens.push_back(make_token(text, gap));
        // "MS. Final approval": an acronym in capitals before a word that is not ends a sentence.
        if (gap == Gap::title_stop && tokens[tokens.size() - 2].all_upper && !tokens.back().all_upper) {
            tokens.back().gap = Gap::sentence;
        }
        tokens.back().glued = gap == Gap::other && gap_text.find_first_of(" \t\n") == std::string_view::npos;
        tokens.back().opens_quote = gap != Gap::space && gap != Gap::hyphen && ends_with_opening_quote(gap_text);
        tokens.back().ampersand_before = gap_text == " & ";
        tokens.back().after_closing_quote = closes_quote(gap_text);
        if (tokens.size() > 1 && joins_address(gap_text, tokens[tokens.size() - 2], tokens.back())) {
            tokens[tokens.size() - 2].in_address = true;
            tokens.back().in_address = true;
        }
    }
    return tokens;
}

TokenizedText::TokenizedText(const std::vector<std::string>& text, std::vector<std::vector<Token>> known)
    : paragraphs(text), tokens(std::move(known)), upper_case(is_upper_case_text(text)) {
    tokens.resize(std::min(tokens.size(), paragraphs.size()));
    for (std::size_t i = tokens.size(); i < paragraphs.size(); ++i) tokens.push_back(tokenize(paragraphs[i]));
}

}  // namespace newsdex
