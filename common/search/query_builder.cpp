/** @file query_builder.cpp
 *  @brief QueryParser set-up and field processors.
 */
#include "common/search/query_builder.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <memory>
#include <optional>

#include "common/error.hpp"
#include "common/extract/countries.hpp"
#include "common/schema.hpp"
#include "common/search/joined_words.hpp"
#include "common/search/person_lookup.hpp"
#include "common/text/acronyms.hpp"
#include "common/text/cjk.hpp"
#include "common/text/fold.hpp"
#include "common/text/word_list.hpp"
#include "common/text/words.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// Wildcards expand to at most this many terms (the most frequent), so "a*" stays fast.
constexpr Xapian::termcount max_wildcard_expansion = 200;

class PersonFieldProcessor : public Xapian::FieldProcessor {
  public:
    explicit PersonFieldProcessor(Xapian::Database database) : database_(std::move(database)) {}
    Xapian::Query operator()(const std::string& value) override { return person_query(database_, value); }

  private:
    Xapian::Database database_;
};

/// The words a query loses (data/query_stopwords.txt). Xapian's QueryParser keeps them
/// in phrases, after +, around explicit operators and when they are all the query has.
const Xapian::Stopper& query_stopper() {
    static const Xapian::SimpleStopper stopper = [] {
        auto words = data_word_set(data::query_stopwords);
        return Xapian::SimpleStopper(words.begin(), words.end());  // built in place: it cannot be moved
    }();
    return stopper;
}

Xapian::Query country_filter(std::string_view value) {
    auto code = resolve_country(value);
    if (!code) throw UsageError(fmt::format("'{}' is not a country name, demonym or ISO code", value));
    return Xapian::Query(schema::boolean_term(schema::prefix::country, *code));
}

/// Field values that fail validation are reported through `error`, not by throwing:
/// Xapian 1.4.22's QueryParser leaks when a FieldProcessor throws. build_query() turns a
/// recorded error into a UsageError after parsing.
class ValidatingFieldProcessor : public Xapian::FieldProcessor {
  public:
    using Build = Xapian::Query (*)(std::string_view);
    ValidatingFieldProcessor(Build build, std::string field, std::shared_ptr<std::string> error)
        : build_(build), field_(std::move(field)), error_(std::move(error)) {}
    Xapian::Query operator()(const std::string& value) override {
        try {
            return build_(value);
        } catch (const UsageError& failure) {
            if (error_->empty()) *error_ = fmt::format("{}:{}: {}", field_, value, failure.what());
            return Xapian::Query::MatchNothing;
        }
    }

  private:
    Build build_;
    std::string field_;
    std::shared_ptr<std::string> error_;
};

std::optional<int> parse_year(std::string_view text) {
    int year = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (error != std::errc{} || end != text.data() + text.size() || year < 1000 || year > 2999) return std::nullopt;
    return year;
}

bool is_operator(std::string_view word) {
    static constexpr std::array<std::string_view, 6> operators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
    for (auto op : operators) {
        if (word == op || (word.starts_with(op) && word.size() > op.size() && word[op.size()] == '/')) return true;
    }
    return false;
}

Xapian::QueryParser make_parser(const Xapian::Database& database, const SearchRequest& request,
                                const Xapian::Stem& stemmer, const std::shared_ptr<std::string>& error) {
    Xapian::QueryParser parser;
    parser.set_database(database);
    parser.set_stemmer(stemmer);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
    parser.set_stopper(&query_stopper());
    parser.set_default_op(request.any_word ? Xapian::Query::OP_OR : Xapian::Query::OP_AND);
    parser.set_max_expansion(max_wildcard_expansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    parser.add_prefix("title", std::string(schema::prefix::title));
    parser.add_boolean_prefix("person", (new PersonFieldProcessor(database))->release());
    parser.add_boolean_prefix("country", (new ValidatingFieldProcessor(country_filter, "country", error))->release());
    parser.add_boolean_prefix("year", (new ValidatingFieldProcessor(year_query, "year", error))->release());
    return parser;
}

Xapian::Query and_all(const std::vector<Xapian::Query>& queries) {
    return Xapian::Query(Xapian::Query::OP_AND, queries.begin(), queries.end());
}

std::optional<Xapian::Query> option_filters(const Xapian::Database& database, const SearchRequest& request) {
    std::vector<Xapian::Query> filters;
    for (const auto& person : request.people) filters.push_back(person_query(database, person));
    for (const auto& country : request.countries) filters.push_back(country_filter(country));
    if (!request.years.empty()) {
        std::vector<Xapian::Query> years;
        for (const auto& year : request.years) years.push_back(year_query(year));
        filters.emplace_back(Xapian::Query::OP_OR, years.begin(), years.end());
    }
    if (filters.empty()) return std::nullopt;
    return and_all(filters);
}

/// True when the query has free-text terms (words, stems, title words, wildcards), not
/// only boolean filters: then results are ranked, otherwise listed by date.
bool has_ranked_terms(const Xapian::Query& query) {
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
        const std::string& term = *it;
        if (term.empty()) continue;
        char first = term.front();
        bool free_text = !(first >= 'A' && first <= 'Z') || first == 'Z' || first == 'S';
        if (free_text) return true;
    }
    return query.get_description().find("WILDCARD") != std::string::npos;
}

/// Elided articles in folded query text, separated as the index has them
/// (separate_elided_articles). Outside a "phrase" the article and its word become one
/// ("l'italie" → "\"l italie\""), so they stay together and +, - or a field apply to
/// both; inside one, or before a wildcard, the apostrophe only becomes a space.
std::string separate_query_articles(std::string text) {
    std::vector<ElidedArticle> articles = find_elided_articles(text);
    std::vector<bool> in_phrase;
    bool inside = false;
    std::size_t at = 0;
    for (const auto& article : articles) {
        for (; at < article.start; ++at) inside = inside != (text[at] == '"');
        in_phrase.push_back(inside);
    }
    for (std::size_t i = articles.size(); i-- > 0;) {  // from the end, so offsets stay true
        const ElidedArticle& article = articles[i];
        text[article.apostrophe] = ' ';
        bool wildcard = article.word_end < text.size() && text[article.word_end] == '*';
        if (in_phrase[i] || wildcard) continue;
        text.insert(article.word_end, 1, '"');
        text.insert(article.start, 1, '"');
    }
    return text;
}

}  // namespace

std::string fold_query_text(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of(" \t\n", start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(start, end - start);
        out += is_operator(word) ? std::string(word) : fold(join_acronyms(word));
        if (end < text.size()) out += text[end];
        start = end + 1;
    }
    return cjk_runs_as_phrases(separate_query_articles(std::move(out)));
}

Xapian::Query year_query(std::string_view value) {
    auto dots = value.find("..");
    if (dots == std::string_view::npos) {
        auto year = parse_year(value);
        if (!year) throw UsageError(fmt::format("'{}' is not a year (want YYYY or YYYY..YYYY)", value));
        return Xapian::Query(schema::boolean_term(schema::prefix::year, std::to_string(*year)));
    }
    auto low_text = value.substr(0, dots), high_text = value.substr(dots + 2);
    auto low = low_text.empty() ? std::optional<int>(1000) : parse_year(low_text);
    auto high = high_text.empty() ? std::optional<int>(2999) : parse_year(high_text);
    if (!low || !high || *low > *high) {
        throw UsageError(fmt::format("'{}' is not a year range (want YYYY..YYYY, oldest first)", value));
    }
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::slot::year, Xapian::sortable_serialise(*low),
                         Xapian::sortable_serialise(*high));
}

BuiltQuery build_query(const Xapian::Database& database, const SearchRequest& request) {
    BuiltQuery built{Xapian::Query::MatchAll, false, Xapian::Stem(std::string(schema::stemmer_language))};
    std::string text = fold_query_text(request.query);
    if (text.find_first_not_of(" \t\n") != std::string::npos) {
        auto error = std::make_shared<std::string>();
        auto parser = make_parser(database, request, built.stemmer, error);
        unsigned flags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                         Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                         Xapian::QueryParser::FLAG_PURE_NOT;
        Xapian::Query parsed = with_joined_words(parser.parse_query(text, flags), text, built.stemmer);
        if (!error->empty()) throw UsageError("malformed query: " + *error);
        if (!parsed.empty()) {
            built.query = parsed;
            built.has_words = has_ranked_terms(parsed);
        }
    }
    if (auto filters = option_filters(database, request)) {
        built.query = Xapian::Query(Xapian::Query::OP_FILTER, built.query, *filters);
    }
    return built;
}

}  // namespace newsdex
