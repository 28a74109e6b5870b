/** @file word_pairs.cpp
 *  @brief Choosing, recording and filing the frequent word pairs.
 */
#include "common/index/word_pairs.hpp"

#include <algorithm>

#include "common/clean/block_classifier.hpp"
#include "common/schema.hpp"
#include "common/text/languages.hpp"

namespace newsdex {

namespace {

/// The English stems (as the index files words) of every stop word of our languages.
std::unordered_set<std::string> function_word_stems() {
    Xapian::Stem stemmer{std::string(schema::stemmer_language)};
    std::unordered_set<std::string> stems;
    for (std::string_view language : stopword_languages) {
        for (const auto& word : *stopwords_of(language)) stems.insert(stemmer(word));
    }
    return stems;
}

}  // namespace

bool is_function_word_term(std::string_view term) {
    static const std::unordered_set<std::string> stems = function_word_stems();
    // A prefix is capitals (schema.hpp); a stem never starts with one.
    while (!term.empty() && term.front() >= 'A' && term.front() <= 'Z') term.remove_prefix(1);
    return stems.contains(std::string(term));
}

WordPairSet WordPairSet::read(const Xapian::Database& database) {
    std::string recorded = database.get_metadata(std::string(schema::metadata::word_pairs));
    std::unordered_set<std::string> terms;
    std::size_t start = 0;
    while (start < recorded.size()) {
        std::size_t end = std::min(recorded.find('\n', start), recorded.size());
        if (end > start) terms.insert(recorded.substr(start, end - start));
        start = end + 1;
    }
    return WordPairSet(std::move(terms));
}

void WordPairSet::write(Xapian::WritableDatabase& database) const {
    std::vector<std::string> sorted(terms_.begin(), terms_.end());
    std::sort(sorted.begin(), sorted.end());
    std::string recorded;
    for (const auto& term : sorted) {
        recorded += term;
        recorded += '\n';
    }
    database.set_metadata(std::string(schema::metadata::word_pairs), recorded);
}

void WordPairSet::add_to(Xapian::Document& document, const std::vector<std::string>& candidates) const {
    for (const auto& term : candidates) {
        if (contains(term)) document.add_boolean_term(term);
    }
}

void WordPairChoice::add_article(const std::vector<std::string>& candidates) {
    ++articles_;
    for (const auto& term : candidates) ++articles_with_[term];
}

WordPairSet WordPairChoice::chosen(std::size_t minimum_articles, std::size_t most) const {
    std::size_t needed = std::max(minimum_articles, (articles_ + 99) / 100);
    std::vector<std::pair<std::size_t, const std::string*>> frequent;
    for (const auto& [term, articles] : articles_with_) {
        if (articles >= needed) frequent.emplace_back(articles, &term);
    }
    std::sort(frequent.begin(), frequent.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : *a.second < *b.second;
    });
    if (frequent.size() > most) frequent.resize(most);
    std::unordered_set<std::string> terms;
    for (const auto& [articles, term] : frequent) terms.insert(*term);
    return WordPairSet(std::move(terms));
}

std::vector<std::size_t> word_pair_sample(std::size_t total) {
    std::size_t size = std::min(total, word_pair_sample_size);
    std::vector<std::size_t> sample;
    sample.reserve(size);
    for (std::size_t k = 0; k < size; ++k) sample.push_back(k * total / size);
    return sample;
}

}  // namespace newsdex
