/** @file country_table.hpp
 *  @brief The table of country forms behind countries.hpp.
 */
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace newsdex {

enum class CountryFormKind { name, demonym, capital, institution, ambiguous, ignore };

struct CountryForm {
    std::string code;
    CountryFormKind kind = CountryFormKind::name;
    bool abbreviation = false;  ///< written without lower case ("US"): match that case only
    /// Counts only outside a run of capitalised words: a name in another language that is
    /// also an English word (German "Island", Iceland; not "Long Island"), or a name that
    /// is also a surname or in place names ("alone" in data/countries.tsv: "Holland", not
    /// "Jools Holland" or "Holland Park").
    bool standalone_only = false;
    /// A nationality word of the page's language (data/demonyms_by_language.tsv): in any
    /// case, as adjectives there are written in lower case ("la presse française").
    bool any_case = false;
};

class CountryTable {
  public:
    /// The English table (ICU's English names and data/countries.tsv).
    static const CountryTable& instance();
    /// The English table plus ICU's names in `language` (an ISO 639-1 code): "Frankreich",
    /// "Estados Unidos", "中国". Built once per language, on first use; the English table for
    /// "en", "" or a language ICU has no names in.
    static const CountryTable& for_language(std::string_view language);

    /// Form → country, keyed by folded words joined by single spaces.
    [[nodiscard]] const CountryForm* find(const std::string& folded_words) const;
    [[nodiscard]] bool is_code(std::string_view upper_code) const;
    [[nodiscard]] bool is_country_word(std::string_view folded_word) const;
    [[nodiscard]] bool is_capital_verb(std::string_view folded_word) const;
    /// True when `folded_words` are the first words of a longer form ("united" of "united
    /// states"): whether a longer match is worth trying.
    [[nodiscard]] bool begins_longer_form(const std::string& folded_words) const {
        return form_beginnings_.contains(folded_words);
    }
    /// The most words any form has.
    [[nodiscard]] std::size_t longest_form() const { return longest_form_; }
    /// Whether a form may match in lower case (CountryForm::any_case): else only a word
    /// with a capital or in a script without case can start one.
    [[nodiscard]] bool has_any_case_forms() const { return has_any_case_forms_; }

  private:
    explicit CountryTable(std::string_view language = "en");
    /// Adds `form` unless a form with its key is there; the added form, or nullptr.
    CountryForm* add_form(std::string_view form, const std::string& code, CountryFormKind kind);
    void add_icu_names(const std::unordered_set<std::string>& excluded, std::string_view language);
    void add_demonyms(std::string_view language);
    std::unordered_map<std::string, CountryForm> forms_;
    std::map<std::string, std::string, std::less<>> names_;  ///< code → display name
    std::unordered_set<std::string> single_words_;
    std::unordered_set<std::string> form_beginnings_;
    std::unordered_set<std::string> capital_verbs_;
    std::size_t longest_form_ = 1;
    bool has_any_case_forms_ = false;
};

/// Folded words of `text` joined by single spaces: the key of a form.
[[nodiscard]] std::string form_key(std::string_view text);

}  // namespace newsdex
