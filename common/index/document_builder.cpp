/** @file document_builder.cpp
 *  @brief Terms, values and data of one document.
 */
#include "common/index/document_builder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <set>

#include "common/index/caching_stemmer.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/index/position_map.hpp"
#include "common/schema.hpp"
#include "common/text/acronyms.hpp"
#include "common/text/cjk.hpp"
#include "common/text/fold.hpp"
#include "common/text/hyphenated_words.hpp"
#include "common/text/words.hpp"

namespace newsdex {

DocumentBuilder::DocumentBuilder(PersonRegistry& people, schema::Layout layout)
    : stemmer_(std::string(schema::stemmer_language)), people_(people), layout_(layout) {}

void DocumentBuilder::add_text(const StoredArticle& article) {
    // Acronyms joined before folding hides their capitals (acronyms.hpp).
    std::string title = separate_cjk_characters(fold(join_acronyms(article.title)));
    std::string body = separate_cjk_characters(fold(join_acronyms(article.body)));
    separate_elided_articles(title);
    separate_elided_articles(body);
    text_terms_.add_text(title, schema::title_weight);
    Xapian::termpos weighted_title_end = text_terms_.position();
    text_terms_.add_text(title, 1, schema::prefix::title);
    text_terms_.skip_positions(schema::field_gap);
    text_terms_.add_text(body, 1);
    add_hyphenated_words(title, body, weighted_title_end);
}

/// Each hyphenated word of two parts is filed joined as well (text/hyphenated_words.hpp),
/// wherever its parts' terms stand one after the other: at both positions, so that a
/// phrase reaches it from either side, and counted once, with the weight of a title word
/// in the title.
void DocumentBuilder::add_hyphenated_words(const std::string& title, const std::string& body,
                                           Xapian::termpos weighted_title_end) {
    std::set<std::array<std::string, 3>> words;  // the stems of the first part, the second, the whole
    for (const std::string* text : {&title, &body}) {
        for (const auto& word : hyphenated_words(*text)) {
            words.insert({stemmer_.stem(std::string(word.first)), stemmer_.stem(std::string(word.second)),
                          stemmer_.stem(word.joined())});
        }
    }
    static const std::vector<Xapian::termpos> none;
    auto positions_of_part = [&](std::string_view prefix, const std::string& part) -> const auto& {
        const auto* positions = text_terms_.positions_of(std::string(prefix) + part);
        return positions ? *positions : none;
    };
    struct Posting {
        std::string term;
        Xapian::termpos position;
        Xapian::termcount wdf;
    };
    std::vector<Posting> postings;  // all found before any is filed: a joined word may be another's part
    for (std::string_view prefix : {std::string_view(), schema::prefix::title}) {
        for (const auto& [first, second, joined] : words) {
            std::string term = std::string(prefix) + joined;
            const auto& after = positions_of_part(prefix, second);
            for (auto position : positions_of_part(prefix, first)) {
                if (!std::binary_search(after.begin(), after.end(), position + 1)) continue;
                bool weighted = prefix.empty() && position <= weighted_title_end;
                postings.push_back({term, position, weighted ? schema::title_weight : 1});
                postings.push_back({term, position + 1, 0});
            }
        }
    }
    for (const auto& posting : postings) text_terms_.add_posting(posting.term, posting.position, posting.wdf);
}

void DocumentBuilder::add_filter_terms(Xapian::Document& document, const StoredArticle& article) {
    using namespace schema;
    document.add_boolean_term(unique_id_term(article.path));
    for (const auto& person : article.people) {
        document.add_boolean_term(boolean_term(prefix::person, person.key));
        for (const auto& variant : person.variant_keys) {
            document.add_boolean_term(boolean_term(prefix::person, variant));
        }
    }
    for (const auto& country : article.countries) {
        document.add_boolean_term(boolean_term(prefix::country, country.code));
    }
    if (article.year) {
        std::string digits;
        for (char c : article.date) {
            if (c != '-') digits += c;
        }
        document.add_boolean_term(boolean_term(prefix::year, digits.substr(0, 4)));
        if (digits.size() >= 6) document.add_boolean_term(boolean_term(prefix::month, digits.substr(0, 6)));
        if (digits.size() >= 8) document.add_boolean_term(boolean_term(prefix::day, digits.substr(0, 8)));
    }
}

void DocumentBuilder::add_values(Xapian::Document& document, const StoredArticle& article,
                                 const std::string& signature) {
    using namespace schema;
    if (article.year) document.add_value(slot::year, Xapian::sortable_serialise(*article.year));
    if (!article.date.empty()) document.add_value(slot::date, article.date);
    std::vector<std::string> people, countries;
    std::vector<PersonNumber> numbers;
    for (const auto& person : article.people) {
        people.push_back(encode_person_entry(person.key, person.name));
        numbers.push_back(people_.number(people.back()));
    }
    for (const auto& country : article.countries) countries.push_back(country.code);
    if (layout_ == Layout::shard && !people.empty()) document.add_value(slot::people, encode_facet(people));
    if (layout_ == Layout::shard && !countries.empty()) document.add_value(slot::countries, encode_facet(countries));
    document.add_value(slot::compact_facets, encode_compact_facets(article.year, countries, std::move(numbers)));
    document.add_value(slot::signature, signature);
    document.add_value(slot::path, article.path);
}

/// A shard's words go into the document with their positions (Xapian's position table).
/// A standalone index's positions go into values instead (schema.hpp,
/// slot::positions_first), and its chosen word pairs into terms (word_pairs.hpp): a
/// shard's phrases are Xapian's to match.
void DocumentBuilder::add_text_terms(Xapian::Document& document, const StoredArticle& article) {
    text_terms_.clear();
    add_text(article);
    bool shard = layout_ == schema::Layout::shard;
    text_terms_.add_to(document, shard);
    if (shard) return;
    if (collecting_pairs_) {
        candidate_pairs_ = text_terms_.adjacent_pairs();
    } else if (word_pairs_ && !word_pairs_->empty()) {
        // Looked up in place: most of a document's pairs are not filed.
        text_terms_.visit_adjacent_pairs([&](const std::string& pair) {
            if (const auto* term = word_pairs_->term_of(pair)) document.add_boolean_term(*term);
        });
    }
    auto maps = encode_positions(text_terms_.take_hashed_positions());
    for (unsigned index = 0; index < maps.size(); ++index) {
        if (!maps[index].empty()) document.add_value(schema::slot::positions_first + index, maps[index]);
    }
}

Xapian::Document DocumentBuilder::build(const StoredArticle& article, const std::string& signature,
                                        const std::string& stamp) {
    Xapian::Document document;
    add_text_terms(document, article);
    add_filter_terms(document, article);
    add_values(document, article, signature);
    if (!stamp.empty()) document.add_value(schema::slot::source_stamp, stamp);
    document.add_value(schema::slot::stored_article, encode_document_data(article));
    return document;
}

}  // namespace newsdex
