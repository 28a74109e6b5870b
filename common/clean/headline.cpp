/** @file headline.cpp
 *  @brief Headline detection.
 */
#include "common/clean/headline.hpp"

#include <unicode/uchar.h>

#include "common/extract/publication_date.hpp"
#include "common/text/fold.hpp"
#include "common/text/utf8.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

/// Headlines sit in the first blocks of a page; look no further.
constexpr std::size_t headline_search_depth = 15;

/// Reasons that come from the block's context rather than from furniture cues: a headline
/// is short and often sits among furniture, so these do not disqualify it.
bool dropped_for_context_only(const ClassifiedBlock& block) {
    return block.reason.empty() || block.reason == "low stop-word density" || block.reason == "between furniture";
}

/// ". X" inside the text: a second sentence.
bool has_internal_sentence_break(std::string_view text) {
    for (std::size_t at = text.find(". "); at != std::string_view::npos; at = text.find(". ", at + 1)) {
        std::size_t offset = at + 2;
        if (offset >= text.size()) return false;
        char32_t next = utf8::next(text, offset);
        bool previous_is_initial = at == 1 || (at >= 2 && (text[at - 2] == ' ' || text[at - 2] == '.'));
        if (u_isupper(static_cast<UChar32>(next)) && !previous_is_initial) return true;
    }
    return false;
}

}  // namespace

/// Breadcrumbs and menus: "Home › World › Europe", "Africa | Politics".
bool has_navigation_separator(std::string_view text) {
    for (std::string_view separator : {"\u203a", "\u00bb", " | ", " > ", " / ", " \u2022 ", " \u00b7 "}) {
        if (text.find(separator) != std::string_view::npos) return true;
    }
    return false;
}

/// A site or section name: three words or fewer, every one capitalised ("The Nairobi
/// Observer", "Financial Review").
bool looks_like_site_name(std::string_view text, const std::vector<WordSpan>& words) {
    if (words.size() > 3) return false;
    for (const auto& word : words) {
        std::size_t offset = word.offset;
        if (!u_isupper(static_cast<UChar32>(utf8::next(text, offset)))) return false;
    }
    return true;
}

bool looks_like_headline(const ClassifiedBlock& block, bool site_names_allowed) {
    if (!dropped_for_context_only(block)) return false;
    auto spans = split_words(block.text);
    std::size_t words = spans.size();
    if (words < 3 || words > 30) return false;
    if (has_navigation_separator(block.text)) return false;
    if (!site_names_allowed && looks_like_site_name(block.text, spans)) return false;
    // Date lines and bylines ("Published: 8 August 2022", "By Jane Doe") are not headlines.
    if (find_full_date(block.text) || block.folded.starts_with("by ")) return false;
    if (block.text.ends_with('.') && !block.text.ends_with("...")) return false;
    if (block.text.ends_with(':') || block.text.ends_with(',')) return false;
    return !has_internal_sentence_break(block.text);
}

std::optional<std::size_t> find_headline(const std::vector<ClassifiedBlock>& blocks) {
    for (std::size_t i = 0; i < blocks.size() && i < headline_search_depth; ++i) {
        if (looks_like_headline(blocks[i], false)) return i;
        if (blocks[i].initial == BlockClass::good && blocks[i].reason.empty()) break;
    }
    // Nothing but a short capitalised line before the story: on the page's first line that
    // is the headline ("OIL PRICES RISE" on wire copy), not a site name before one.
    if (!blocks.empty() && looks_like_headline(blocks.front(), true)) return 0;
    return std::nullopt;
}

std::optional<std::size_t> find_title_block(const std::vector<ClassifiedBlock>& blocks, std::string_view title) {
    std::string folded_title = fold(title);
    for (std::size_t i = 0; i < blocks.size() && i < headline_search_depth; ++i) {
        if (blocks[i].folded == folded_title) return i;
    }
    return std::nullopt;
}

}  // namespace newsdex
