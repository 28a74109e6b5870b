/** @file spelling.cpp
 *  @brief Near indexed words for the words of a query the index lacks.
 */
#include "common/search/spelling.hpp"

#include <algorithm>
#include <tuple>
#include <vector>

#include "common/extract/dictionary_words.hpp"
#include "common/schema.hpp"
#include "common/text/edits.hpp"
#include "common/text/fold.hpp"

namespace newsdex {

namespace {

constexpr std::size_t shortest_checked = 4;

/// Letters (of any script) and digits: a word with digits is then left whole ("g20").
bool is_word_byte(char c) {
    auto byte = static_cast<unsigned char>(c);
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || byte >= 0x80;
}

bool is_plain_lower(std::string_view word) {
    return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_all_upper(std::string_view word) {
    return std::all_of(word.begin(), word.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
}

/// One stemmer per thread: a Xapian::Stem and its copies share one Snowball state, and
/// handles on other threads may search at the same time.
const Xapian::Stem& stemmer() {
    static thread_local const Xapian::Stem stem{std::string(schema::stemmer_language)};
    return stem;
}

/// How many articles hold `word`: the index keeps stems only (schema.hpp).
Xapian::doccount articles_with(const Xapian::Database& database, const std::string& word) {
    return database.get_termfreq(stemmer()(word));
}

/// How good a spelling of the word `typed` is, better first: the articles holding its
/// stem, then whether it is an English word (of several spellings of one stem, "minister"
/// rather than "minist"), then a length kept before a letter added before one left out
/// ("chelsae" → "chelsea", not "chelseae").
std::tuple<Xapian::doccount, bool, int> spelling_rank(const Xapian::Database& database, const std::string& typed,
                                                      const std::string& variant) {
    int length = variant.size() == typed.size() ? 2 : variant.size() > typed.size() ? 1 : 0;
    return {articles_with(database, variant), is_dictionary_word(variant), length};
}

/// The best spelling one edit from `folded` whose stem the index holds, if any is.
std::optional<std::string> nearest_word(const Xapian::Database& database, const std::string& folded) {
    std::optional<std::string> best;
    std::tuple<Xapian::doccount, bool, int> best_rank{0, false, 0};
    for (const auto& variant : one_edit_away(folded)) {
        auto rank = spelling_rank(database, folded, variant);
        if (std::get<0>(rank) > 0 && rank > best_rank) {
            best = variant;
            best_rank = rank;
        }
    }
    return best;
}

/// `word` in the case of `written`: capitalised if that was.
std::string in_case_of(std::string word, std::string_view written) {
    if (!written.empty() && written.front() >= 'A' && written.front() <= 'Z') {
        word.front() = static_cast<char>(word.front() - 'a' + 'A');
    }
    return word;
}

}  // namespace

std::optional<std::string> suggest_spelling(const Xapian::Database& database, std::string_view query_text) {
    std::string suggestion;
    bool changed = false;
    std::size_t at = 0;
    while (at < query_text.size()) {
        if (query_text.substr(at).starts_with(":\"")) {  // a quoted field value: person:"…"
            std::size_t close = query_text.find('"', at + 2);
            std::size_t end = close == std::string_view::npos ? query_text.size() : close + 1;
            suggestion += query_text.substr(at, end - at);
            at = end;
            continue;
        }
        if (!is_word_byte(query_text[at])) {
            suggestion += query_text[at++];
            continue;
        }
        std::size_t end = at;
        while (end < query_text.size() && is_word_byte(query_text[end])) ++end;
        std::string_view written = query_text.substr(at, end - at);
        bool field = (end < query_text.size() && (query_text[end] == ':' || query_text[end] == '*')) ||
                     (at > 0 && query_text[at - 1] == ':');
        std::string folded = fold(written);
        bool checked = !field && written.size() >= shortest_checked && !is_all_upper(written) && is_plain_lower(folded);
        std::optional<std::string> nearer;
        if (checked && articles_with(database, folded) == 0) nearer = nearest_word(database, folded);
        suggestion += nearer ? in_case_of(*nearer, written) : std::string(written);
        changed |= nearer.has_value();
        at = end;
    }
    return changed ? std::optional(suggestion) : std::nullopt;
}

}  // namespace newsdex
