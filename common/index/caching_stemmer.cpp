/** @file caching_stemmer.cpp
 *  @brief Stems looked up before they are made.
 */
#include "common/index/caching_stemmer.hpp"

namespace newsdex {

namespace {
/// About 20 MB at most: enough for every word form of a large English news corpus.
constexpr std::size_t max_cached_words = 200'000;
}  // namespace

CachingStemmer::CachingStemmer(const std::string& language) : stemmer_(language) {}

std::string CachingStemmer::operator()(const std::string& word) {
    return stem(word);
}

const std::string& CachingStemmer::stem(const std::string& word) {
    if (auto found = stems_.find(word); found != stems_.end()) return found->second;
    if (stems_.size() >= max_cached_words) stems_.clear();
    return stems_.emplace(word, stemmer_(word)).first->second;
}

std::string CachingStemmer::get_description() const {
    return "CachingStemmer(" + stemmer_.get_description() + ")";
}

}  // namespace newsdex
