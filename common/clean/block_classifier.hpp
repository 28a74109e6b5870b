/** @file block_classifier.hpp
 *  @brief Deciding which blocks of a page are the story.
 *
 * The method follows jusText (Pomikálek 2011): each block first gets a class from its own
 * features — length, stop-word density, and our boilerplate cues (furniture phrases, photo
 * credits, publisher appeals, truncated teasers, repeated blocks) — then short and
 * borderline blocks take the class of their neighbours. On top of that, a section heading
 * ("Related articles", "A message from…") opens a run of furniture that lasts until a
 * block that is clearly story text again.
 */
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

namespace newsdex {

enum class BlockClass { good, near_good, short_text, bad };

struct ClassifiedBlock {
    std::string text;
    std::string folded;
    BlockClass initial = BlockClass::bad;  ///< from the block's own features
    BlockClass final = BlockClass::bad;    ///< after context; good means keep
    std::string reason;                    ///< why it was dropped (empty when kept)
    bool has_phrase_cue = false;           ///< a long block with a furniture sentence in it
    bool section_heading = false;
    std::size_t voice_words = 0;
};

/// Stop-word density thresholds and length limits (in bytes) of jusText, lowered a little
/// for news prose, which is dense in names.
struct ClassifierSettings {
    double stopwords_low = 0.20;
    double stopwords_high = 0.26;
    std::size_t length_low = 90;
    std::size_t length_high = 150;
};

/// Classifies `blocks` using the stop-word list that fits the page's language best
/// (length and punctuation alone for a language without a list); that language's code
/// goes to `language` when given.
[[nodiscard]] std::vector<ClassifiedBlock> classify_blocks(const std::vector<std::string>& blocks,
                                                           const ClassifierSettings& settings = {},
                                                           std::string* language = nullptr);

/// The ISO 639-1 code of the stop-word list that fits `folded_blocks` best (one of
/// stopword_languages, text/languages.hpp), by the words of the blocks a tenth or more of
/// whose words are its stop words; empty when no block is so; zh or ja by script.
[[nodiscard]] std::string_view choose_language(const std::vector<std::string>& folded_blocks);

/// The stop words of `language` (a code above); nullptr for any other.
[[nodiscard]] const std::unordered_set<std::string>* stopwords_of(std::string_view language);

}  // namespace newsdex
