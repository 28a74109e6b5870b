/** @file snippet.cpp
 *  @brief Window choice and highlighting.
 */
#include "common/search/snippet.hpp"

#include <algorithm>
#include <limits>

#include "common/clean/blocks.hpp"
#include "common/text/acronyms.hpp"
#include "common/text/ascii.hpp"
#include "common/text/fold.hpp"
#include "common/text/hyphenated_words.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

/// Strips the term prefix ("Zsanction", "Ssanction" and "sanction" all give "sanction").
/// Free-text terms are stems (schema.hpp); a word matches one as it is or once stemmed.
/// Boolean filter terms (XP…, N…, Y…, Q…) give "".
std::string_view unprefixed(std::string_view term) {
    if (term.starts_with('Z')) term.remove_prefix(1);
    if (term.starts_with('S')) term.remove_prefix(1);
    if (term.empty() || (term.front() >= 'A' && term.front() <= 'Z')) return {};
    return term;
}

/// The terms of a phrase node whose children are all terms; empty for other nodes.
std::vector<std::string> phrase_terms(const Xapian::Query& node) {
    std::vector<std::string> terms;
    if (node.get_type() != Xapian::Query::OP_PHRASE) return terms;
    for (std::size_t i = 0; i < node.get_num_subqueries(); ++i) {
        Xapian::Query child = node.get_subquery(i);
        if (child.get_type() != Xapian::Query::LEAF_TERM) return {};
        terms.push_back(*child.get_terms_begin());
    }
    return terms;
}

/// The terms `node` can match, outside phrases and as phrases. What an AND_NOT excludes
/// is left out: those words are not why an article matched. (Filter terms are boolean:
/// unprefixed() gives them no word.)
void collect_terms(const Xapian::Query& node, std::vector<std::string>& terms,
                   std::vector<std::vector<std::string>>& phrases) {
    if (node.get_type() == Xapian::Query::LEAF_TERM) {
        terms.push_back(*node.get_terms_begin());
        return;
    }
    if (auto phrase = phrase_terms(node); !phrase.empty()) {
        phrases.push_back(std::move(phrase));
        return;
    }
    bool first_only = node.get_type() == Xapian::Query::OP_AND_NOT;
    std::size_t children = first_only ? std::min<std::size_t>(1, node.get_num_subqueries()) : node.get_num_subqueries();
    for (std::size_t i = 0; i < children; ++i) collect_terms(node.get_subquery(i), terms, phrases);
}

struct Window {
    std::size_t first = 0, last = 0;  ///< word indexes, inclusive
};

/// The matches of a text read so far: word indexes, and which term each matched, by a
/// number per distinct term (queries have a few), so windows count terms without hashing.
class Matches {
  public:
    /// Word `word` matched `term`, unless a match of it is known already. Words come in
    /// order, but for a phrase's first words, added when its last is read.
    void add(std::size_t word, const std::string& term) {
        auto found = std::find(terms_.begin(), terms_.end(), term);
        if (found == terms_.end()) {
            found = terms_.insert(terms_.end(), term);
            seen_in_.push_back(0);
        }
        auto at = words_.end();
        while (at != words_.begin() && *(at - 1) >= word) --at;
        if (at != words_.end() && *at == word) return;
        auto number = static_cast<std::size_t>(found - terms_.begin());
        term_numbers_.insert(term_numbers_.begin() + (at - words_.begin()), number);
        words_.insert(at, word);
    }

    [[nodiscard]] const std::vector<std::size_t>& words() const { return words_; }

    /// How many distinct terms the window of `size` words from match `first` holds, and
    /// how many matches.
    std::pair<std::size_t, std::size_t> count_from(std::size_t first, std::size_t size) {
        std::size_t window = ++windows_counted_, distinct = 0, last = first;
        for (; last < words_.size() && words_[last] < words_[first] + size; ++last) {
            std::size_t& seen = seen_in_[term_numbers_[last]];
            if (seen != window) ++distinct;
            seen = window;
        }
        return {distinct, last - first};
    }

    /// How many distinct terms the window of `size` words ending at the last match holds.
    std::size_t distinct_ending_at_last(std::size_t size) {
        std::size_t window = ++windows_counted_, distinct = 0;
        for (std::size_t j = words_.size(); j-- > 0 && words_[j] + size > words_.back();) {
            std::size_t& seen = seen_in_[term_numbers_[j]];
            if (seen != window) ++distinct;
            seen = window;
        }
        return distinct;
    }

  private:
    std::vector<std::string> terms_;
    std::size_t windows_counted_ = 0;   ///< numbers each window counted, from 1
    std::vector<std::size_t> seen_in_;  ///< by term number: the last window that counted it (0: none)
    std::vector<std::size_t> words_;
    std::vector<std::size_t> term_numbers_;
};

/// The window of `size` words holding the most distinct matched terms (then most matches).
Window best_window(Matches& matches, std::size_t word_count, std::size_t size) {
    Window best{0, std::min(word_count, size) - 1};
    std::size_t best_distinct = 0, best_total = 0;
    const auto& hits = matches.words();
    for (std::size_t i = 0; i < hits.size(); ++i) {
        // The window shown starts a few words before its first match: only the matches
        // it shows count.
        std::size_t lead = std::min<std::size_t>(hits[i], size / 4);
        auto [distinct, total] = matches.count_from(i, size - lead);
        if (distinct > best_distinct || (distinct == best_distinct && total > best_total)) {
            best_distinct = distinct;
            best_total = total;
            best.first = hits[i] - lead;
            best.last = std::min(word_count, best.first + size) - 1;
        }
    }
    return best;
}

}  // namespace

Highlighter::Highlighter(const std::vector<std::string>& terms, Xapian::Stem stemmer,
                         std::vector<std::string> wildcards, const std::vector<std::vector<std::string>>& phrases)
    : term_starts_(std::size_t{1} << 16), stemmer_(std::move(stemmer)), wildcards_(std::move(wildcards)) {
    for (const auto& term : terms) {
        if (auto word = unprefixed(term); !word.empty()) free_terms_.emplace(word);
    }
    terms_ = free_terms_;
    for (const auto& phrase : phrases) {
        std::vector<std::string> words;
        for (const auto& term : phrase) words.emplace_back(unprefixed(term));
        if (std::find(words.begin(), words.end(), std::string()) != words.end()) continue;
        terms_.insert(words.begin(), words.end());
        phrases_.push_back(std::move(words));
    }
    for (const auto& term : terms_) term_starts_[start_index(term)] = true;
}

int Highlighter::phrase_ending_at_last(const std::vector<MatchedWord>& matched) const {
    for (std::size_t p = 0; p < phrases_.size(); ++p) {
        const auto& phrase = phrases_[p];
        if (phrase.size() > matched.size()) continue;
        auto first = matched.end() - static_cast<std::ptrdiff_t>(phrase.size());
        bool together = matched.back().word - first->word + 1 == phrase.size();
        if (together &&
            std::equal(phrase.begin(), phrase.end(), first,
                       [](const std::string& term, const MatchedWord& word) { return term == word.term; })) {
            return static_cast<int>(p);
        }
    }
    return -1;
}

std::size_t Highlighter::start_index(std::string_view folded) {
    auto byte = [&](std::size_t at) -> std::size_t {
        return at < folded.size() ? static_cast<unsigned char>(folded[at]) : 0;
    };
    return byte(0) << 8 | byte(1);
}

Highlighter Highlighter::for_query(const Xapian::Query& query, Xapian::Stem stemmer) {
    std::vector<std::string> terms;
    std::vector<std::vector<std::string>> phrases;
    collect_terms(query, terms, phrases);
    // Xapian 1.4 does not expose a wildcard's pattern except in the description:
    // "WILDCARD SYNONYM sanc" (or OR/MAX for other expansion policies).
    std::vector<std::string> wildcards;
    std::string description = query.get_description();
    for (auto at = description.find("WILDCARD "); at != std::string::npos; at = description.find("WILDCARD ", at + 1)) {
        auto pattern_start = description.find(' ', at + 9);
        if (pattern_start == std::string::npos) break;
        auto pattern_end = description.find_first_of(" )", pattern_start + 1);
        std::string pattern = description.substr(pattern_start + 1, pattern_end - pattern_start - 1);
        if (!pattern.empty() && !(pattern.front() >= 'A' && pattern.front() <= 'Z')) wildcards.push_back(pattern);
    }
    return Highlighter(terms, std::move(stemmer), std::move(wildcards), phrases);
}

Highlighter Highlighter::with_stemmer(Xapian::Stem stemmer) const {
    Highlighter copy = *this;
    copy.stemmer_ = std::move(stemmer);
    return copy;
}

bool Highlighter::surely_unmatched(std::string_view word) const {
    if (!wildcards_.empty() || word.empty()) return false;
    auto first = static_cast<unsigned char>(word[0]);
    auto second = word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0;
    // "U.S." is "us", "e.g." "eg" (a word with a stop second is an acronym or a number).
    if (second == '.' && word.size() > 2 && is_ascii_letter(word[0])) second = static_cast<unsigned char>(word[2]);
    if ((first | second) >= 0x80) return false;
    // fold() leaves ASCII letters and digits as they are but for their case.
    auto lower = [](unsigned char byte) -> std::size_t {
        return byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte;
    };
    return !term_starts_[lower(first) << 8 | lower(second)];
}

std::string Highlighter::matched_term(std::string_view word) const {
    if ((terms_.empty() && wildcards_.empty()) || surely_unmatched(word)) return {};
    std::string folded = is_acronym(word) ? fold(join_acronyms(word)) : fold(word);  // "U.S." is "us"
    for (const auto& prefix : wildcards_) {
        if (folded.starts_with(prefix)) return prefix;
    }
    if (!term_starts_[start_index(folded)]) return {};
    if (terms_.contains(folded)) return folded;
    std::string stem = stemmer_(folded);
    return terms_.contains(stem) ? stem : std::string();
}

std::string Highlighter::hyphenated_term(std::string_view text, const std::vector<WordSpan>& spans) const {
    if (spans.size() < 2 || free_terms_.empty()) return {};
    const WordSpan &first = spans[spans.size() - 2], &second = spans.back();
    if (!form_hyphenated_word(text, first.offset, first.offset + first.length, second.offset,
                              second.offset + second.length)) {
        return {};
    }
    std::string joined(first.in(text));
    joined += second.in(text);
    std::string term = matched_term(joined);
    return free_terms_.contains(term) ? term : std::string();
}

std::string Highlighter::snippet(std::string_view text, std::size_t words, const SnippetMarkers& markers) const {
    if (words == 0) return {};
    std::vector<WordSpan> spans;
    Matches matches;
    std::size_t all_terms = free_terms_.size() + phrases_.size() + wildcards_.size();
    // The words that matched a term, while there are phrases to find.
    std::vector<MatchedWord> matched_words;
    // Read words until a window holds every term (no window holds more), then only as far
    // as that window can reach, so all its matches are highlighted; at least the opening.
    std::size_t read_up_to = std::numeric_limits<std::size_t>::max();
    spans.reserve(std::min<std::size_t>(text.size() / 6, 4096));
    WordReader reader(text, true);  // the words as indexed: "l'Italie" is "l" and "Italie", "U.S." is one
    bool read_all = false;
    while (spans.size() < std::max(read_up_to, words)) {
        WordSpan span = reader.next();
        if (span.length == 0) {
            read_all = true;
            break;
        }
        spans.push_back(span);
        std::string term;
        if (!surely_unmatched(span.in(text))) term = matched_term(span.in(text));
        if (term.empty()) {
            // "e-mail" for "email": the index files the hyphenated word joined as well.
            if (span.offset == 0 || text[span.offset - 1] != '-') continue;
            term = hyphenated_term(text, spans);
            if (term.empty()) continue;
            matches.add(spans.size() - 2, term);
        }
        bool added = false;
        if (!phrases_.empty()) {
            matched_words.push_back({spans.size() - 1, term});
            if (int phrase = phrase_ending_at_last(matched_words); phrase >= 0) {
                // The phrase's words count as one match of the phrase, for the window.
                std::string phrase_name(1, '"');
                phrase_name += std::to_string(phrase);
                for (std::size_t back = phrases_[static_cast<std::size_t>(phrase)].size(); back-- > 0;) {
                    matches.add(spans.size() - 1 - back, phrase_name);
                }
                added = true;
            }
        }
        bool phrase_only = !phrases_.empty() && !free_terms_.contains(term) && terms_.contains(term);  // not a wildcard
        if (!phrase_only) {
            matches.add(spans.size() - 1, term);
            added = true;
        }
        // A window shown may start a quarter of its words before its first match
        // (best_window), so only matches that close together are sure to show together.
        // A phrase's last word can complete it as well as a free word can: a query of
        // phrases alone read every article to its end before.
        bool complete = added && read_up_to == std::numeric_limits<std::size_t>::max() &&
                        matches.distinct_ending_at_last(words - words / 4) == all_terms;
        if (complete) read_up_to = spans.size() - 1 + words;
    }
    if (spans.empty()) return {};
    Window window = best_window(matches, spans.size(), words);
    const auto& hits = matches.words();
    bool to_the_end = read_all && window.last + 1 == spans.size();
    std::size_t begin = window.first == 0 ? 0 : spans[window.first].offset;
    std::size_t end = to_the_end ? text.size() : spans[window.last].offset + spans[window.last].length;
    std::string out = window.first == 0 ? "" : "\u2026";
    std::size_t position = begin;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        std::size_t h = hits[i];
        if (h < window.first || h > window.last) continue;
        std::size_t marked_start = spans[h].offset, marked_end = marked_start + spans[h].length;
        // The matched parts of a hyphenated word are marked as one: "[e-mail]"; so are
        // CJK characters with nothing between them (cjk.hpp): "[河北]".
        auto joined = [&](std::size_t next) {
            std::string_view between = text.substr(marked_end, spans[next].offset - marked_end);
            return between == "-" || between.empty();
        };
        while (i + 1 < hits.size() && hits[i + 1] == h + 1 && h + 1 <= window.last && joined(h + 1)) {
            h = hits[++i];
            marked_end = spans[h].offset + spans[h].length;
        }
        out.append(text.substr(position, marked_start - position));
        out += markers.start;
        out.append(text.substr(marked_start, marked_end - marked_start));
        out += markers.end;
        position = marked_end;
    }
    out.append(text.substr(position, end - position));
    if (end < text.size()) out += "\u2026";
    return collapse_whitespace(out);
}

}  // namespace newsdex
