/** @file cleaner.cpp
 *  @brief Blocks → classes → headline → story paragraphs.
 */
#include "common/clean/cleaner.hpp"

#include "common/clean/block_classifier.hpp"
#include "common/clean/blocks.hpp"
#include "common/clean/boilerplate_cues.hpp"
#include "common/clean/headline.hpp"
#include "common/text/fold.hpp"
#include "common/text/sentences.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

/// Titles are shown on one line: cap a fallback title taken from the story.
constexpr std::size_t fallback_title_words = 14;

std::string first_words(std::string_view text, std::size_t count) {
    auto words = split_words(text);
    if (words.size() <= count) return std::string(text);
    std::size_t end = words[count - 1].offset + words[count - 1].length;
    return std::string(text.substr(0, end)) + "\u2026";
}

/// Drops the furniture sentences of a long story block, keeping the rest.
std::string drop_furniture_sentences(const std::string& block, std::vector<std::string>& removed) {
    std::string kept;
    for (auto& sentence : split_sentences(block)) {
        if (BoilerplateCues::instance().has_phrase(fold(sentence))) {
            removed.push_back(sentence);
            continue;
        }
        if (!kept.empty()) kept += ' ';
        kept += sentence;
    }
    return kept;
}

std::optional<std::size_t> locate_title(const std::vector<ClassifiedBlock>& classified,
                                        const std::optional<std::string>& given_title) {
    if (given_title) return find_title_block(classified, *given_title);
    return find_headline(classified);
}

}  // namespace

std::string strip_inline_credits(std::string_view block, std::vector<std::string>& removed) {
    std::string out;
    std::size_t position = 0;
    while (position < block.size()) {
        auto open = block.find('(', position);
        auto close = open == std::string_view::npos ? open : block.find(')', open);
        if (close == std::string_view::npos) break;
        while (close + 1 < block.size() && block[close + 1] == ')') ++close;
        std::string_view group = block.substr(open, close - open + 1);
        out.append(block.substr(position, open - position));
        if (BoilerplateCues::instance().is_photo_credit(fold(group))) {
            removed.emplace_back(group);
        } else {
            out.append(group);
        }
        position = close + 1;
    }
    out.append(block.substr(std::min(position, block.size())));
    return collapse_whitespace(out);
}

CleanedArticle clean_article(std::string_view text, const std::optional<std::string>& given_title) {
    CleanedArticle cleaned;
    cleaned.blocks = split_blocks(text);
    auto classified = classify_blocks(cleaned.blocks, {}, &cleaned.language);
    auto title_index = locate_title(classified, given_title);
    for (std::size_t i = 0; i < classified.size(); ++i) {
        const auto& block = classified[i];
        if (title_index && i == *title_index) continue;
        bool before_headline = title_index && i < *title_index && !given_title;
        if (block.final != BlockClass::good || (before_headline && block.initial != BlockClass::good)) {
            cleaned.removed.push_back(block.text);
            continue;
        }
        std::string kept = block.has_phrase_cue ? drop_furniture_sentences(block.text, cleaned.removed) : block.text;
        kept = strip_inline_credits(kept, cleaned.removed);
        if (kept.empty()) continue;
        if (cleaned.paragraphs.empty() && !title_index) cleaned.story_start = i;
        cleaned.paragraphs.push_back(std::move(kept));
    }
    if (title_index) cleaned.story_start = *title_index;
    if (given_title) {
        cleaned.title = *given_title;
    } else if (title_index) {
        cleaned.title = classified[*title_index].text;
    } else if (!cleaned.paragraphs.empty()) {
        cleaned.title = first_words(split_sentences(cleaned.paragraphs.front()).front(), fallback_title_words);
    }
    return cleaned;
}

}  // namespace newsdex
