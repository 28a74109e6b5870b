/** @file block_classifier.cpp
 *  @brief jusText-style block classification with neighbour context.
 */
#include "common/clean/block_classifier.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "common/clean/boilerplate_cues.hpp"
#include "common/text/cjk.hpp"
#include "common/text/fold.hpp"
#include "common/text/languages.hpp"
#include "common/text/letter_case.hpp"
#include "common/text/utf8.hpp"
#include "common/text/word_list.hpp"
#include "common/text/words.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// A page whose best stop-word list covers less than this share of its words is in a
/// language we have no list for. Running text in a language has 30–50% stop words, and on
/// cleaneval-dev even navigation-heavy pages in our languages stay above 11%, while
/// Hungarian and Norwegian pages reach 9–10% on the Spanish and English lists by chance.
constexpr double minimum_language_density = 0.10;

double stopword_density(std::string_view folded, const std::unordered_set<std::string>& stopwords) {
    auto words = split_words(folded);
    if (words.empty()) return 0.0;
    auto hits = std::count_if(words.begin(), words.end(),
                              [&](const WordSpan& w) { return stopwords.contains(std::string(w.in(folded))); });
    return static_cast<double>(hits) / static_cast<double>(words.size());
}

bool ends_with_ellipsis(std::string_view text) {
    return text.ends_with("...") || text.ends_with("\u2026") || text.ends_with("\u2026]") || text.ends_with("[\u2026]");
}

/// A teaser is a sentence or two cut off with an ellipsis; a longer block ending so is a
/// paragraph that trails off.
constexpr std::size_t teaser_words = 45;

/// A credit signed with a publisher's or an agency's initials and a slash: "MSG/Violetta
/// Belaev", "PAP/ Rafał Guz". A block of five words at most with one slash, before it one
/// word of two to six capital letters, after it two or three capitalised words with no
/// digit, no closing punctuation and small letters in each ("AC/DC Back In Black" is
/// none); "Time/Score Display" and "Hersteller/Modell" have no initials before the slash.
bool is_initials_credit(std::string_view text) {
    constexpr std::size_t most_words = 5, fewest_initials = 2, most_initials = 6;
    auto slash = text.find('/');
    if (slash == std::string_view::npos || text.find('/', slash + 1) != std::string_view::npos ||
        count_words(text, most_words + 1) > most_words)
        return false;
    std::string_view initials = text.substr(0, slash);
    if (initials.size() < fewest_initials || initials.size() > most_initials ||
        !std::all_of(initials.begin(), initials.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return false;
    std::string_view name = text.substr(slash + 1);
    auto words = split_words(name);
    if (words.size() < 2 || words.size() > 3 || name.find_first_of("0123456789.!?:;") != std::string_view::npos)
        return false;
    return std::all_of(words.begin(), words.end(), [&](const WordSpan& span) {
        std::string_view word = span.in(name);
        return starts_with_capital(word) && word.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
    });
}

/// Drops credits signed with initials once the context is settled: only their shape marks
/// them, and dropped before, they condemned the lead and the headings next to them.
void drop_initials_credits(std::vector<ClassifiedBlock>& blocks) {
    for (auto& block : blocks) {
        if (block.final != BlockClass::good || !is_initials_credit(block.text)) continue;
        block.final = BlockClass::bad;
        block.reason = "photo credit";
    }
}

/// A reason to drop the block whatever its neighbours say, or nullopt.
std::optional<std::string> furniture_reason(ClassifiedBlock& block, std::size_t word_count,
                                            const std::unordered_set<std::string>& seen) {
    const auto& cues = BoilerplateCues::instance();
    if (word_count == 0) return "no words";
    if (word_count >= 3 && seen.contains(block.folded)) return "repeated block";
    if (cues.is_photo_credit(block.folded)) return "photo credit";
    if (cues.is_section_heading(block.folded)) {
        block.section_heading = true;
        return "section heading";
    }
    if (cues.is_label(block.folded)) return "interface label";
    if (word_count <= 25 && cues.has_start(block.folded)) return "furniture lead-in";
    if (cues.has_phrase(block.folded)) {
        if (word_count <= 25) return "furniture phrase";
        block.has_phrase_cue = true;
    }
    // An appeal needs at least two first/second-person words (boilerplate_cues.hpp).
    if (block.voice_words >= 2 && cues.is_appeal(block.folded)) return "publisher appeal";
    if (word_count >= 6 && word_count <= teaser_words && ends_with_ellipsis(block.text)) {
        return "teaser of another page";
    }
    return std::nullopt;
}

/// Ends like a sentence: . ! ? or a closing quotation mark after one.
bool ends_sentence(std::string_view text) {
    for (std::string_view end : {".", "!", "?", ".\"", ".\u201d", "?\u201d", "!\u201d", "\u201d."}) {
        if (text.ends_with(end)) return true;
    }
    return false;
}

/// A whole sentence or more of running prose is story on its own merits, whatever its
/// neighbours: when in doubt, keep.
constexpr std::size_t sentence_block_words = 10;

/// Pages in a language without a stop-word list (Chinese, Japanese...): a long block that
/// ends like a sentence is prose.
BlockClass class_without_stopwords(const ClassifiedBlock& block, const ClassifierSettings& settings) {
    std::size_t length = block.text.size();
    if (length < settings.length_low) return BlockClass::short_text;
    bool sentence = ends_sentence(block.text) || block.text.ends_with("\u3002") || block.text.ends_with("\uff01") ||
                    block.text.ends_with("\uff1f");
    if (sentence) return length >= settings.length_high ? BlockClass::good : BlockClass::near_good;
    return BlockClass::near_good;
}

BlockClass class_from_features(const ClassifiedBlock& block, std::size_t word_count, double density,
                               const ClassifierSettings& settings) {
    std::size_t length = block.text.size();
    if (length < settings.length_low) return BlockClass::short_text;
    if (density >= settings.stopwords_high) {
        bool prose = ends_sentence(block.text) && word_count >= sentence_block_words;
        return length >= settings.length_high || prose ? BlockClass::good : BlockClass::near_good;
    }
    if (density >= settings.stopwords_low) return BlockClass::near_good;
    // News sentences dense in names and numbers have few stop words; a whole sentence
    // still gets its neighbours' say rather than being dropped outright.
    bool sentence = ends_sentence(block.text) && word_count >= sentence_block_words;
    return sentence && density >= settings.stopwords_low / 2 ? BlockClass::near_good : BlockClass::bad;
}

/// The class of the nearest block in direction `step` that is not short (and not
/// near-good when `skip_near_good`); bad past the edges, as in jusText.
BlockClass neighbour(const std::vector<ClassifiedBlock>& blocks, std::size_t index, int step, bool skip_near_good) {
    for (auto i = static_cast<long>(index) + step; i >= 0 && i < static_cast<long>(blocks.size()); i += step) {
        BlockClass c = blocks[static_cast<std::size_t>(i)].final;
        if (c == BlockClass::short_text) continue;
        if (skip_near_good && c == BlockClass::near_good) continue;
        return c;
    }
    return BlockClass::bad;
}

BlockClass resolve_short(const std::vector<ClassifiedBlock>& blocks, std::size_t i) {
    BlockClass previous = neighbour(blocks, i, -1, true);
    BlockClass next = neighbour(blocks, i, +1, true);
    if (previous == BlockClass::good && next == BlockClass::good) return BlockClass::good;
    if (previous == BlockClass::bad && next == BlockClass::bad) return BlockClass::bad;
    bool near_good_side = (previous == BlockClass::bad && neighbour(blocks, i, -1, false) == BlockClass::near_good) ||
                          (next == BlockClass::bad && neighbour(blocks, i, +1, false) == BlockClass::near_good);
    return near_good_side ? BlockClass::good : BlockClass::bad;
}

void resolve_context(std::vector<ClassifiedBlock>& blocks) {
    bool any_good =
        std::any_of(blocks.begin(), blocks.end(), [](const auto& b) { return b.final == BlockClass::good; });
    if (!any_good) {
        // A story of short paragraphs has no "good" block: its borderline ones are the story.
        for (auto& block : blocks) {
            if (block.final == BlockClass::near_good) block.final = BlockClass::good;
        }
    }
    std::vector<BlockClass> resolved(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        BlockClass c = blocks[i].final;
        if (c == BlockClass::short_text) c = resolve_short(blocks, i);
        if (c == BlockClass::near_good) {
            bool good_side = neighbour(blocks, i, -1, true) == BlockClass::good ||
                             neighbour(blocks, i, +1, true) == BlockClass::good;
            c = good_side ? BlockClass::good : BlockClass::bad;
        }
        resolved[i] = c;
    }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        blocks[i].final = resolved[i];
        if (resolved[i] == BlockClass::bad && blocks[i].reason.empty()) {
            blocks[i].reason = blocks[i].initial == BlockClass::bad ? "low stop-word density" : "between furniture";
        }
    }
}

/// A block that only its neighbours condemned ("between furniture") and that reads as a
/// sentence of its own: ends like one (or introduces what follows with a colon) and has a
/// few words. Short last lines of a story ("Amazon is expected to appeal."), a closing
/// "Thank you for the interview!", a subheading before a paragraph.
constexpr std::size_t attached_sentence_words = 4;

bool reads_as_sentence(const ClassifiedBlock& block) {
    if (block.reason != "between furniture") return false;
    if (!ends_sentence(block.text) && !block.text.ends_with(':')) return false;
    std::size_t offset = 0;
    if (u_islower(static_cast<UChar32>(utf8::next(block.text, offset)))) return false;  // a fragment
    return count_words(block.folded, attached_sentence_words) >= attached_sentence_words;
}

void keep_with_story(ClassifiedBlock& block) {
    block.final = BlockClass::good;
    block.reason.clear();
}

/// jusText drops a short block between story and furniture; a short sentence that touches
/// the story (directly before or after a kept block) is more likely its first or last line
/// than furniture: when in doubt, keep. A forward pass carries a run of such sentences
/// after a kept block, a backward pass a run before one; a sentence kept backwards has a
/// kept block after it already, so no third pass finds more.
void attach_sentences(std::vector<ClassifiedBlock>& blocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        bool touches_story = (i > 0 && blocks[i - 1].final == BlockClass::good) ||
                             (i + 1 < blocks.size() && blocks[i + 1].final == BlockClass::good);
        if (touches_story && reads_as_sentence(blocks[i])) keep_with_story(blocks[i]);
    }
    for (std::size_t i = blocks.size(); i-- > 1;) {
        if (blocks[i].final == BlockClass::good && reads_as_sentence(blocks[i - 1])) keep_with_story(blocks[i - 1]);
    }
}

/// A kept line ending with a colon introduces what follows ("You will need:", "So geht's:").
/// Up to this many short lines after it are its list (ingredients, steps, specifications);
/// a longer run of short lines is more likely navigation.
constexpr std::size_t short_list_items = 5;

void keep_introduced_lists(std::vector<ClassifiedBlock>& blocks) {
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        if (blocks[i].final != BlockClass::good || !blocks[i].text.ends_with(':')) continue;
        std::size_t end = i + 1;
        while (end < blocks.size() && end - i <= short_list_items && blocks[end].initial == BlockClass::short_text &&
               blocks[end].reason == "between furniture") {
            ++end;
        }
        if (end - i > short_list_items) continue;
        for (std::size_t item = i + 1; item < end; ++item) keep_with_story(blocks[item]);
    }
}

/// After a section heading everything is furniture until a block that is story on its own
/// merits: good by its features and not in the publisher's voice.
void apply_sections(std::vector<ClassifiedBlock>& blocks) {
    bool in_section = false;
    for (auto& block : blocks) {
        if (block.section_heading) {
            in_section = true;
            continue;
        }
        if (!in_section) continue;
        bool story = block.initial == BlockClass::good && block.voice_words == 0 && block.reason.empty();
        if (story) {
            in_section = false;
            continue;
        }
        if (block.final != BlockClass::bad) {
            block.final = BlockClass::bad;
            block.reason = "inside a furniture section";
        }
    }
}

/// The story is one stretch of the page. Kept blocks are grouped into runs that are
/// separated by `region_gap` or more dropped blocks; runs far smaller than the largest
/// (comments, author boxes, teaser lists that read like prose) are dropped too.
constexpr std::size_t region_gap = 4;
constexpr double minor_region_share = 0.1;

void keep_main_region(std::vector<ClassifiedBlock>& blocks) {
    std::vector<std::pair<std::size_t, std::size_t>> regions;  // [first, last] kept indexes
    std::vector<std::size_t> sizes;
    std::size_t gap = region_gap;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].final != BlockClass::good) {
            ++gap;
            continue;
        }
        if (gap >= region_gap) {
            regions.push_back({i, i});
            sizes.push_back(0);
        }
        regions.back().second = i;
        sizes.back() += blocks[i].text.size();
        gap = 0;
    }
    if (regions.size() < 2) return;
    std::size_t largest = *std::max_element(sizes.begin(), sizes.end());
    for (std::size_t r = 0; r < regions.size(); ++r) {
        if (static_cast<double>(sizes[r]) >= minor_region_share * static_cast<double>(largest)) continue;
        for (std::size_t i = regions[r].first; i <= regions[r].second; ++i) {
            if (blocks[i].final != BlockClass::good) continue;
            blocks[i].final = BlockClass::bad;
            blocks[i].reason = "outside the main text";
        }
    }
}

/// A page where nothing reads as story is a layout we do not know, not a page without a
/// story: keep every block no cue marked as furniture. When in doubt, keep.
void keep_something(std::vector<ClassifiedBlock>& blocks) {
    bool any_good =
        std::any_of(blocks.begin(), blocks.end(), [](const auto& b) { return b.final == BlockClass::good; });
    if (any_good) return;
    for (auto& block : blocks) {
        bool context_only = block.reason == "low stop-word density" || block.reason == "between furniture" ||
                            block.reason == "inside a furniture section" || block.reason.empty();
        if (!context_only) continue;
        block.final = BlockClass::good;
        block.reason.clear();
    }
}

}  // namespace

namespace {

struct StopwordLists {
    std::vector<std::unordered_set<std::string>> lists;
    /// Each stop word with one bit per list holding it: one lookup per word of the page
    /// instead of one per word and language.
    std::unordered_map<std::string, std::uint16_t> languages_of;
};
static_assert(stopword_languages.size() <= 16, "one bit per language in StopwordLists::languages_of");

const StopwordLists& stopword_lists() {
    static const StopwordLists languages = [] {
        StopwordLists built;
        for (auto data :
             // In the order of stopword_languages (text/languages.hpp).
             {data::stopwords_en, data::stopwords_de, data::stopwords_fr, data::stopwords_es, data::stopwords_it,
              data::stopwords_pt, data::stopwords_nl, data::stopwords_pl, data::stopwords_ru, data::stopwords_sv,
              data::stopwords_da, data::stopwords_no, data::stopwords_fi, data::stopwords_hu}) {
            built.lists.push_back(data_word_set(data));
        }
        for (std::size_t language = 0; language < built.lists.size(); ++language) {
            for (const auto& word : built.lists[language]) built.languages_of[word] |= std::uint16_t(1u << language);
        }
        return built;
    }();
    return languages;
}

}  // namespace

const std::unordered_set<std::string>* stopwords_of(std::string_view language) {
    for (std::size_t index = 0; index < stopword_languages.size(); ++index) {
        if (stopword_languages[index] == language) return &stopword_lists().lists[index];
    }
    return nullptr;
}

namespace {

/// The CJK characters among a page's words (each is a word: words.hpp), to tell Chinese
/// and Japanese, which no stop words tell: a page at least half of whose words are such
/// characters is Japanese if a tenth of them are kana (its grammar is written in kana),
/// else Chinese.
struct CjkCount {
    std::size_t characters = 0, kana = 0;
    void add(std::string_view word) {
        if (!is_cjk_word(word)) return;
        ++characters;
        std::size_t after = 0;
        if (is_kana(utf8::next(word, after))) ++kana;
    }
    [[nodiscard]] std::string_view language(std::size_t words) const {
        if (characters == 0 || characters * 2 < words) return {};
        return kana * 10 >= characters ? "ja" : "zh";
    }
};

}  // namespace

/// Each block votes, with its words, for the language whose stop words make up the most of
/// it, when they make up a tenth or more: blocks of addresses, file names and figures vote
/// for none, so that a German story beside 40 lines of image addresses is still German
/// (the page's stop words over all its words had been 0.07 there).
std::string_view choose_language(const std::vector<std::string>& folded_blocks) {
    const auto& languages = stopword_lists();
    std::vector<std::size_t> votes(languages.lists.size());
    std::size_t words = 0;
    CjkCount cjk;
    std::vector<std::size_t> hits(languages.lists.size());
    for (const auto& block : folded_blocks) {
        std::fill(hits.begin(), hits.end(), 0);
        std::size_t block_words = 0;
        for (const auto& word : split_words(block)) {
            ++block_words;
            cjk.add(word.in(block));
            auto found = languages.languages_of.find(std::string(word.in(block)));
            if (found == languages.languages_of.end()) continue;
            for (std::size_t language = 0; language < hits.size(); ++language) {
                if (found->second & (1u << language)) ++hits[language];
            }
        }
        words += block_words;
        auto best = std::max_element(hits.begin(), hits.end());
        if (block_words > 0 &&
            static_cast<double>(*best) / static_cast<double>(block_words) >= minimum_language_density) {
            votes[static_cast<std::size_t>(best - hits.begin())] += block_words;
        }
    }
    if (std::string_view language = cjk.language(words); !language.empty()) return language;
    auto most = std::max_element(votes.begin(), votes.end());
    return *most == 0 ? std::string_view{} : stopword_languages[static_cast<std::size_t>(most - votes.begin())];
}

std::vector<ClassifiedBlock> classify_blocks(const std::vector<std::string>& blocks, const ClassifierSettings& settings,
                                             std::string* language) {
    std::vector<ClassifiedBlock> classified;
    std::vector<std::string> folded;
    for (const auto& text : blocks) folded.push_back(fold(text));
    std::string_view chosen = choose_language(folded);
    if (language) *language = chosen;
    const auto* stopwords = stopwords_of(chosen);
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        ClassifiedBlock block;
        block.text = blocks[i];
        block.folded = folded[i];
        std::size_t word_count = count_words(block.folded);
        block.voice_words = BoilerplateCues::instance().count_voice_words(block.folded);
        if (auto reason = furniture_reason(block, word_count, seen)) {
            block.initial = BlockClass::bad;
            block.reason = *reason;
        } else {
            block.initial =
                stopwords ? class_from_features(block, word_count, stopword_density(block.folded, *stopwords), settings)
                          : class_without_stopwords(block, settings);
        }
        block.final = block.initial;
        seen.insert(block.folded);
        classified.push_back(std::move(block));
    }
    resolve_context(classified);
    attach_sentences(classified);
    keep_introduced_lists(classified);
    apply_sections(classified);
    keep_main_region(classified);
    keep_something(classified);
    drop_initials_credits(classified);
    return classified;
}

}  // namespace newsdex
