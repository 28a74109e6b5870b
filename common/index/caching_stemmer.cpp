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

const std::string& CachingStemmer::stem(const std::string& word) {
    if (auto found = stems_.find(word); found != stems_.end()) return found->second;
    if (stems_.size() >= max_cached_words) stems_.clear();
    return stems_.emplace(word, stemmer_(word)).first->second;
}

}  // namespace newsdex
