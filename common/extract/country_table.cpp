/** @file country_table.cpp
 *  @brief Building the country table from ICU and data/countries.tsv.
 */
#include "common/extract/country_table.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <sstream>
#include <vector>

#include "common/extract/demonym_forms.hpp"
#include "common/extract/dictionary_words.hpp"
#include "common/extract/tokens.hpp"
#include "common/text/languages.hpp"
#include "common/text/word_list.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

struct DataRow {
    std::string code, kind;
    std::vector<std::string> forms;
};

std::vector<DataRow> read_rows() {
    std::vector<DataRow> rows;
    for (const auto& line : data_lines(data::countries)) {
        std::istringstream stream(line);
        DataRow row;
        std::string forms;
        std::getline(stream, row.code, '\t');
        std::getline(stream, row.kind, '\t');
        std::getline(stream, forms);
        std::istringstream form_stream(forms);
        for (std::string form; std::getline(form_stream, form, '|');) row.forms.push_back(form);
        rows.push_back(std::move(row));
    }
    return rows;
}

CountryFormKind kind_from_text(const std::string& kind) {
    if (kind == "demonym") return CountryFormKind::demonym;
    if (kind == "capital") return CountryFormKind::capital;
    if (kind == "institution") return CountryFormKind::institution;
    if (kind == "ambiguous") return CountryFormKind::ambiguous;
    if (kind == "ignore") return CountryFormKind::ignore;
    return CountryFormKind::name;
}

bool has_lower_case(std::string_view text) {
    for (unsigned char c : text) {
        if (c >= 'a' && c <= 'z') return true;
    }
    return false;
}

/// ICU writes "Bosnia & Herzegovina", "St. Lucia", "Myanmar (Burma)": the forms people
/// write are derived from those.
std::vector<std::string> icu_name_variants(const std::string& name) {
    std::vector<std::string> variants{name};
    if (auto at = name.find(" & "); at != std::string::npos) {
        variants.push_back(name.substr(0, at) + " and " + name.substr(at + 3));
    }
    if (name.starts_with("St. ")) variants.push_back("Saint " + name.substr(4));
    if (auto open = name.find(" ("); open != std::string::npos) {
        variants.push_back(name.substr(0, open));
        variants.push_back(name.substr(open + 2, name.find(')') - open - 2));
    }
    return variants;
}

/// Languages that write a name's genitive with a joined "-s".
bool takes_genitive_s(std::string_view language) {
    return language == "de" || language == "nl" || language == "sv" || language == "da" || language == "no";
}

}  // namespace

std::string form_key(std::string_view text) {
    // The words as a paragraph's tokens spell them ("cote d' ivoire": an elided article
    // is a token of its own), so a form matches the tokens it is looked up with.
    std::string key;
    for (const auto& token : tokenize(text)) {
        if (!key.empty()) key += ' ';
        key += token.folded;
    }
    return key;
}

CountryForm* CountryTable::add_form(std::string_view form, const std::string& code, CountryFormKind kind) {
    std::string key = form_key(form);
    if (key.empty() || forms_.contains(key)) return nullptr;
    CountryForm& added = forms_[key] = CountryForm{code, kind, !has_lower_case(form)};
    // The key's words are separated by single spaces ("cote d' ivoire": an elided article
    // is a word of its own).
    std::size_t words = 1;
    for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
        form_beginnings_.insert(key.substr(0, space));
        ++words;
    }
    longest_form_ = std::max(longest_form_, words);
    if (words == 1 && kind != CountryFormKind::ignore && kind != CountryFormKind::ambiguous) {
        single_words_.insert(key);
    }
    return &added;
}

/// Names in `language` go in only as names: the English table's forms (ambiguous ones
/// included) keep their kind, and the display name stays English.
void CountryTable::add_icu_names(const std::unordered_set<std::string>& excluded, std::string_view language) {
    icu::Locale locale(std::string(language).c_str());
    for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
        if (excluded.contains(*code)) continue;
        icu::UnicodeString display;
        icu::Locale("", *code).getDisplayCountry(locale, display);
        std::string name;
        display.toUTF8String(name);
        if (language == "en") names_[*code] = name;
        if (name.find(" - ") != std::string::npos || name == *code) continue;  // "Congo - Kinshasa"; no name
        for (const auto& variant : icu_name_variants(name)) {
            CountryForm* added = add_form(variant, *code, CountryFormKind::name);
            bool english_word = language != "en" && is_dictionary_word(form_key(variant));
            if (added && english_word) added->standalone_only = true;
            if (!takes_genitive_s(language) || std::string_view("sxz").find(variant.back()) != std::string::npos)
                continue;
            // "Deutschlands", "Frankreichs", "Sveriges": the genitive is written joined.
            CountryForm* genitive = add_form(variant + "s", *code, CountryFormKind::name);
            if (genitive) genitive->standalone_only = added && added->standalone_only;
        }
    }
}

/// The page language's nationality words, after its ICU names so that a name keeps its
/// kind; a name spelt as an adjective of the same country ("china", Spanish for Chinese)
/// then matches in lower case too.
void CountryTable::add_demonyms(std::string_view language) {
    for (const auto& line : data_lines(data::demonyms_by_language)) {
        std::istringstream stream(line);
        std::string row_language, code, forms;
        std::getline(stream, row_language, '\t');
        std::getline(stream, code, '\t');
        std::getline(stream, forms);
        if (row_language != language) continue;
        std::istringstream form_stream(forms);
        for (std::string form; std::getline(form_stream, form, '|');) {
            if (code == "--") {
                if (CountryForm* ignored = add_form(form, code, CountryFormKind::ignore)) ignored->any_case = true;
                has_any_case_forms_ = true;
                continue;
            }
            for (const auto& inflected : demonym_forms(language, form)) {
                add_form(inflected, code, CountryFormKind::demonym);
                auto known = forms_.find(form_key(inflected));
                if (known == forms_.end() || known->second.code != code) continue;
                known->second.any_case = true;
                has_any_case_forms_ = true;
            }
        }
    }
}

CountryTable::CountryTable(std::string_view language) {
    auto rows = read_rows();
    std::unordered_set<std::string> excluded;
    for (const auto& row : rows) {
        if (row.kind == "exclude") excluded.insert(row.code);
    }
    // Ambiguous and ignored forms go first so ICU's plain name cannot claim them.
    for (const auto& row : rows) {
        auto kind = kind_from_text(row.kind);
        if (kind != CountryFormKind::ambiguous && kind != CountryFormKind::ignore) continue;
        for (const auto& form : row.forms) add_form(form, row.code, kind);
    }
    add_icu_names(excluded, "en");
    for (const auto& row : rows) {
        if (row.kind == "exclude") continue;
        for (const auto& form : row.forms) {
            CountryForm* added = add_form(form, row.code, kind_from_text(row.kind));
            if (added && row.kind == "alone") added->standalone_only = true;
        }
    }
    if (language != "en") {
        add_icu_names(excluded, language);
        add_demonyms(language);
    }
    capital_verbs_ = data_word_set(data::capital_verbs);
}

const CountryTable& CountryTable::instance() {
    static const CountryTable table;
    return table;
}

const CountryTable& CountryTable::for_language(std::string_view language) {
    if (!has_country_names(language)) return instance();
    // Indexer threads share the tables; each is built once, by whichever thread needs it.
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<CountryTable>, std::less<>> tables;
    std::lock_guard lock(mutex);
    auto found = tables.find(language);
    if (found == tables.end()) {
        found = tables.emplace(std::string(language), std::unique_ptr<CountryTable>(new CountryTable(language))).first;
    }
    return *found->second;
}

const CountryForm* CountryTable::find(const std::string& folded_words) const {
    auto it = forms_.find(folded_words);
    return it == forms_.end() ? nullptr : &it->second;
}

bool CountryTable::is_code(std::string_view upper_code) const {
    return names_.find(upper_code) != names_.end();
}

bool CountryTable::is_country_word(std::string_view folded_word) const {
    return single_words_.contains(std::string(folded_word));
}

bool CountryTable::is_capital_verb(std::string_view folded_word) const {
    return capital_verbs_.contains(std::string(folded_word));
}

}  // namespace newsdex
