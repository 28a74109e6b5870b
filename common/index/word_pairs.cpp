/** @file word_pairs.cpp
 *  @brief Choosing, recording and filing the frequent word pairs.
 */
#include "common/index/word_pairs.hpp"

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "common/clean/block_classifier.hpp"
#include "common/schema.hpp"
#include "common/text/hash.hpp"
#include "common/text/languages.hpp"

namespace newsdex {

namespace {

/// The English stems (as the index files words) of every stop word of our languages.
using StemSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;

StemSet function_word_stems() {
    Xapian::Stem stemmer{std::string(schema::stemmer_language)};
    StemSet stems;
    for (std::string_view language : stopword_languages) {
        for (const auto& word : *stopwords_of(language)) stems.insert(stemmer(word));
    }
    return stems;
}

}  // namespace

bool is_function_word_term(std::string_view term) {
    static const StemSet stems = function_word_stems();
    // A prefix is capitals (schema.hpp); a stem never starts with one.
    while (!term.empty() && term.front() >= 'A' && term.front() <= 'Z') term.remove_prefix(1);
    return stems.contains(term);
}

WordPairSet::WordPairSet(const std::vector<std::string>& pairs) {
    for (std::size_t number = 0; number < pairs.size(); ++number) {
        terms_.emplace(pairs[number], schema::word_pair_term(number));
    }
}

WordPairSet WordPairSet::read(const Xapian::Database& database) {
    WordPairSet pairs;
    const std::string prefix(schema::metadata::word_pair);
    for (auto key = database.metadata_keys_begin(prefix); key != database.metadata_keys_end(prefix); ++key) {
        pairs.terms_.emplace((*key).substr(prefix.size()), database.get_metadata(*key));
    }
    return pairs;
}

void WordPairSet::write(Xapian::WritableDatabase& database) const {
    // Pairs numbered otherwise would name other pairs' terms.
    const std::string prefix(schema::metadata::word_pair);
    std::vector<std::string> old(database.metadata_keys_begin(prefix), database.metadata_keys_end(prefix));
    for (const auto& key : old) database.set_metadata(key, {});
    for (const auto& [pair, term] : terms_) database.set_metadata(schema::word_pair_key(pair), term);
}

const std::string* WordPairSet::term_of(const std::string& pair) const {
    auto found = terms_.find(pair);
    return found == terms_.end() ? nullptr : &found->second;
}

void WordPairSet::add_to(Xapian::Document& document, const std::vector<std::string>& candidates) const {
    for (const auto& pair : candidates) {
        if (const auto* term = term_of(pair)) document.add_boolean_term(*term);
    }
}

void WordPairChoice::add_article(const std::vector<std::string>& candidates) {
    ++articles_;
    for (const auto& pair : candidates) ++articles_with_[pair];
}

WordPairSet WordPairChoice::chosen(std::size_t minimum_articles, std::size_t most) const {
    std::size_t needed = std::max(minimum_articles, (articles_ + 49) / 50);
    std::vector<std::pair<std::size_t, const std::string*>> frequent;
    for (const auto& [pair, articles] : articles_with_) {
        if (articles >= needed) frequent.emplace_back(articles, &pair);
    }
    std::sort(frequent.begin(), frequent.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : *a.second < *b.second;
    });
    if (frequent.size() > most) frequent.resize(most);
    std::vector<std::string> pairs;
    for (const auto& [articles, pair] : frequent) pairs.push_back(*pair);
    return WordPairSet(pairs);
}

std::vector<std::size_t> word_pair_sample(std::size_t total) {
    std::size_t size = std::min(total, word_pair_sample_size);
    std::vector<std::size_t> sample;
    sample.reserve(size);
    for (std::size_t k = 0; k < size; ++k) sample.push_back(k * total / size);
    return sample;
}

}  // namespace newsdex
