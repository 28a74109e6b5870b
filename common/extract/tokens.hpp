/** @file tokens.hpp
 *  @brief Words of a paragraph with the facts the extractors need about each.
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdex {

/// What separates a token from the one before it.
enum class Gap {
    space,       ///< white space only: the two may be one name
    hyphen,      ///< "Jean-Claude", "Russian-Venezuelan"
    initial,     ///< "U.S.": a full stop after a one-letter token
    title_stop,  ///< "Mr. Smith", "Gen. Petraeus": the full stop of an abbreviated title
    sentence,    ///< a sentence ends between them
    other,       ///< commas, quotes, brackets...: never inside a name
};

struct Token {
    std::string_view text;     ///< as written, possessive included
    std::string folded;        ///< folded, possessive "'s" removed
    bool capitalised = false;  ///< starts with an upper-case letter
    bool caseless = false;     ///< starts with a letter of a script without case (Chinese): no capital marks a name
    bool all_upper = false;    ///< no lower-case letter
    bool possessive = false;   ///< ended in 's or ’s
    bool digit = false;        ///< starts with a digit
    bool glued = false;        ///< punctuation but no white space before it: the "T" of "AT&T"
    bool opens_quote = false;  ///< a quotation mark opens before it: `joking: "Unfortunately`
    bool ampersand_before = false;     ///< an ampersand between spaces joins it to the word before: "Equity & Law"
    bool in_address = false;           ///< part of an e-mail or web address: "Maria.carrasquilla@laestrella"
    bool after_closing_quote = false;  ///< a quotation mark closes before it, then a space: `"Suge" Knight`
    Gap gap = Gap::sentence;           ///< separator before it (sentence for the first)
};

/// Whether `token` may continue the words before it as one name: a space, a hyphen or the
/// full stop of an initial between them ("Jean-Claude", "J. Smith", "U.S.").
[[nodiscard]] inline bool joins_previous(const Token& token) {
    return token.gap == Gap::space || token.gap == Gap::hyphen || token.gap == Gap::initial;
}

/// Tokenises one paragraph.
[[nodiscard]] std::vector<Token> tokenize(std::string_view paragraph);

/// Paragraphs and their tokens: tokenised once, read by every extractor.
struct TokenizedText {
    /// Tokenises `paragraphs`, except the first ones whose tokens are already `known`.
    explicit TokenizedText(const std::vector<std::string>& paragraphs, std::vector<std::vector<Token>> known = {});
    const std::vector<std::string>& paragraphs;  ///< not owned: must outlive this
    std::vector<std::vector<Token>> tokens;      ///< one list per paragraph
    bool upper_case;  ///< wire copy set in capitals (is_upper_case_text): capitals then mark nothing
};

}  // namespace newsdex
