/** @file same_text.cpp
 *  @brief Finding the hits whose text repeats an earlier hit's, word for word or nearly.
 */
#include "common/search/same_text.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>

#include "common/text/ascii.hpp"
#include "common/text/hash.hpp"

namespace newsdex {

namespace {

constexpr std::size_t shingle_words = 4;

/// The hashes of the text's words, in order (words: runs of bytes between white space).
std::vector<std::uint64_t> word_hashes(std::string_view text) {
    std::vector<std::uint64_t> words;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && is_ascii_space(text[at])) ++at;
        std::size_t end = at;
        while (end < text.size() && !is_ascii_space(text[end])) ++end;
        if (end > at) words.push_back(fnv1a(text.substr(at, end - at)));
        at = end;
    }
    return words;
}

/// Whether two texts may resemble at same_text_resemblance, by what costs no reading of
/// their words: lengths near enough (the shingle counts bound the resemblance, |A ∩ B| /
/// |A ∪ B| ≤ min / max, and byte lengths follow them closely) and the same first or last
/// bytes. Shingling costs about 2 µs per 1,000 bytes of text (newsdex-bench-micro
/// text_shingles: 6–6.5 µs for a seed article of 3.3 KB), some 4 µs for a BBC article, and
/// most pages hold hits of near lengths, against 0.2 ms for a whole warm search there. A
/// copy with a few words changed rarely has both its ends changed: on the first pages of
/// the 60 benchmark queries over the BBC set, the screen passed over no pair of texts
/// that resemble.
bool may_resemble(std::string_view a, std::string_view b) {
    constexpr double length_slack = 0.05;
    constexpr std::size_t end_bytes = 64;
    std::size_t shorter = std::min(a.size(), b.size()), longer = std::max(a.size(), b.size());
    if (static_cast<double>(shorter) < (same_text_resemblance - length_slack) * static_cast<double>(longer)) {
        return false;
    }
    std::size_t end = std::min(end_bytes, shorter);
    return a.substr(0, end) == b.substr(0, end) || a.substr(a.size() - end) == b.substr(b.size() - end);
}

}  // namespace

TextShingles text_shingles(std::string_view text) {
    std::vector<std::uint64_t> words = word_hashes(text);
    TextShingles shingles;
    std::size_t runs = words.size() < shingle_words ? 1 : words.size() - shingle_words + 1;
    for (std::size_t first = 0; first < runs && !words.empty(); ++first) {
        std::uint64_t hash = fnv1a_start;
        std::size_t end = std::min(words.size(), first + shingle_words);
        for (std::size_t word = first; word < end; ++word) hash = (hash ^ words[word]) * 1099511628211ull;
        shingles.push_back(hash);
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    return shingles;
}

double resemblance(const TextShingles& a, const TextShingles& b) {
    if (a.empty() || b.empty()) return 0;
    std::size_t shared = 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++shared, ++x, ++y;
        }
    }
    return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

void mark_same_text(std::vector<Hit>& hits) {
    // Shingled only when another hit may resemble it: most pages have no such pair.
    std::vector<std::optional<TextShingles>> shingled(hits.size());
    auto shingles_of = [&](std::size_t at) -> const TextShingles& {
        if (!shingled[at]) shingled[at] = text_shingles(hits[at].article.body);
        return *shingled[at];
    };
    for (std::size_t later = 1; later < hits.size(); ++later) {
        const std::string& text = hits[later].article.body;
        if (text.empty()) continue;
        for (std::size_t earlier = 0; earlier < later; ++earlier) {
            const std::string& before = hits[earlier].article.body;
            // Copies point at the first of their text, which is no copy itself.
            if (hits[earlier].same_text_as || before.empty() || !may_resemble(text, before)) continue;
            bool same =
                text == before || resemblance(shingles_of(later), shingles_of(earlier)) >= same_text_resemblance;
            if (!same) continue;
            hits[later].same_text_as = hits[earlier].rank;
            break;
        }
    }
}

}  // namespace newsdex
