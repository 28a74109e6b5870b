/** @file boilerplate_cues.cpp
 *  @brief Cue matching over folded text.
 */
#include "common/clean/boilerplate_cues.hpp"

#include <algorithm>
#include <initializer_list>

#include "common/text/fold.hpp"
#include "common/text/utf8.hpp"
#include "common/text/word_list.hpp"
#include "common/text/words.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// Removes `marks` from one end of `text` for as long as one is there. Whole UTF-8
/// sequences, so a trailing letter such as Cyrillic "р" is never cut in half.
std::string_view strip_marks(std::string_view text, std::initializer_list<std::string_view> marks, bool from_end) {
    for (bool trimmed = true; trimmed && !text.empty();) {
        trimmed = false;
        for (auto mark : marks) {
            if (from_end ? !text.ends_with(mark) : !text.starts_with(mark)) continue;
            from_end ? text.remove_suffix(mark.size()) : text.remove_prefix(mark.size());
            trimmed = true;
        }
    }
    return text;
}

/// Strips separators and punctuation around a label ("Related: ", "» More |").
std::string_view trim_punctuation(std::string_view text) {
    text = strip_marks(text, {" ", ":", ",", ".", ";", "!", "?", "-", "|", ">", "»", "–", "—"}, true);
    return strip_marks(text, {" ", "-", "|", "•", "·", ">", "»", "›"}, false);
}

std::string_view trim_brackets(std::string_view text) {
    while (!text.empty() && std::string_view(" ()[]").find(text.front()) != std::string_view::npos)
        text.remove_prefix(1);
    while (!text.empty() && std::string_view(" ()[]").find(text.back()) != std::string_view::npos)
        text.remove_suffix(1);
    return text;
}

bool starts_with_cue(std::string_view text, const std::string& cue) {
    if (!text.starts_with(cue)) return false;
    if (text.size() == cue.size()) return true;
    char next = text[cue.size()];
    bool cue_ends_alnum = std::isalnum(static_cast<unsigned char>(cue.back()));
    return !cue_ends_alnum || !std::isalnum(static_cast<unsigned char>(next));
}

/// One side of a slash names an agency: "afp", "getty images", "maxim shemetov/afp".
bool names_agency(std::string_view part, const std::unordered_set<std::string>& agencies) {
    part = trim_brackets(part);
    if (agencies.contains(std::string(part))) return true;
    auto words = split_words(part);
    if (words.empty()) return false;
    return agencies.contains(std::string(words.front().in(part))) ||
           agencies.contains(std::string(words.back().in(part)));
}

}  // namespace

BoilerplateCues::BoilerplateCues() {
    std::vector<std::string> phrases;
    for (const auto& line : data_lines(data::boilerplate_cues)) {
        auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string kind = line.substr(0, colon);
        std::string cue = fold(line.substr(line.find_first_not_of(' ', colon + 1)));
        if (kind == "section") sections_.push_back(cue);
        if (kind == "phrase") phrases.push_back(cue);
        if (kind == "start") starts_.push_back(cue);
        if (kind == "label") labels_.insert(cue);
        if (kind == "credit") credits_.push_back(cue);
        if (kind == "agency") agencies_.insert(cue);
        if (kind == "appeal") appeal_words_.insert(cue);
        if (kind == "voice") voice_words_.insert(cue);
    }
    phrases_ = PhraseSet(phrases);
}

const BoilerplateCues& BoilerplateCues::instance() {
    static const BoilerplateCues cues;
    return cues;
}

bool BoilerplateCues::is_section_heading(std::string_view folded_block) const {
    std::string_view text = trim_punctuation(folded_block);
    if (count_words(text, 7) > 6) return false;
    return std::any_of(sections_.begin(), sections_.end(),
                       [&](const std::string& cue) { return starts_with_cue(text, cue); });
}

bool BoilerplateCues::is_label(std::string_view folded_block) const {
    return labels_.contains(std::string(trim_punctuation(folded_block)));
}

bool BoilerplateCues::has_phrase(std::string_view folded_text) const {
    return phrases_.any_in(folded_text);
}

bool BoilerplateCues::has_start(std::string_view folded_block) const {
    std::string_view text = trim_punctuation(folded_block);
    return std::any_of(starts_.begin(), starts_.end(),
                       [&](const std::string& cue) { return starts_with_cue(text, cue); });
}

bool BoilerplateCues::is_photo_credit(std::string_view folded_block) const {
    if (count_words(folded_block, 16) > 15) return false;
    bool credit_lead = std::any_of(credits_.begin(), credits_.end(), [&](const std::string& cue) {
        return contains_at_word_boundary(folded_block, cue);
    });
    if (credit_lead) return true;
    if (folded_block.find('/') == std::string_view::npos) return false;
    std::size_t start = 0;
    while (start <= folded_block.size()) {
        auto end = std::min(folded_block.find('/', start), folded_block.size());
        if (names_agency(folded_block.substr(start, end - start), agencies_)) return true;
        start = end + 1;
    }
    return false;
}

std::size_t BoilerplateCues::count_voice_words(std::string_view folded_block) const {
    std::string own_voice = strip_quotations(folded_block);
    auto words = split_words(own_voice);
    return static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [&](const WordSpan& w) {
        return voice_words_.contains(std::string(w.in(own_voice)));
    }));
}

bool BoilerplateCues::is_appeal(std::string_view folded_block) const {
    std::string own_voice = strip_quotations(folded_block);
    auto words = split_words(own_voice);
    std::size_t voice = 0, appeal = 0;
    for (const auto& word : words) {
        std::string text(word.in(own_voice));
        voice += voice_words_.contains(text);
        appeal += appeal_words_.contains(text);
    }
    if (voice >= 2 && appeal >= 1) return true;
    return voice >= 3 && voice * 100 >= words.size() * 8;
}

std::string strip_quotations(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool quoted = false;
    for (std::size_t offset = 0; offset < text.size();) {
        // ASCII other than '"' is copied or skipped whole.
        std::size_t unquoted_end =
            utf8::run_end(text, offset, [](unsigned char byte) { return byte < 0x80 && byte != '"'; });
        if (unquoted_end > offset) {
            if (!quoted) out.append(text.substr(offset, unquoted_end - offset));
            offset = unquoted_end;
            continue;
        }
        char32_t c = utf8::next(text, offset);
        // English “…”, German „…“ and »…«, French «…»: any quotation mark opens, and
        // any that can end a quotation closes it.
        bool opens = c == U'\u201c' || c == U'\u201e' || c == U'\u00ab' || c == U'\u00bb' || c == '"';
        bool closes = c == U'\u201d' || c == U'\u201c' || c == U'\u00bb' || c == U'\u00ab' || c == '"';
        if (opens && !quoted) {
            quoted = true;
            continue;
        }
        if (closes && !quoted && c != '"') {
            // A quotation opened in an earlier block ends here: all before it was quoted.
            out.clear();
            continue;
        }
        if (closes && quoted) {
            quoted = false;
            out += ' ';
            continue;
        }
        if (!quoted) utf8::append(out, c);
    }
    return out;
}

}  // namespace newsdex
