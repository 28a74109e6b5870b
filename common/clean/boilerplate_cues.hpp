/** @file boilerplate_cues.hpp
 *  @brief The cue phrases of page furniture, loaded from data/boilerplate_cues.txt.
 *
 * All tests here take folded text (see fold()).
 */
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/text/word_list.hpp"

namespace newsdex {

class BoilerplateCues {
  public:
    /// The cues compiled into the program.
    static const BoilerplateCues& instance();

    /// A short stand-alone block that opens a run of furniture ("Related articles").
    [[nodiscard]] bool is_section_heading(std::string_view folded_block) const;
    /// The whole block is an interface label ("Search", "Anzeige", "Reklama").
    [[nodiscard]] bool is_label(std::string_view folded_block) const;
    /// Contains a furniture phrase ("your support", "subscribe to our newsletter").
    [[nodiscard]] bool has_phrase(std::string_view folded_text) const;
    /// Starts with a furniture lead-in ("see also", "read more").
    [[nodiscard]] bool has_start(std::string_view folded_block) const;
    /// A photo credit: a credit lead-in, or a slash next to a photo/news agency name.
    [[nodiscard]] bool is_photo_credit(std::string_view folded_block) const;
    /// Speaks to the reader as the publisher: first/second-person words outside quotations
    /// together with publisher vocabulary.
    [[nodiscard]] bool is_appeal(std::string_view folded_block) const;
    /// The number of first/second-person words outside quotations.
    [[nodiscard]] std::size_t count_voice_words(std::string_view folded_block) const;

  private:
    BoilerplateCues();
    std::vector<std::string> sections_, starts_, credits_;
    PhraseSet phrases_{{}};
    std::unordered_set<std::string> labels_, agencies_, appeal_words_, voice_words_;
};

/// The text with quotations ("…", “…”, «…») removed: what the writer says in their own voice.
[[nodiscard]] std::string strip_quotations(std::string_view text);

}  // namespace newsdex
