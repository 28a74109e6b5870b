/** @file text_terms.cpp
 *  @brief Gathering a document's text terms, then handing them to Xapian once each.
 */
#include "common/index/text_terms.hpp"

#include <algorithm>
#include <utility>

#include "common/index/word_pairs.hpp"
#include "common/schema.hpp"
#include "common/text/indexed_words.hpp"

namespace newsdex {

namespace {
/// TermGenerator's default longest word, in bytes: longer ones are left out.
constexpr std::size_t longest_word = 64;
}  // namespace

void TextTerms::clear() {
    terms_.clear();
    position_ = 0;
}

void TextTerms::add_text(std::string_view text, Xapian::termcount wdf, std::string_view prefix) {
    IndexedWordReader reader(text);
    while (reader.next(word_)) {
        if (word_.size() > longest_word) continue;
        const std::string& stem = stemmer_.stem(word_);
        if (stem.empty()) continue;
        const std::string* term = &stem;
        if (!prefix.empty()) {
            term_.assign(prefix);
            term_ += stem;
            term = &term_;
        }
        auto& occurrences = terms_[*term];
        occurrences.wdf += wdf;
        occurrences.positions.push_back(++position_);
    }
}

void TextTerms::add_posting(const std::string& term, Xapian::termpos position, Xapian::termcount wdf) {
    auto& occurrences = terms_[term];
    occurrences.wdf += wdf;  // as Xapian counts it, even where the position was there already
    auto& positions = occurrences.positions;
    auto at = std::lower_bound(positions.begin(), positions.end(), position);
    if (at == positions.end() || *at != position) positions.insert(at, position);
}

const std::vector<Xapian::termpos>* TextTerms::positions_of(const std::string& term) const {
    auto found = terms_.find(term);
    return found == terms_.end() ? nullptr : &found->second.positions;
}

void TextTerms::add_to(Xapian::Document& document, bool with_positions) {
    for (const auto& [term, occurrences] : terms_) {
        document.add_term(term, occurrences.wdf);
        if (!with_positions) continue;
        for (auto position : occurrences.positions) document.add_posting(term, position, 0);
    }
}

void TextTerms::visit_adjacent_pairs(const std::function<void(const std::string&)>& visit) const {
    std::vector<std::pair<Xapian::termpos, const std::string*>> placed;
    for (const auto& [term, occurrences] : terms_) {
        if (is_function_word_term(term)) continue;
        for (auto position : occurrences.positions) placed.emplace_back(position, &term);
    }
    std::sort(placed.begin(), placed.end());
    std::string pair;
    // Several terms can share a position (a hyphenated word's joined form): each term at
    // one position pairs with each at the next.
    for (std::size_t first = 0; first < placed.size(); ++first) {
        Xapian::termpos next = placed[first].first + 1;
        auto second = std::lower_bound(placed.begin() + static_cast<std::ptrdiff_t>(first), placed.end(),
                                       std::pair<Xapian::termpos, const std::string*>{next, nullptr});
        for (; second != placed.end() && second->first == next; ++second) {
            schema::word_pair(pair, *placed[first].second, *second->second);
            visit(pair);
        }
    }
}

std::vector<std::string> TextTerms::adjacent_pairs() const {
    std::vector<std::string> pairs;
    visit_adjacent_pairs([&pairs](const std::string& pair) { pairs.push_back(pair); });
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

std::vector<HashedPositions> TextTerms::take_hashed_positions() {
    std::vector<HashedPositions> hashed;
    hashed.reserve(terms_.size());
    for (auto& [term, occurrences] : terms_) {
        hashed.emplace_back(position_term_hash(term), std::move(occurrences.positions));
    }
    return hashed;
}

}  // namespace newsdex
