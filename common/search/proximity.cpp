/** @file proximity.cpp
 *  @brief BM25TP's proximity bonus over the best matches.
 */
#include "common/search/proximity.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <utility>

#include "common/index/facet_column.hpp"
#include "common/index/position_map.hpp"
#include "common/search/position_map_reader.hpp"

namespace newsdex {

namespace {

/// Xapian's BM25Weight defaults, which rank the matches.
constexpr double bm25_k1 = 1.0;
constexpr double bm25_b = 0.5;

/// Boolean and field terms start with a capital prefix; words do not.
bool is_word(const std::string& term) {
    return !term.empty() && !(term.front() >= 'A' && term.front() <= 'Z');
}

void collect_words(const Xapian::Query& node, std::vector<std::string>& words) {
    if (node.get_type() == Xapian::Query::LEAF_TERM) {
        const std::string& term = *node.get_terms_begin();
        if (is_word(term) && std::find(words.begin(), words.end(), term) == words.end()) words.push_back(term);
        return;
    }
    // What AND_NOT excludes is no reason to rank; a filter's right side is boolean.
    auto type = node.get_type();
    bool first_only = type == Xapian::Query::OP_AND_NOT || type == Xapian::Query::OP_FILTER;
    std::size_t children = first_only ? std::min<std::size_t>(1, node.get_num_subqueries()) : node.get_num_subqueries();
    for (std::size_t i = 0; i < children; ++i) collect_words(node.get_subquery(i), words);
}

/// Whether `query` is one phrase (filtered or not): every match has its words together,
/// in order, so proximity would only repeat what BM25 counts, at the cost of reading the
/// maps of the matches once more.
bool is_one_phrase(const Xapian::Query& query) {
    if (query.get_type() == Xapian::Query::OP_FILTER && query.get_num_subqueries() > 0) {
        return is_one_phrase(query.get_subquery(0));
    }
    return query.get_type() == Xapian::Query::OP_PHRASE;
}

/// The positions of the words in document after document, ascending docids: from the
/// position maps, or from Xapian's position lists where the index keeps them (shards).
class WordPositions {
  public:
    WordPositions(const Xapian::Database& database, const std::vector<std::string>& words)
        : database_(database), words_(words) {
        if (database.has_positions()) {
            lists_.resize(words.size());
            for (const auto& list : lists_) positions_.push_back(&list);
            return;
        }
        std::vector<std::uint32_t> hashes;
        for (const auto& word : words) hashes.push_back(position_term_hash(word));
        maps_.emplace(hashes);
        maps_->start(database);
    }

    const std::vector<const std::vector<Xapian::termpos>*>& read(Xapian::docid docid) {
        if (maps_) {
            maps_->read_each(docid);
            return maps_->positions();
        }
        for (std::size_t i = 0; i < words_.size(); ++i) read_list(docid, words_[i], lists_[i]);
        return positions_;
    }

  private:
    /// A word the document lacks has no positions; a list that cannot be read (a remote
    /// shard gone) costs the bonus, not the search.
    void read_list(Xapian::docid docid, const std::string& word, std::vector<Xapian::termpos>& list) {
        list.clear();
        try {
            for (auto it = database_.positionlist_begin(docid, word); it != database_.positionlist_end(docid, word);
                 ++it) {
                list.push_back(*it);
            }
        } catch (const Xapian::Error&) {
            list.clear();
        }
    }

    const Xapian::Database& database_;
    const std::vector<std::string>& words_;
    std::optional<PositionMapReader> maps_;
    std::vector<std::vector<Xapian::termpos>> lists_;
    std::vector<const std::vector<Xapian::termpos>*> positions_;
};

/// log(N / df) of each word, as BM25TP weighs a neighbour.
std::vector<double> word_idfs(const Xapian::Database& database, const std::vector<std::string>& words) {
    auto documents = static_cast<double>(database.get_doccount());
    std::vector<double> idfs;
    for (const auto& word : words) {
        auto frequency = static_cast<double>(database.get_termfreq(word));
        idfs.push_back(frequency > 0 ? std::log(documents / frequency) : 0.0);
    }
    return idfs;
}

/// The bonus of each document of `block`, read in docid order.
std::vector<double> block_bonuses(const Xapian::Database& database, const std::vector<std::string>& words,
                                  const std::vector<double>& idfs, std::span<const RankedDocument> block,
                                  std::span<const std::uint32_t> lengths) {
    std::vector<std::size_t> by_docid(block.size());
    for (std::size_t i = 0; i < block.size(); ++i) by_docid[i] = i;
    std::sort(by_docid.begin(), by_docid.end(), [&](auto a, auto b) { return block[a].docid < block[b].docid; });
    double average_length = database.get_avlength();
    WordPositions positions(database, words);
    std::vector<double> bonuses(block.size());
    for (std::size_t i : by_docid) {
        Xapian::docid docid = block[i].docid;
        double length = document_length(lengths, database, docid);
        double ratio = average_length > 0 ? length / average_length : 1.0;
        bonuses[i] = proximity_bonus(positions.read(docid), idfs, ratio);
    }
    return bonuses;
}

}  // namespace

std::vector<std::string> proximity_words(const Xapian::Query& query) {
    std::vector<std::string> words;
    if (is_one_phrase(query)) return words;
    collect_words(query, words);
    if (words.size() != proximity_word_count) words.clear();
    return words;
}

double proximity_bonus(const std::vector<const std::vector<Xapian::termpos>*>& positions,
                       const std::vector<double>& idfs, double length_ratio) {
    std::vector<std::pair<Xapian::termpos, std::size_t>> occurrences;
    for (std::size_t word = 0; word < positions.size(); ++word) {
        for (auto position : *positions[word]) occurrences.emplace_back(position, word);
    }
    std::sort(occurrences.begin(), occurrences.end());
    std::vector<double> accumulated(positions.size(), 0.0);
    for (std::size_t i = 1; i < occurrences.size(); ++i) {
        auto [before, before_word] = occurrences[i - 1];
        auto [after, after_word] = occurrences[i];
        if (before_word == after_word || after == before) continue;
        double distance = static_cast<double>(after - before);
        accumulated[before_word] += idfs[after_word] / (distance * distance);
        accumulated[after_word] += idfs[before_word] / (distance * distance);
    }
    double length_norm = bm25_k1 * ((1 - bm25_b) + bm25_b * length_ratio);
    double bonus = 0;
    for (std::size_t word = 0; word < positions.size(); ++word) {
        double gathered = accumulated[word];
        if (gathered > 0) bonus += std::min(1.0, idfs[word]) * gathered * (bm25_k1 + 1) / (gathered + length_norm);
    }
    return bonus;
}

void rank_by_proximity(const Xapian::Database& database, const std::vector<std::string>& words,
                       std::vector<RankedDocument>& ranked, std::span<const std::uint32_t> lengths) {
    if (words.size() < 2) return;
    std::vector<double> idfs = word_idfs(database, words);
    for (std::size_t start = 0; start < ranked.size(); start += proximity_window) {
        std::size_t end = std::min(ranked.size(), start + proximity_window);
        std::span<RankedDocument> block(ranked.data() + start, end - start);
        std::vector<double> bonuses = block_bonuses(database, words, idfs, block, lengths);
        for (std::size_t i = 0; i < block.size(); ++i) block[i].weight += bonuses[i];
        std::stable_sort(block.begin(), block.end(), [](const auto& a, const auto& b) { return a.weight > b.weight; });
    }
}

}  // namespace newsdex
