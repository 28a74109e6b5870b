/** @file countries.cpp
 *  @brief Longest-match scan of country forms over tokens.
 */
#include "common/extract/countries.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "common/extract/country_table.hpp"
#include "common/text/fold.hpp"
#include "common/text/languages.hpp"
#include "common/text/word_list.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

/// Lower-case words allowed inside a multi-word country name ("Republic of the Congo").
bool is_connector(std::string_view folded) {
    return folded == "of" || folded == "the" || folded == "and" || folded == "da" || folded == "de" || folded == "d'";
}

struct Match {
    const CountryForm* form = nullptr;
    std::size_t length = 0;
};

/// Whether the tokens are written as a name is: capitalised (connectors aside), in
/// capitals for an abbreviation; in a script without case, as they stand.
bool case_fits(const std::vector<Token>& tokens, std::size_t first, std::size_t length, const CountryForm& form) {
    if (form.any_case) return true;
    for (std::size_t i = first; i < first + length; ++i) {
        if (tokens[i].caseless) continue;
        if (form.abbreviation && !tokens[i].all_upper) return false;
        if (!tokens[i].capitalised && !is_connector(tokens[i].folded)) return false;
    }
    return tokens[first].capitalised || tokens[first].caseless;
}

Match longest_match(const CountryTable& table, const std::vector<Token>& tokens, std::size_t first) {
    // Most words of a text start no form (case_fits): no key built, no table searched.
    const Token& start = tokens[first];
    if (!start.capitalised && !start.caseless && !table.has_any_case_forms()) return {};
    std::string key;
    Match best;
    for (std::size_t length = 1; length <= table.longest_form() && first + length <= tokens.size(); ++length) {
        const Token& token = tokens[first + length - 1];
        if (length > 1 && !joins_previous(token)) break;
        if (length > 1) key += ' ';
        key += token.folded;
        const CountryForm* form = table.find(key);
        if (form && case_fits(tokens, first, length, *form)) best = {form, length};
        if (token.possessive || !table.begins_longer_form(key)) break;
    }
    return best;
}

/// A standalone capitalised word, not inside a run of capitalised words ("Chad Smith"); a
/// stop word starting the sentence before it starts no run ("The Holland international").
bool stands_alone(const std::vector<Token>& tokens, std::size_t first, std::size_t length) {
    static const std::unordered_set<std::string> stopwords = data_word_set(data::stopwords_en);
    bool before = first > 0 && tokens[first].gap == Gap::space && tokens[first - 1].capitalised &&
                  !stopwords.contains(tokens[first - 1].folded);
    std::size_t next = first + length;
    bool after = next < tokens.size() && tokens[next].gap == Gap::space && tokens[next].capitalised;
    return !before && !after;
}

/// The name from `first` to `next` acts as a government ("Moscow has denounced…", "Jordan
/// has closed…"): a verb of stating or acting follows it, and no preposition stands
/// before it, whose object it would be ("the woman from Georgia says…", "talks in Moscow
/// ended").
bool followed_by_government_verb(const std::vector<Token>& tokens, std::size_t first, std::size_t next) {
    static const std::unordered_set<std::string> prepositions{"from", "in",   "of",   "at",   "to", "for",
                                                              "with", "near", "into", "onto", "by", "across"};
    if (first > 0 && tokens[first].gap == Gap::space && prepositions.contains(tokens[first - 1].folded)) return false;
    return next < tokens.size() && tokens[next].gap == Gap::space &&
           CountryTable::instance().is_capital_verb(tokens[next].folded);
}

/// An ambiguous name ("Jordan", "Georgia", "Chad", "Turkey") counts when it stands alone
/// and either acts as a government ("Jordan has closed…") or the article names the same
/// country in another, unambiguous way ("Antalya, Turkey … the Turkish city").
struct AmbiguousMention {
    std::string code;
    bool acts_as_government = false;
};

/// A nationality adjective used as the name of a language says nothing of the country:
/// "Spanish-speaking", "Thai subtitles", "(also in Italian)", "translated from German.",
/// on pages in other languages "der deutschen Sprache", "la langue française", "en
/// español", "ins Deutsche übersetzt". One word (a language has a one-word name: "South
/// African language" is of the country) and a following word of speech or text, joined by
/// a space or a hyphen (in French and Spanish the word stands before it); or "in", "into"
/// or "from" before it and punctuation after it, the word not a plural ("people from
/// Indian and Chinese backgrounds", "in Germans," are people).
bool names_a_language(const std::vector<Token>& tokens, std::size_t first, std::size_t length) {
    if (length != 1) return false;
    // Not "version" or "edition": "the Chinese edition of Google" is the one for China.
    static const std::unordered_set<std::string> speech{
        "language",     "languages", "speaker",     "speakers",   "speaking",   "spoken",    "translation",
        "translations", "subtitles", "subtitled",   "dubbed",     "word",       "words",     "phrase",
        "dictionary",   "grammar",   "lessons",     "course",     "teacher",    "accent",    "alphabet",
        "sprache",      "sprachen",  "ubersetzung", "untertitel", "worterbuch", "grammatik", "unterricht"};
    static const std::unordered_set<std::string> speech_before{"langue",  "langues",     "traduction", "lengua",
                                                               "lenguas", "idioma",      "idiomas",    "traduccion",
                                                               "en",      "dictionnaire"};
    static const std::unordered_set<std::string> into{"in", "into", "from"};
    static const std::unordered_set<std::string> german_into{"ins", "im", "vom"};
    std::size_t next = first + length;
    bool joined_next = next < tokens.size() && (tokens[next].gap == Gap::space || tokens[next].gap == Gap::hyphen);
    if (joined_next && speech.contains(tokens[next].folded)) return true;
    bool joined_before = first > 0 && tokens[first].gap == Gap::space;
    if (joined_before && speech_before.contains(tokens[first - 1].folded)) return true;
    const std::string& word = tokens[first].folded;
    bool punctuation_after =
        next == tokens.size() || tokens[next].gap == Gap::sentence || tokens[next].gap == Gap::other;
    // "im Deutschen", "ins Französische", but "im Deutschen Bundestag".
    bool noun_after = joined_next && tokens[next].capitalised;
    if (joined_before && german_into.contains(tokens[first - 1].folded) && !noun_after) return true;
    bool after_into = joined_before && into.contains(tokens[first - 1].folded);
    bool plural = word.ends_with('s') && !word.ends_with("ss");
    return after_into && punctuation_after && !plural;
}

/// A capitalised adjective before a word of a street or a place names that place:
/// "Griechische Allee", "Spanische Treppe", "Russischer Platz".
bool names_a_street(const std::vector<Token>& tokens, std::size_t first, std::size_t next) {
    static const std::unordered_set<std::string> street_words{
        "allee", "strasse", "platz", "park", "weg", "gasse", "ring", "ufer", "viertel", "treppe", "garten", "brucke"};
    return tokens[first].capitalised && next < tokens.size() && tokens[next].gap == Gap::space &&
           street_words.contains(tokens[next].folded);
}

/// A page language's nationality noun after a given name is a surname: "Thomas Schweizer",
/// "Anna Pole".
bool follows_given_name(const std::vector<Token>& tokens, std::size_t first) {
    static const std::unordered_set<std::string> given_names = data_word_set(data::given_names);
    return first > 0 && tokens[first].gap == Gap::space && tokens[first - 1].capitalised &&
           given_names.contains(tokens[first - 1].folded);
}

/// "US" in capitals is as likely the word "us" ("TOLD US", "FOR US", "LET US"), which never
/// follows a determiner nor joins a hyphen: "THE US", "A US FIRM", "ITS US UNIT", "US-LED".
/// On the BBC set 922 of the 1,547 mentions of "US" read so, and none of the 333 of "us".
bool reads_as_the_us(const std::vector<Token>& tokens, std::size_t at) {
    static const std::unordered_set<std::string> determiners{"the", "a", "its", "their", "his", "her", "our"};
    bool after_determiner = at > 0 && tokens[at].gap == Gap::space && determiners.contains(tokens[at - 1].folded);
    bool hyphened = at + 1 < tokens.size() && tokens[at + 1].gap == Gap::hyphen;
    return after_determiner || hyphened;
}

bool counts(const std::vector<Token>& tokens, std::size_t first, const Match& match, bool upper_text) {
    const CountryForm& form = *match.form;
    std::size_t next = first + match.length;
    switch (form.kind) {
        case CountryFormKind::ignore:
            return false;
        case CountryFormKind::ambiguous:
            // Counted later, and only if corroborated (see extract_countries).
            return false;
        case CountryFormKind::capital:
            // Inside a run of names it is a surname ("Denzel Washington said"); in capitals
            // every word is capitalised, and a run tells nothing.
            return (upper_text || stands_alone(tokens, first, match.length)) &&
                   followed_by_government_verb(tokens, first, next);
        case CountryFormKind::demonym:
            if (names_a_language(tokens, first, match.length)) return false;
            if (form.any_case && (follows_given_name(tokens, first) || names_a_street(tokens, first, next))) {
                return false;
            }
            [[fallthrough]];
        default:
            if (form.standalone_only && !stands_alone(tokens, first, match.length)) return false;
            if (upper_text && form.abbreviation && match.length == 1 && tokens[first].folded == "us") {
                return reads_as_the_us(tokens, first);
            }
            return true;
    }
}

}  // namespace

std::vector<CountryMention> extract_countries(const std::vector<std::string>& paragraphs, std::string_view language) {
    return extract_countries(TokenizedText(paragraphs), language);
}

std::vector<CountryMention> extract_countries(const TokenizedText& text, std::string_view language) {
    const CountryTable& table = CountryTable::for_language(language);
    bool upper_text = text.upper_case;
    std::map<std::string, int> mentions;
    std::vector<AmbiguousMention> ambiguous;
    for (const auto& tokens : text.tokens) {
        for (std::size_t i = 0; i < tokens.size();) {
            Match match = longest_match(table, tokens, i);
            if (!match.form) {
                ++i;
                continue;
            }
            if (counts(tokens, i, match, upper_text)) ++mentions[match.form->code];
            if (match.form->kind == CountryFormKind::ambiguous && !upper_text &&
                stands_alone(tokens, i, match.length)) {
                ambiguous.push_back({match.form->code, followed_by_government_verb(tokens, i, i + match.length)});
            }
            i += match.length;
        }
    }
    for (const auto& mention : ambiguous) {
        if (mention.acts_as_government || mentions.contains(mention.code)) ++mentions[mention.code];
    }
    std::vector<CountryMention> result;
    for (const auto& [code, count] : mentions) result.push_back({code, country_name(code), count});
    std::stable_sort(result.begin(), result.end(),
                     [](const auto& a, const auto& b) { return a.mentions > b.mentions; });
    return result;
}

std::size_t country_form_length(const CountryTable& table, const std::vector<Token>& tokens, std::size_t first) {
    Match match = longest_match(table, tokens, first);
    if (!match.form || match.form->kind == CountryFormKind::ambiguous) return 0;
    return match.length;
}

std::string country_name(std::string_view code) {
    // From our compiled-in copy of CLDR's English names: a search names up to ten country
    // facets per query, and ICU's lookup through its resource bundles cost a fifth of a
    // one-process search's own work. ICU answers for a code the copy lacks. The text is
    // searched for the code's line directly: building a sorted table of its 250 lines
    // first cost a one-shot search more than its ten lookups (2.7% of its instructions).
    if (code.size() == 2 && code.find_first_of("\t\n") == std::string_view::npos) {
        std::string_view names = data::country_names;
        std::string line_start = std::string("\n").append(code).append("\t");
        std::size_t at = names.starts_with(line_start.substr(1)) ? 0 : names.find(line_start);
        if (at != std::string_view::npos) {
            std::size_t name_start = names.find('\t', at + 1) + 1;
            std::string_view name = names.substr(name_start, names.find('\n', name_start) - name_start);
            return std::string(name.substr(0, name.find_last_not_of(" \t\r") + 1));
        }
    }
    std::string key(code);
    icu::UnicodeString display;
    icu::Locale("", key.c_str()).getDisplayCountry(icu::Locale::getEnglish(), display);
    std::string name;
    display.toUTF8String(name);
    return name.empty() ? key : name;
}

std::optional<std::string> resolve_country(std::string_view user_text) {
    const auto& table = CountryTable::instance();
    std::string upper;
    for (char c : user_text) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper.size() == 2 && table.is_code(upper)) return upper;
    std::string key = form_key(user_text);
    const CountryForm* form = table.find(key);
    // Not an English form: perhaps the name in another language ("Frankreich", "中国").
    for (const auto& languages : {std::span<const std::string_view>(stopword_languages),
                                  std::span<const std::string_view>(unspaced_languages)}) {
        for (std::string_view language : languages) {
            if (!form) form = CountryTable::for_language(language).find(key);
        }
    }
    if (!form || form->kind == CountryFormKind::ignore) return std::nullopt;
    return form->code;
}

bool is_country_word(std::string_view folded_word) {
    return CountryTable::instance().is_country_word(folded_word);
}

}  // namespace newsdex
