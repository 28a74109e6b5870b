/** @file people.cpp
 *  @brief Rule-based person recognition (see people.hpp for the method).
 */
#include "common/extract/people.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "common/clean/block_classifier.hpp"
#include "common/extract/countries.hpp"
#include "common/extract/country_table.hpp"
#include "common/extract/dictionary_words.hpp"
#include "common/extract/person_identity.hpp"
#include "common/extract/pinyin.hpp"
#include "common/extract/place_names.hpp"
#include "common/extract/tokens.hpp"
#include "common/text/edits.hpp"
#include "common/text/fold.hpp"
#include "common/text/letter_case.hpp"
#include "common/text/word_list.hpp"
#include "common/text/words.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {

namespace {

constexpr std::size_t max_name_words = 4;

/// Titles shorter than this are not looked for misspelt: "Rep", "Lord" and "Mayor" are one
/// edit from too many names.
constexpr std::size_t shortest_misspelt_title = 6;

struct PersonLexicon {
    std::unordered_set<std::string> titles = data_word_set(data::person_titles);
    std::unordered_set<std::string> non_person = data_word_set(data::non_person_words);
    std::unordered_set<std::string> thing_kinds = data_word_set(data::thing_kinds);
    /// Firms named after their founders (data/firm_names.txt), keyed as people are, and
    /// the first words of their names (a key's second word: person_key puts the last first).
    std::unordered_set<std::string> firms = keys_of_lines(data::firm_names);
    std::unordered_set<std::string> firm_first_words = second_words_of(firms);
    std::unordered_set<std::string> surname_words = data_word_set(data::surname_words);
    std::unordered_set<std::string> stopwords = data_word_set(data::stopwords_en);
    std::unordered_set<std::string> particles{"de",  "da", "del", "della", "di",  "do",  "dos",
                                              "das", "du", "van", "von",   "der", "den", "ter",
                                              "la",  "le", "bin", "ibn",   "al",  "el",  "ben"};
    /// Articles and possessive pronouns: things follow them ("THE CARMAKER", "ITS PSP"),
    /// names seldom do (not "that", a conjunction too: "SAID THAT SAFIN").
    std::unordered_set<std::string> determiners{"the", "a", "an", "this", "these", "his", "her", "its", "their", "our"};
    std::unordered_set<std::string> speech{"said",      "says",   "told",      "added",  "wrote",   "stated",
                                           "announced", "asked",  "explained", "noted",  "tweeted", "argued",
                                           "insisted",  "warned", "urged",     "replied"};
    /// The titles of six letters or more by their first letter, for misspellings of them
    /// (is_misspelt_title).
    std::unordered_map<char, std::vector<std::string>> long_titles = titles_by_first_letter();
    /// They end a name, but start no organisation's name (starts_organisation_name).
    std::unordered_set<std::string> time_words = data_word_set(data::time_words);
    /// Every census list's name (data/CMakeLists.txt: Faker's, of some forty countries),
    /// folded, of three letters or more: places and words among them ("Kent", "Sydney").
    std::unordered_set<std::string> census_any = census_names();
    /// The curated given names, and those with the census lists' (given_names()); declared
    /// last, as they are made with the lists above.
    std::unordered_set<std::string> curated_given = data_word_set(data::given_names);
    std::unordered_set<std::string> given = given_names();
    /// The census lists' names that are English words too ("Sally", "Noel", "Joy"): in mixed
    /// case, a given name before a word that is no word of the dictionary
    /// (given_name_before_surname).
    std::unordered_set<std::string> word_given = given_names_that_are_words();
    /// The English-speaking census lists' surnames that are English words too ("gates",
    /// "stone", "freeman"), of three letters or more and no stop word ("will"): in
    /// capitals, where they look like any other word, a given name keeps one as its
    /// surname (keeps_surname, given_name_despite_blocker).
    std::unordered_set<std::string> word_surnames = surnames_that_are_words();
    /// The English-speaking census lists' surnames that end in "s" ("peters", "perkins",
    /// "williams"): no German genitive of another name (genitive_reading).
    std::unordered_set<std::string> surnames_ending_in_s = census_surnames_ending_in_s();

    /// A common surname that ends names elsewhere or is a word: the curated list's
    /// ("may", "king") or the census lists' ("gates", "smith").
    bool common_surname(const std::string& folded) const {
        return surname_words.contains(folded) || word_surnames.contains(folded);
    }

    static const PersonLexicon& instance() {
        static const PersonLexicon lexicon;
        return lexicon;
    }
    /// Besides titles (is_title): words that are never part of a name.
    bool blocks_name(const std::string& folded) const {
        return non_person.contains(folded) || time_words.contains(folded) || stopwords.contains(folded) ||
               is_country_word(folded);
    }

  private:
    static std::unordered_set<std::string> keys_of_lines(std::string_view data) {
        std::unordered_set<std::string> keys;
        for (std::string_view line : data_line_views(data)) keys.insert(person_key(line));
        return keys;
    }

    static std::unordered_set<std::string> second_words_of(const std::unordered_set<std::string>& keys) {
        std::unordered_set<std::string> words;
        for (std::string_view key : keys) {
            std::size_t start = key.find(' ');
            if (start == std::string_view::npos) continue;
            words.insert(std::string(key.substr(start + 1, key.find(' ', start + 1) - start - 1)));
        }
        return words;
    }

    /// data/given_names.txt, and the census lists' names that are nothing else here: a census counts "Tory", "Von",
    /// "Memphis" and "Sunday" among first names, which would make names of a party, a
    /// particle, a city and a day.
    std::unordered_set<std::string> given_names() const {
        std::unordered_set<std::string> names = curated_given;
        names.merge(census_names_where([&](const std::string& folded) { return only_a_name(folded); }));
        return names;
    }

    std::unordered_set<std::string> given_names_that_are_words() const {
        return census_names_where([&](const std::string& folded) {
            return !given.contains(folded) && is_dictionary_word(folded) && nothing_else(folded);
        });
    }

    std::unordered_set<std::string> surnames_that_are_words() const {
        // Past tenses and modals that follow the one who acts ("MR BLAIR ROSE TO
        // PROMINENCE", "HE DREW"), more often than they are surnames.
        static const std::unordered_set<std::string> verbs_after_names{"rose", "drew", "read", "will", "dare"};
        std::unordered_set<std::string> surnames;
        for (std::string_view line : data_line_views(data::census_surnames)) {
            std::string folded = fold(line);
            if (folded.size() >= 3 && is_dictionary_word(folded) && !stopwords.contains(folded) &&
                !verbs_after_names.contains(folded))
                surnames.insert(std::move(folded));
        }
        return surnames;
    }

    static std::unordered_set<std::string> census_surnames_ending_in_s() {
        std::unordered_set<std::string> surnames;
        for (std::string_view line : data_line_views(data::census_surnames)) {
            if (line.ends_with('s')) surnames.insert(fold(line));
        }
        return surnames;
    }

    std::unordered_map<char, std::vector<std::string>> titles_by_first_letter() const {
        std::unordered_map<char, std::vector<std::string>> by_letter;
        for (const auto& title : titles) {
            if (title.size() >= shortest_misspelt_title) by_letter[title.front()].push_back(title);
        }
        return by_letter;
    }

    static std::unordered_set<std::string> census_names() {
        std::unordered_set<std::string> names;
        for (std::string_view line : data_line_views(data::census_given_names)) {
            std::string folded = fold(line);
            if (folded.size() >= 3) names.insert(std::move(folded));
        }
        return names;
    }

    /// The census lists' names that `keep` keeps (folded once, in census_any).
    template <typename Keep>
    std::unordered_set<std::string> census_names_where(Keep keep) const {
        std::unordered_set<std::string> names;
        for (const auto& folded : census_any) {
            if (keep(folded)) names.insert(folded);
        }
        return names;
    }

    /// Not an English word, blocked word, title, particle, kind, place or stop word. Words of
    /// the other languages' lists are left to the page (starts_with_given_name): they hold
    /// "Armando", "Bianca" and "Abraham" as well as "Alma" and "Azul".
    bool only_a_name(const std::string& folded) const { return !is_dictionary_word(folded) && nothing_else(folded); }

    bool nothing_else(const std::string& folded) const {
        if (blocks_name(folded) || titles.contains(folded) || particles.contains(folded) ||
            thing_kinds.contains(folded) || is_one_word_place(folded)) {
            return false;
        }
        // Not the Nordic languages', Finnish or Hungarian: the census lists hold those
        // countries' first names, and their short function words are names there ("Ole",
        // "Mika", "Ville", "Meg"). On a page in one of them its stop words still end names.
        static constexpr std::array<std::string_view, 9> languages{"en", "de", "fr", "es", "it",
                                                                   "pt", "nl", "pl", "ru"};
        return std::none_of(languages.begin(), languages.end(),
                            [&](std::string_view language) { return stopwords_of(language)->contains(folded); });
    }
};

/// Whether a name's last "s" may be a German genitive's (genitive_reading).
enum class GenitiveReading {
    none,       ///< it may not
    genitive,   ///< a noun phrase it owns follows: "Robert Rettigs Angebot"
    ends_in_s,  ///< it may, but something else follows: "Paul Werners wurden"
};

/// A candidate name: tokens [first, first+length) of one paragraph, with its evidence.
struct Piece {
    std::size_t first = 0, length = 0;
    bool title_before = false, speech_after = false, mid_sentence = false, sentence_start = false;
    bool speech_before = false;                          ///< "said Ros Coward": a person spoke
    bool role_before = false;                            ///< a title before it that is a role, not only a modifier
    bool title_in_apposition = false;                    ///< "Beryl Sprinkel, chairman of the council"
    bool place_article = false;                          ///< after "the", "in", "at"...: "the Dow Jones index"
    std::optional<std::size_t> nickname = std::nullopt;  ///< a quoted nickname inside it, no part of the name
};

/// What the article's writing says about names.
struct Writing {
    bool upper_case = false;  ///< all in capitals: capitals mark nothing
    /// Capitals mid-sentence mark proper nouns: not in capitals, nor in German, which
    /// capitalises every noun ("Die Grenzen", "Das Amt"); in Polish and Russian they do,
    /// but mostly of inflected places and bodies that no word list here tells from names
    /// ("Morze Śródziemne", "Unii Europejskiej": 52 of 77 people on cleaneval-dev's pages).
    bool capitals_mark_names = true;
    /// The article language's stop words, which end names as the English ones do.
    const std::unordered_set<std::string>* stopwords = nullptr;
    /// German writes roles as compounds: "Innenminister", "Regierungssprecher".
    bool compound_titles = false;
    /// Country forms of the page's language (and English), which end names.
    const CountryTable* countries = &CountryTable::instance();
    /// The page's language, whose ordinary words (dictionary_words.hpp) make things, not
    /// names, as English ones do.
    std::string_view language = "en";
    /// Words the article uses as a surname on its own ("…, DAUSTER SAID", "Mr Doctorow";
    /// surnames_alone_in()).
    std::unordered_set<std::string> surnames_alone;
    /// Words that stand alone among ordinary ones ("SAFIN SHOWED", "think Hewitt might";
    /// words_alone_in(); English only): weaker evidence of a surname than a speech verb or
    /// an honorific.
    std::unordered_set<std::string> words_alone;
    /// The words the article puts right after an article or a possessive ("THE CARMAKER",
    /// "ITS PSP"; words_after_articles_in()): no given names or surnames (English only).
    std::unordered_set<std::string> after_articles;
    /// Keys of the names the article gives a kind of thing ("the film Vera Drake"; things_of()).
    std::unordered_set<std::string> things;
};

/// Titles that only qualify a role ("former", "acting", "managing" director): before a
/// single word they say nothing of it ("Managing Python", "the former Savant space"), and
/// in apposition they need a role ("Unsurprisingly, then, she…").
bool is_modifier(const std::string& folded) {
    static const std::unordered_set<std::string> modifiers{"vice",   "deputy",   "acting",   "interim",  "former",
                                                           "late",   "then",     "incoming", "outgoing", "first",
                                                           "second", "managing", "foreign",  "prime",    "under"};
    return modifiers.contains(folded);
}

/// "Preesident Nixon", "Treasury Secertary James Baker", "Dirctor Robert Gates": wire
/// copy misspells titles. A word one edit from an English title of six letters or more
/// (a letter left out, added, changed, or swapped with the next; the first letter right)
/// that is no word, proper noun or first name of the lists is that title.
bool is_misspelt_title(const std::string& folded) {
    if (folded.size() < shortest_misspelt_title) return false;
    const auto& lexicon = PersonLexicon::instance();
    auto bucket = lexicon.long_titles.find(folded.front());
    if (bucket == lexicon.long_titles.end()) return false;
    bool near = std::any_of(bucket->second.begin(), bucket->second.end(),
                            [&](const std::string& title) { return one_edit_apart(folded, title); });
    return near && !is_dictionary_word(folded) && !is_proper_dictionary_word(folded) &&
           !lexicon.census_any.contains(folded) && !lexicon.curated_given.contains(folded);
}

/// A title or role, compounds included where the language makes them: German ends them
/// in a role ("Innenminister", "Chorleiter", "Konzernchef"), "-in" for a woman
/// ("Bundeskanzlerin", "Projektleiterin").
bool is_title(const std::string& folded, const Writing& writing) {
    static constexpr std::array<std::string_view, 11> roots{"minister", "prasident",       "kanzler", "sprecher",
                                                            "meister",  "sekretar",        "leiter",  "direktor",
                                                            "trainer",  "geschaftsfuhrer", "chef"};
    if (PersonLexicon::instance().titles.contains(folded)) return true;
    if (!writing.compound_titles) return false;
    std::string_view role = folded;
    if (role.ends_with("in")) role.remove_suffix(2);
    return std::any_of(roots.begin(), roots.end(), [&](std::string_view root) {
        return (role.size() > root.size() && role.ends_with(root)) || (role != folded && role == root);
    });
}

/// Token `i` is a title, or in English a misspelt one before a capitalised word: a
/// surname one edit from a title ends a run ("Jason Bateman", "Jerry Springer said",
/// "Mike Trainor"), where a title starts one ("Preesident Nixon").
bool is_title_at(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    if (is_title(tokens[i].folded, writing)) return true;
    bool before_capital =
        i + 1 < tokens.size() && tokens[i + 1].gap == Gap::space && tokens[i + 1].capitalised && !tokens[i].possessive;
    return writing.language == "en" && !writing.upper_case && before_capital && is_misspelt_title(tokens[i].folded);
}

/// A capital where a sentence or a quotation starts marks no proper noun: quoted speech
/// starts with one (`joking: "Unfortunately I'm stuck`), and so does a quoted title (`the
/// film "Shirley Valentine"`).
bool starts_sentence(const std::vector<Token>& tokens, std::size_t i) {
    return i == 0 || tokens[i].gap == Gap::sentence || tokens[i].opens_quote ||
           (tokens[i].gap == Gap::other && tokens[i - 1].gap == Gap::sentence);
}

/// "I'm", "Don't", "We'll", "Y'all": a pronoun or verb with its contraction, never in a name (an
/// apostrophe in a name comes early: "O'Brien", "D'Arcy").
bool is_contraction(std::string_view folded) {
    for (std::string_view ending : {"'m", "'re", "'ve", "'ll", "'d", "n't", "'all"}) {
        if (folded.size() > ending.size() && folded.ends_with(ending)) return true;
    }
    return false;
}

/// Two capitals before a surname are initials ("JM Coetzee", "PJ Harvey"), not an
/// acronym ("EA Sports" goes on with an ordinary word, "PS Emilia Nuyado", a party's, with
/// a given name and a surname).
bool initials_before_surname(const std::vector<Token>& tokens, std::size_t i) {
    auto word_at = [&](std::size_t at) {
        return at < tokens.size() && tokens[at].gap == Gap::space && tokens[at].capitalised && !tokens[at].all_upper;
    };
    if (tokens[i].text.size() != 2 || !word_at(i + 1) || is_dictionary_word(tokens[i + 1].folded)) return false;
    bool given_and_surname = PersonLexicon::instance().given.contains(tokens[i + 1].folded) && word_at(i + 2) &&
                             !is_dictionary_word(tokens[i + 2].folded);
    return !given_and_surname;
}

std::string_view without_possessive(std::string_view word) {
    for (std::string_view suffix : {"'s", "'S", "\u2019s", "\u2019S"}) {
        if (word.ends_with(suffix)) return word.substr(0, word.size() - suffix.size());
    }
    return word;
}

/// A word spelt as brands and plural acronyms are, never as names: a capital after a
/// small letter ("PlayStation", "WebSideStory", "GeCAD") except after the prefixes of
/// names ("McCartney", "MacLeod", "DiCaprio", "LeBlanc", "FitzGerald"), or capitals then
/// a plural "s" ("ISPs", "MPs").
bool brand_spelling(std::string_view word) {
    static constexpr std::array<std::string_view, 16> name_prefixes{
        "Mc", "Mac", "Di", "De", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "Ter", "Ten", "Ver", "Del", "St"};
    auto upper = [](char letter) { return letter >= 'A' && letter <= 'Z'; };
    auto lower = [](char letter) { return letter >= 'a' && letter <= 'z'; };
    if (word.size() >= 3 && word.back() == 's' && std::all_of(word.begin(), word.end() - 1, upper)) return true;
    for (std::size_t i = 1; i < word.size(); ++i) {
        if (upper(word[i]) && lower(word[i - 1])) {
            return std::find(name_prefixes.begin(), name_prefixes.end(), word.substr(0, i)) == name_prefixes.end();
        }
    }
    return false;
}

/// "Mr", "Mrs", "Dr": before a capitalised word they make it a surname and nothing else
/// ("Mr Doctorow"), where a role may stand before a firm ("market leader Nintendo").
bool is_honorific(const std::string& folded) {
    static const std::unordered_set<std::string> honorifics{"mr", "mrs", "ms", "miss", "dr", "messrs", "mme", "mlle"};
    return honorifics.contains(folded);
}

/// "Mr Lane", "Mrs Church": after an honorific a word that ends names elsewhere but is a
/// common surname (data/surname_words.txt) is one.
bool surname_word_after_honorific(const std::vector<Token>& tokens, std::size_t i) {
    return i > 0 && tokens[i].gap == Gap::space && is_honorific(tokens[i - 1].folded) &&
           PersonLexicon::instance().surname_words.contains(tokens[i].folded);
}

/// Whether `text` has a letter English spells no word with, loanwords included ("Støre",
/// "Łukasz", "Şahin"): whatever its folded form, it is none of the English words that
/// block names ("store" is a shop's; "café" and "Müller" fold as their words would).
bool has_letters_english_lacks(std::string_view text) {
    static constexpr std::array<std::string_view, 21> letters{"ø", "Ø", "æ", "Æ", "ł", "Ł", "ß", "đ", "Đ", "ő", "ű",
                                                              "ı", "ğ", "ş", "Ş", "ř", "ň", "ě", "ů", "ð", "þ"};
    return std::any_of(letters.begin(), letters.end(),
                       [&](std::string_view letter) { return text.find(letter) != std::string_view::npos; });
}

/// In capitals, the word after the given name at `given` is a common surname that is also a
/// word, and the run ends after it (at punctuation, a stop word or a speech verb), after no
/// article and no ordinary word that is no title.
bool surname_ending_run(const std::vector<Token>& tokens, std::size_t given, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    std::size_t surname = given + 1;
    if (surname >= tokens.size() || !lexicon.word_surnames.contains(tokens[surname].folded)) return false;
    if (given > 0 && tokens[given].gap == Gap::space) {
        const Token& before = tokens[given - 1];
        bool ordinary = is_dictionary_word(before.folded) && !before.possessive && !is_title(before.folded, writing) &&
                        !lexicon.stopwords.contains(before.folded);
        // "THE NEW BILL BANKS ON": a new bill is a law.
        if (lexicon.determiners.contains(before.folded) || before.folded == "new" || ordinary) return false;
    }
    std::size_t after = surname + 1;
    if (after >= tokens.size() || tokens[after].gap != Gap::space) return true;
    const std::string& word = tokens[after].folded;
    return lexicon.stopwords.contains(word) || lexicon.speech.contains(word);
}

/// A given name that is also a word never in names, before a capitalised word that may
/// be in one: "Bill Gates", "Jesus Navas"; not "the Finance Bill", "the Bill of Rights",
/// "Jesus Christ". In capitals, where every word is capitalised, only before a word that
/// is no ordinary one ("BILL THOMPSON"; not "THE BILL WAS PASSED"), or before a common
/// surname that ends the run, after no article or ordinary word ("MICROSOFT CHIEF BILL
/// GATES,"; not "THE BILL GATES", "FINANCE BILL BANKS").
bool given_name_despite_blocker(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    if (!lexicon.given.contains(tokens[i].folded) || i + 1 >= tokens.size()) return false;
    const Token& next = tokens[i + 1];
    bool name_like = writing.upper_case ? !is_dictionary_word(next.folded) || surname_ending_run(tokens, i, writing)
                                        : !next.all_upper;
    return next.gap == Gap::space && next.capitalised && name_like && !next.digit &&
           !lexicon.blocks_name(next.folded) && !is_title(next.folded, writing);
}

/// A capital's name inside a person's: a surname after a given name ("Denzel Washington",
/// "Jack London"), or a given name before a surname ("Santiago Cabrera"; a census name that
/// is a city too is no given name here: "London Heathrow", "Paris St Germain"). A city
/// stands for its country only alone (countries.cpp). Mixed case only: in capitals any
/// word may follow a given name.
bool capital_in_name(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    const CountryForm* form = writing.countries->find(tokens[i].folded);
    if (writing.upper_case || !form || form->kind != CountryFormKind::capital) return false;
    const auto& lexicon = PersonLexicon::instance();
    bool after_given_name = i > 0 && tokens[i].gap == Gap::space && tokens[i - 1].capitalised &&
                            lexicon.given.contains(tokens[i - 1].folded);
    return after_given_name || given_name_despite_blocker(tokens, i, writing);
}

/// In capitals, where nothing else ends a run, a verb that follows the one who acts ends
/// it ("PATRICK RAFTER WANTS RODDICK" is not one name): a speech verb or one of the verbs
/// that make a capital stand for its government (data/capital_verbs.txt); not a common
/// surname that is also a verb ("MAY").
bool ends_run_in_capitals(const std::string& folded, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    return (lexicon.speech.contains(folded) || writing.countries->is_capital_verb(folded)) &&
           !lexicon.surname_words.contains(folded);
}

/// "Kim Jong Un": the UN and the EU are written in capitals in mixed-case text, so "Un"
/// and "Eu" ending a run of names are no such body (longer acronyms may be written as
/// words: "Nato", "Opec"); starting one, "Un" is the French article ("Un long dimanche").
bool acronym_not_in_capitals(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    const Token& token = tokens[i];
    bool after_name = i > 0 && token.gap == Gap::space && tokens[i - 1].capitalised;
    return !writing.upper_case && !token.all_upper && after_name && (token.folded == "un" || token.folded == "eu");
}

/// "Martin Luther King Jr", "Chris Eubank Jnr": a generational suffix ends a name, and is
/// part of it (the son is not the father), but no name alone.
bool is_generational_suffix(const std::string& folded) {
    return folded != "sr" && is_generational_suffix_word(folded);  // "Sr" is a Spanish "Mr" too
}

/// Token `i` may be part of a name. In mixed-case text a word in capitals is an acronym
/// ("NBC", "BBC Sport"), except an initial, and so is a word spelt as brands are.
bool name_token(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    const Token& token = tokens[i];
    const auto& lexicon = PersonLexicon::instance();
    if (token.digit || !token.capitalised || token.in_address || is_title_at(tokens, i, writing) ||
        is_contraction(token.folded))
        return false;
    if (lexicon.blocks_name(token.folded) && !given_name_despite_blocker(tokens, i, writing) &&
        !acronym_not_in_capitals(tokens, i, writing) && !has_letters_english_lacks(token.text) &&
        !surname_word_after_honorific(tokens, i) && !capital_in_name(tokens, i, writing)) {
        return false;
    }
    if (writing.stopwords && writing.stopwords->contains(token.folded) && !lexicon.particles.contains(token.folded))
        return false;
    if (writing.upper_case) return token.text.size() > 1 && !ends_run_in_capitals(token.folded, writing);
    if (brand_spelling(without_possessive(token.text))) return false;
    return !token.all_upper || token.text.size() == 1 || initials_before_surname(tokens, i);
}

/// In capitals a single letter is no name token (it may be "A"), but between a given name
/// and a name it is a middle initial: "GEORGE W BUSH", "JOHN F KENNEDY".
bool middle_initial_in_capitals(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    const Token& letter = tokens[i];
    if (!writing.upper_case || letter.text.size() != 1 || letter.digit) return false;
    if (writing.stopwords && writing.stopwords->contains(letter.folded)) return false;
    if (!PersonLexicon::instance().given.contains(tokens[i - 1].folded) || i + 1 >= tokens.size()) return false;
    return joins_previous(tokens[i + 1]) && name_token(tokens, i + 1, writing);
}

/// Whether token `i` is a lower-case particle inside a name: one ("van Gaal", "da Silva")
/// or two ("von der Leyen", "van der Vaart", "de la Rúa") before a capitalised word.
bool is_particle(const std::vector<Token>& tokens, std::size_t i) {
    const auto& particles = PersonLexicon::instance().particles;
    auto lower_particle = [&](std::size_t at) {
        return at < tokens.size() && !tokens[at].capitalised && particles.contains(tokens[at].folded) &&
               (at == i || tokens[at].gap == Gap::space);
    };
    if (!lower_particle(i)) return false;
    std::size_t next = lower_particle(i + 1) ? i + 2 : i + 1;
    return next < tokens.size() && tokens[next].capitalised &&
           (tokens[next].gap == Gap::space || tokens[next].gap == Gap::hyphen);  // "al-Gosaibi"
}

/// Words after which a capitalised run is a place or a thing, not a person, unless other
/// evidence says otherwise ("in Porto Alegre", "the Chicago Bulls").
bool is_place_lead(const std::string& folded) {
    static const std::unordered_set<std::string> leads{"the",     "in",     "at", "near", "from", "into",   "across",
                                                       "outside", "inside", "of", "to",   "via",  "toward", "towards"};
    return leads.contains(folded);
}

/// The place leads that lead a place's or a thing's name far more often than a person's:
/// "the Dow Jones", "in Beverly Hills"; not "of", "to", "from" ("the role of Angelina Jolie").
bool is_place_article(const std::string& folded) {
    static const std::unordered_set<std::string> articles{"the",    "in",      "at",     "into",
                                                          "inside", "outside", "across", "near"};
    return articles.contains(folded);
}

/// A definite article, or one joined to a preposition, in small letters on a Spanish or
/// French page ("el miembro del Buró Político", "au Sénat"): it leads the name of a thing,
/// a body or a place, as "the" does in English; people's names take none. Not Italian or
/// Portuguese, whose press puts one before a surname ("la Meloni") or whose name
/// particles are articles ("Lula da Silva").
bool is_article_of_language(const Token& token, std::string_view language) {
    static const std::unordered_set<std::string> spanish{"el", "la", "los", "las", "del", "al"};
    static const std::unordered_set<std::string> french{"le", "la", "les", "du", "des", "au", "aux"};
    if (token.capitalised) return false;
    if (language == "es") return spanish.contains(token.folded);
    if (language == "fr") return french.contains(token.folded);
    return false;
}

/// Whether token `i`, a title, is the surname a particle makes of it within the piece from
/// `first`: "Bruno Le Maire" ("maire" is French for mayor), and "Le Maire" alone. Not when
/// the particle starts the run and a name follows: "Le Président Macron" is a title
/// before a name.
bool surname_after_particle(const std::vector<Token>& tokens, std::size_t first, std::size_t i,
                            const Writing& writing) {
    if (!tokens[i].capitalised || tokens[i].gap != Gap::space || i < first + 1 ||
        !PersonLexicon::instance().particles.contains(tokens[i - 1].folded) || !is_title(tokens[i].folded, writing)) {
        return false;
    }
    bool name_follows = i + 1 < tokens.size() && joins_previous(tokens[i + 1]) && name_token(tokens, i + 1, writing);
    return i >= first + 2 || !name_follows;
}

/// Whether "von" or "zu" at `i` is the German "from" of someone already named in full,
/// not a particle: after two name words or more, the last no given name ("Christoph Bals
/// von der Umweltorganisation Germanwatch", "Dennis Brammen von Pietsmiet"; "Johann
/// Wolfgang von Goethe" and "Ursula von der Leyen" keep theirs).
bool german_from_after_name(const std::vector<Token>& tokens, std::size_t first, std::size_t i) {
    const std::string& word = tokens[i].folded;
    if ((word != "von" && word != "zu") || tokens[i].capitalised || i < first + 2) return false;
    return !PersonLexicon::instance().given.contains(tokens[i - 1].folded);
}

/// Whether the lower-case "der", "den", "das", "dem" or "des" at `i` is a German article,
/// which ends a run ("Kardinal Parolin den Wunsch"), not a particle: on a German page, and
/// not after "von", "van" or "zu" ("Ursula von der Leyen").
bool german_article_after_name(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    static const std::unordered_set<std::string> articles{"der", "den", "das", "dem", "des"};
    if (writing.language != "de" || i == 0 || tokens[i].capitalised || !articles.contains(tokens[i].folded))
        return false;
    const std::string& before = tokens[i - 1].folded;
    return before != "von" && before != "van" && before != "zu";
}

/// German capitalises nouns, and one often follows a name ("Küchenchef Torsten Hempel
/// Zuckerschoten", "Robert Rettigs Angebot", "@Götz-Michael Freimann Finde ich falsch"):
/// on a German page, after a given name and a word that is none (hyphened words count as
/// one: "Klaus-Michael Zinnecker"), a word of the German list or a compound of two
/// (is_german_compound; `i`, after a space) ends the name, unless it is a surname or a
/// proper noun of the English lists ("Wolfgang Amadeus Mozart", "Wolfgang M. Schmitt").
bool german_noun_after_name(const std::vector<Token>& tokens, std::size_t first, std::size_t i,
                            const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    if (writing.language != "de" || tokens[i].gap != Gap::space || !lexicon.given.contains(tokens[first].folded))
        return false;
    // The word before `i` must be the name's second, and the only other.
    std::size_t second = 0, words = 1;
    for (std::size_t at = first + 1; at < i; ++at) {
        if (tokens[at].gap != Gap::space) continue;
        second = at;
        ++words;
    }
    if (words != 2 || !tokens[second].capitalised || lexicon.given.contains(tokens[second].folded)) return false;
    // The word lookups last: they search the 353,000 German words.
    const std::string& word = tokens[i].folded;
    return !lexicon.common_surname(word) && !lexicon.given.contains(word) && !is_proper_dictionary_word(word) &&
           is_german_compound(word);
}

/// Whether the word at `i` starts a German noun phrase without an article: a noun of the
/// German list ("Angebot"), or a quotation opened after a space ("„Rubygate“-Prozess",
/// "«The rainy day»"; not after a colon: "so CEO Maria Hedengrens: „Neben …").
bool starts_bare_noun_phrase(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    const Token& word = tokens[i];
    if (word.opens_quote) {
        const Token& before = tokens[i - 1];
        std::string_view gap(before.text.data() + before.text.size(), word.text.data());
        std::size_t mark = gap.find_first_not_of(' ');
        if (mark == 0 || mark == std::string_view::npos) return false;
        gap.remove_prefix(mark);
        return gap == "\u201E" || gap == "\u00AB" || gap == "\u201C" || gap == "\"";
    }
    if (word.gap != Gap::space || word.all_upper || !word.capitalised) return false;
    return !(writing.stopwords && writing.stopwords->contains(word.folded)) && is_german_compound(word.folded);
}

/// How a name of two words or more on a German page reads as a genitive with a plain "s"
/// (German puts it, with no article, before the noun it owns: "Silvio Berlusconis
/// „Rubygate“-Prozess", "Robert Rettigs Angebot"): not at all where its last word cannot
/// be one (no such "s", or one after "s", "x", "z" or "ß", whose genitive takes an
/// apostrophe; a given name or a census surname: "Alvin Thomas", "Carl Peters");
/// otherwise as a genitive where a bare noun phrase follows, and as a name that ends in
/// "s" where anything else does ("Paul Werners wurden", "Rita Famos, für").
GenitiveReading genitive_reading(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    std::size_t end = piece.first + piece.length;
    if (writing.language != "de" || piece.length < 2) return GenitiveReading::none;
    const Token& last = tokens[end - 1];
    std::string_view text = last.text;
    if (last.all_upper || last.possessive || text.size() < 4 || !text.ends_with('s') || text.ends_with("\u00DFs") ||
        std::string_view("sxzSXZ").find(text[text.size() - 2]) != std::string_view::npos)
        return GenitiveReading::none;
    const auto& lexicon = PersonLexicon::instance();
    if (lexicon.given.contains(last.folded) || lexicon.surnames_ending_in_s.contains(last.folded))
        return GenitiveReading::none;
    bool genitive = end < tokens.size() && starts_bare_noun_phrase(tokens, end, writing);
    return genitive ? GenitiveReading::genitive : GenitiveReading::ends_in_s;
}

/// A capitalised title right after a given name is part of that person's name, not a
/// title for the word after it: "the Doris Duke Charitable Foundation" (not "Duke
/// Charitable"), "Sacha Baron Cohen", where "Foreign Minister Lavrov" and "Crown Prince
/// Frederik" keep theirs. Not in capitals, where every title has one ("RAY ACTOR JAMIE
/// FOXX": the film "Ray").
bool surname_after_given_name(const std::vector<Token>& tokens, std::size_t title) {
    const auto& lexicon = PersonLexicon::instance();
    if (title == 0 || !tokens[title].capitalised || tokens[title].all_upper || tokens[title].gap != Gap::space ||
        !lexicon.titles.contains(tokens[title].folded))
        return false;
    const Token& given = tokens[title - 1];
    return given.capitalised && !given.possessive && lexicon.given.contains(given.folded) &&
           !lexicon.titles.contains(given.folded);
}

/// "Moon Jae-in", "Ban Ki-moon", "Kim Jong-un": a Korean given name is two syllables
/// joined by a hyphen, the second in small letters. A small word of four letters at most
/// hyphened to a short capitalised word after a family name goes on the name, unless it
/// is one of the English words that make compounds of names ("Tony Blair-led"); so does
/// one of five or six letters that is no English word ("Yoo Ji-chang", "Lee Myung-bak"
/// has three; not "Blair-style").
bool second_syllable_of_given_name(const std::vector<Token>& tokens, std::size_t first, std::size_t i) {
    static const std::unordered_set<std::string> compound_heads{"led",  "era",  "run",  "like", "born", "type",
                                                                "wide", "free", "made", "age",  "ish",  "less"};
    const Token& syllable = tokens[i];
    const Token& before = tokens[i - 1];
    bool short_syllable = syllable.text.size() <= 4 && !compound_heads.contains(syllable.folded);
    bool long_syllable = syllable.text.size() <= 6 && !is_dictionary_word(syllable.folded);
    return i >= first + 2 && syllable.gap == Gap::hyphen && !syllable.capitalised && !syllable.digit &&
           (short_syllable || long_syllable) && before.capitalised && !before.all_upper && before.text.size() <= 5;
}

/// "ROGER FEDERER PLAYS GREG RUSEDSKI", "NEIL MELLOR GAVE LIVERPOOL THE LEAD": in
/// capitals, where nothing else ends a run, an ordinary word after a name of two words or
/// more ends it before a given name, or after a given name and a word that is no ordinary
/// one, unless it is a common surname ("HELENA BONHAM CARTER"; keeps_surname), a particle
/// ("JEAN-CLAUDE VAN DAMME") or hyphened to the name ("ROBERT KILROY-SILK").
bool verb_after_name_in_capitals(const std::vector<Token>& tokens, std::size_t first, std::size_t i,
                                 const Writing& writing) {
    if (!writing.upper_case || i < first + 2 || tokens[i].gap != Gap::space || !is_dictionary_word(tokens[i].folded))
        return false;
    const auto& lexicon = PersonLexicon::instance();
    if (i + 1 < tokens.size() && joins_previous(tokens[i + 1]) && lexicon.given.contains(tokens[i + 1].folded))
        return true;
    const std::string& word = tokens[i].folded;
    if (!lexicon.given.contains(tokens[first].folded) || lexicon.common_surname(word) ||
        lexicon.particles.contains(word))
        return false;
    bool surname = false;
    for (std::size_t at = first + 1; at < i; ++at) {
        // A middle initial ("GEORGE W BUSH") or a particle ("RODRIGO DE LA SERNA").
        if (tokens[at].text.size() == 1 || lexicon.particles.contains(tokens[at].folded)) continue;
        if (is_dictionary_word(tokens[at].folded)) return false;
        surname = true;
    }
    return surname;
}

/// `Marion "Suge" Knight`, `Juan Antonio “Tony” Hernández`: a capitalised word in
/// quotation marks at `i`, between a name's words, is a nickname.
bool nickname_at(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    const Token& nickname = tokens[i];
    if (writing.upper_case || !nickname.opens_quote || !nickname.capitalised || nickname.possessive ||
        nickname.text.size() < 2 || i + 1 >= tokens.size())
        return false;
    return tokens[i + 1].after_closing_quote && name_token(tokens, i + 1, writing);
}

/// The name piece starting at `first` (a name token), extended over name tokens and
/// particles joined by spaces or hyphens, and over a quoted nickname, ending at a
/// possessive.
Piece grow_piece(const std::vector<Token>& tokens, std::size_t first, const Writing& writing) {
    Piece piece{first, 1};
    for (std::size_t i = first + 1; i < tokens.size() && !tokens[i - 1].possessive; ++i) {
        if (!joins_previous(tokens[i])) {
            if (piece.nickname || piece.length != i - first || !nickname_at(tokens, i, writing)) break;
            piece.nickname = i++;  // the name goes on after it
            piece.length = i - first + 1;
            continue;
        }
        if (german_from_after_name(tokens, first, i) || german_article_after_name(tokens, i, writing) ||
            german_noun_after_name(tokens, first, i, writing)) {
            break;
        }
        if (is_particle(tokens, i) || middle_initial_in_capitals(tokens, i, writing)) continue;
        // "Sacha Baron Cohen" goes on through the title; "Doris Duke Charitable" does not.
        bool title_in_name = i == first + 1 && surname_after_given_name(tokens, i) && i + 1 < tokens.size() &&
                             tokens[i + 1].gap == Gap::space && name_token(tokens, i + 1, writing) &&
                             !is_dictionary_word(tokens[i + 1].folded);
        if (title_in_name) continue;
        if (!name_token(tokens, i, writing) && !surname_after_particle(tokens, first, i, writing) &&
            !second_syllable_of_given_name(tokens, first, i)) {
            break;
        }
        if (verb_after_name_in_capitals(tokens, first, i, writing)) break;
        piece.length = i - first + 1;
    }
    return piece;
}

/// A comma, maybe an article, then titles and roles ending the phrase or followed by
/// "of", "for"...: "…, chairman of the council", "…, a spokesman for the ministry",
/// "…, the deputy minister.". Not "At Sophos, chief executive Jane Smith" (a name
/// follows) nor "Sophos, the first company to…".
bool title_in_apposition(const std::vector<Token>& tokens, std::size_t after, const Writing& writing) {
    static const std::unordered_set<std::string> articles{"a", "an", "the"};
    static const std::unordered_set<std::string> links{"of", "for", "at", "to", "with", "in", "on"};
    if (after >= tokens.size() || tokens[after].gap != Gap::other) return false;
    std::size_t word = after;
    if (articles.contains(tokens[word].folded)) ++word;
    // English letters for a role ("PM", "MP") name one only on an English page: on a
    // German one "Pressemitteilungen (PM)" is "press releases".
    auto role_at = [&](std::size_t at) {
        bool english_abbreviation = tokens[at].all_upper && !writing.upper_case && writing.language != "en";
        return is_title(tokens[at].folded, writing) && !english_abbreviation;
    };
    bool role = false;
    while (word < tokens.size() && role_at(word)) role |= !is_modifier(tokens[word++].folded);
    if (!role) return false;
    return word == tokens.size() || tokens[word].gap == Gap::other || tokens[word].gap == Gap::sentence ||
           links.contains(tokens[word].folded);
}

/// A past tense ("REITERATED", "GAINED"): an ordinary word of six letters or more ending
/// in "ed". Names so spelt are rare ("Reed" is shorter).
bool is_past_tense(const std::string& folded) {
    return folded.size() >= 6 && folded.ends_with("ed") && is_dictionary_word(folded);
}

/// A common irregular past tense ("WENT", "GAVE", "WON", "DIED"), a common verb's present
/// or gerund ("KNOWS", "FOLLOWS", "WINNING") or an adverb ("REGULARLY"), which follow a
/// subject and are no surnames. Not any "-s", "-ed" and "-ing" form, which common surnames
/// share ("JOBS", "HANKS", "SPEED", "HAWKING"): none of the listed verbs is a surname of
/// the census lists.
bool verb_after_subject(const std::string& folded) {
    static const std::unordered_set<std::string> common_verb_forms{
        "knows",   "follows", "wants",    "thinks",   "believes", "hopes",   "needs",   "feels",    "likes",
        "admits",  "insists", "plans",    "faces",    "joins",    "leads",   "takes",   "makes",    "gets",
        "gives",   "comes",   "goes",     "sees",     "seems",    "looks",   "remains", "becomes",  "keeps",
        "tells",   "claims",  "denies",   "expects",  "fears",    "agrees",  "argues",  "warns",    "accepts",
        "returns", "wins",    "loses",    "leaves",   "starts",   "finds",   "owns",    "moves",    "lives",
        "works",   "plays",   "hits",     "signs",    "scores",   "beats",   "vows",    "urges",    "backs",
        "quits",   "rejects", "blames",   "praises",  "slams",    "stars",   "winning", "making",   "taking",
        "playing", "saying",  "being",    "having",   "getting",  "going",   "doing",   "looking",  "coming",
        "working", "trying",  "leading",  "becoming", "helping",  "joining", "giving",  "starring", "telling",
        "running", "scoring", "signing",  "facing",   "seeking",  "holding", "keeping", "leaving",  "losing",
        "beating", "hoping",  "planning", "calling",  "using",    "died"};
    static const std::unordered_set<std::string> irregular_pasts{
        "went",  "took",  "gave",  "came",   "made",  "won",   "got",   "left",    "met",    "ran",
        "saw",   "set",   "spent", "felt",   "kept",  "knew",  "lost",  "paid",    "put",    "sent",
        "sold",  "stood", "began", "became", "beat",  "broke", "built", "bought",  "caught", "chose",
        "drove", "fell",  "found", "fought", "grew",  "heard", "held",  "led",     "meant",  "shot",
        "sang",  "sat",   "spoke", "struck", "threw", "told",  "wrote", "brought", "thought"};
    constexpr std::size_t shortest_adverb = 5;
    return irregular_pasts.contains(folded) || common_verb_forms.contains(folded) ||
           (folded.size() >= shortest_adverb && folded.ends_with("ly") && is_dictionary_word(folded));
}

/// An English word in an inflected form names no one: a verb after its subject
/// (verb_after_subject), a past tense or participle, a gerund, a superlative, or a word
/// with an "s" on another ("DENIED", "INCLUDING", "LARGEST", "LETS"), where "BARBER" and
/// "RADIUS" may be first names ("WORLD BANK PRESIDENT BARBER CONABLE").
bool inflected_word(const std::string& folded) {
    // Shorter words so ending are stems themselves ("bed", "sing", "best", "bus").
    constexpr std::size_t shortest_past = 5, shortest_gerund = 6, shortest_plural = 4;
    if (verb_after_subject(folded)) return true;
    if (folded.size() < shortest_plural || !is_dictionary_word(folded)) return false;
    if (folded.size() >= shortest_past && folded.ends_with("ed")) return true;
    if (folded.size() >= shortest_gerund && (folded.ends_with("ing") || folded.ends_with("est"))) return true;
    return folded.back() == 's' && is_dictionary_word(std::string_view(folded).substr(0, folded.size() - 1));
}

/// Whether the given name at `first` keeps the ordinary word at `last` as its surname: a
/// curated given name does ("JAMES BAKER URGED"), but for a verb or an adverb that is no
/// common surname ("LEE WENT", "TOMMY REGULARLY"; verb_after_subject); a census list's,
/// which may be a surname itself ("REAGAN ANGRILY DENIED", "REAGAN MADE A SPEECH"), only
/// where the run ends right after the word as a name's does, at a comma or a conjunction
/// ("OTIS FERRY, THE SON OF", "STEWART DOWNING OR ANDY JOHNSON"; a verb goes on with its
/// object), or when the word is a common surname ("KANYE WEST IS", "JOSS STONE SANG"; not
/// after an award's name, "OSCAR BEST ACTRESS").
bool keeps_surname(const std::vector<Token>& tokens, std::size_t first, std::size_t last,
                   const PersonLexicon& lexicon) {
    static const std::unordered_set<std::string> name_enders{"and", "or", "nor", "who", "whose", "of"};
    // Given names that are awards too keep one only as a census list's do: "OSCAR
    // NOMINATION", "EMMY WINNERS" (in mixed case "Oscar nomination" has no capital).
    static const std::unordered_set<std::string> awards{"oscar", "emmy"};
    const std::string& given = tokens[first].folded;
    const std::string& surname = tokens[last].folded;
    bool common_surname = lexicon.common_surname(surname);
    if (lexicon.curated_given.contains(given) && !awards.contains(given))
        return common_surname || !verb_after_subject(surname);
    if (!lexicon.given.contains(given)) return false;
    bool run_ends = last + 1 < tokens.size() &&
                    (tokens[last + 1].gap == Gap::other ||
                     (tokens[last + 1].gap == Gap::space && name_enders.contains(tokens[last + 1].folded)));
    return run_ends || (common_surname && !awards.contains(given));
}

/// "MARTIN LUTHER KING", "IAIN DUNCAN SMITH", "ANNA NICOLE SMITH": a common surname that
/// is also a word after given names that are no words, not hyphened to what follows
/// ("ROBERT HARRIS BEST-SELLER"). After a given name and a surname such a word is as often
/// the sentence's ("JOHN TOSHACK SHORT IN DEFENCE", "CHRISTIAN SLATER BEST ACTOR").
bool common_surname_after_names(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    const auto& lexicon = PersonLexicon::instance();
    const std::string& surname = tokens[last].folded;
    if (last < first + 2 || !lexicon.given.contains(tokens[first].folded) || !lexicon.common_surname(surname))
        return false;
    if (last + 1 < tokens.size() && tokens[last + 1].gap == Gap::hyphen) return false;
    for (std::size_t at = first + 1; at < last; ++at) {
        const std::string& middle = tokens[at].folded;
        if (tokens[at].gap != Gap::space || is_dictionary_word(middle) || !lexicon.given.contains(middle)) return false;
    }
    return true;
}

/// In upper-case text nothing ends a run but stop words and blockers, so a name runs on
/// into the words after it ("REAGAN SAID", "JAMES BAKER URGED"): ordinary words at its end
/// go, down to one word, or to a given name and one more ("JAMES BAKER", "GEORGE W BUSH")
/// unless that is a past tense ("KING FAHD REITERATED"); a word hyphened to a name stays
/// ("ROBERT KILROY-SILK").
void drop_ordinary_words_after_name(const std::vector<Token>& tokens, Piece& piece) {
    const auto& lexicon = PersonLexicon::instance();
    while (piece.length > 1) {
        std::size_t at = piece.first + piece.length - 1;
        const std::string& last = tokens[at].folded;
        if (!is_dictionary_word(last)) break;
        // The second half of a double-barrelled name ("KILROY-SILK"; not "DUTY-FREE").
        if (tokens[at].gap == Gap::hyphen && !is_dictionary_word(tokens[at - 1].folded)) break;
        // A middle initial between ("GEORGE W BUSH") leaves it a given name and one more.
        bool given_and_one = piece.length == 2 || (piece.length == 3 && tokens[piece.first + 1].text.size() == 1);
        if (given_and_one && !is_past_tense(last) && keeps_surname(tokens, piece.first, at, lexicon)) break;
        if (common_surname_after_names(tokens, piece.first, at)) break;
        --piece.length;
    }
}

/// A rank that is also an adjective, in lower case and after no other title: "the major
/// Manchester hotels", "the general Election", not "attorney general Alberto Gonzales".
bool adjective_in_lower_case(const std::vector<Token>& tokens, std::size_t i) {
    static const std::unordered_set<std::string> adjectives{"major", "general"};
    if (tokens[i].capitalised || !adjectives.contains(tokens[i].folded)) return false;
    return i == 0 || tokens[i].gap != Gap::space || !PersonLexicon::instance().titles.contains(tokens[i - 1].folded);
}

void add_evidence(const std::vector<Token>& tokens, Piece& piece, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    std::size_t before = piece.first;
    // A title's possessive names what the titled person owns: "the journalist's ISPs".
    // A title hyphened to the word after it makes a compound ("Boss-Spawnnachrichten").
    bool after_title_word = tokens[before].gap == Gap::space || tokens[before].gap == Gap::title_stop;
    piece.title_before = before > 0 && after_title_word && !tokens[before - 1].possessive &&
                         is_title_at(tokens, before - 1, writing) && !adjective_in_lower_case(tokens, before - 1) &&
                         !surname_after_given_name(tokens, before - 1);
    // "the best actress Oscar", "best actor Bafta": a role after "best" names a prize's
    // category, and the word after it the prize.
    bool prize_category = before >= 2 && tokens[before - 1].gap == Gap::space && tokens[before - 2].folded == "best";
    piece.role_before = piece.title_before && !is_modifier(tokens[before - 1].folded) && !prize_category;
    std::size_t after = piece.first + piece.length;
    piece.speech_after =
        after < tokens.size() && tokens[after].gap == Gap::space && lexicon.speech.contains(tokens[after].folded);
    bool after_space = before > 0 && tokens[before].gap == Gap::space;
    piece.speech_before = after_space && lexicon.speech.contains(tokens[before - 1].folded);
    bool foreign_article = after_space && is_article_of_language(tokens[before - 1], writing.language);
    // "a Dell Optiplex", "an Americanised Bond": an English indefinite article leads a
    // thing's name, or a person's as a thing's maker ("a Ronan O'Gara penalty"), which
    // needs a given name then. Not "a" of other languages ("a Yudi Mercedes": to her).
    bool indefinite = after_space && writing.language == "en" &&
                      (tokens[before - 1].folded == "a" || tokens[before - 1].folded == "an");
    bool place_lead = after_space && (is_place_lead(tokens[before - 1].folded) || foreign_article || indefinite);
    piece.mid_sentence = !starts_sentence(tokens, piece.first) && !place_lead;
    piece.place_article = place_lead && (is_place_article(tokens[before - 1].folded) || foreign_article);
    piece.sentence_start = starts_sentence(tokens, piece.first);
    piece.title_in_apposition = title_in_apposition(tokens, after, writing);
}

/// Words of the piece, particles not counted ("Luiz Inácio Lula da Silva": four).
std::size_t name_words(const std::vector<Token>& tokens, const Piece& piece) {
    std::size_t words = 0;
    for (std::size_t i = piece.first; i < piece.first + piece.length; ++i) words += is_particle(tokens, i) ? 0 : 1;
    return words;
}

bool only_initials(const std::vector<Token>& tokens, const Piece& piece) {
    for (std::size_t i = piece.first; i < piece.first + piece.length; ++i) {
        if (tokens[i].text.size() > 1) return false;
    }
    return true;
}

/// An ordinary word of English or of the page's language ("Corte Suprema" on a Spanish
/// page; its list spells words with their accents, which folding takes off).
bool ordinary_word(std::string_view folded, std::string_view written, const Writing& writing) {
    return is_dictionary_word(folded) ||
           (writing.language != "en" && is_ordinary_word(lower_case(written), writing.language));
}

bool ordinary_word(const Token& token, const Writing& writing) {
    return ordinary_word(token.folded, without_possessive(token.text), writing);
}

/// An ordinary word that no list holds as a first name ("Time", "Treasury", "Ejecución"):
/// it starts a thing's or an office's name, not a person's.
bool ordinary_non_name(const Token& token, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    return !lexicon.curated_given.contains(token.folded) && !lexicon.census_any.contains(token.folded) &&
           ordinary_word(token, writing);
}

bool all_dictionary_words(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    for (std::size_t i = piece.first; i < piece.first + piece.length; ++i) {
        if (tokens[i].text.size() <= 1 || !ordinary_word(tokens[i], writing)) return false;
    }
    return true;
}

/// A capitalised word goes on the run that ends before `after` as one name: after a space,
/// not after a possessive ("Judy Finnigan's Channel 4") nor a hyphen ("Dornford-May").
bool continues_run(const std::vector<Token>& tokens, std::size_t after) {
    return after < tokens.size() && tokens[after].gap == Gap::space && tokens[after].capitalised &&
           !tokens[after - 1].possessive;
}

/// "Goldman Sachs & Co", "David Rubin & Partners": a firm's name goes on past an ampersand.
bool continues_past_ampersand(const std::vector<Token>& tokens, std::size_t after) {
    return after < tokens.size() && tokens[after].ampersand_before && tokens[after].capitalised;
}

/// The capitalised run goes on into an organisation or place word: the piece is the start
/// of that name ("New York Stock Exchange", "Drexel Burnham Lambert Inc", "Axa Equity &
/// Law"; not "Matt Lucas & David Walliams").
bool starts_organisation_name(const std::vector<Token>& tokens, const Piece& piece) {
    const auto& lexicon = PersonLexicon::instance();
    std::size_t after = piece.first + piece.length;
    const std::string& next = tokens[after].folded;
    return (continues_run(tokens, after) || continues_past_ampersand(tokens, after)) &&
           lexicon.non_person.contains(next) &&
           !lexicon.stopwords.contains(next);  // "BERYL SPRINKEL WHO TOLD": no World Health Organization
}

/// The capitalised run goes on into a title: the piece names the office, not a person
/// ("Deputy Treasury Secretary", "Kansas Governor"). Letters after a name are no office
/// of it ("Andrew Tyrie MP", "Guy Mansfield QC").
bool qualifies_title(const std::vector<Token>& tokens, const Piece& piece) {
    constexpr std::size_t post_nominal_letters = 3;
    std::size_t after = piece.first + piece.length;
    if (!continues_run(tokens, after)) return false;
    const Token& next = tokens[after];
    bool post_nominal = next.all_upper && next.text.size() <= post_nominal_letters;
    return !post_nominal && PersonLexicon::instance().titles.contains(next.folded);
}

/// The piece's last word stands alone elsewhere (Writing::words_alone: "SAFIN SHOWED",
/// "think Hewitt might"), which a firm's or a thing's does as often ("SONY", "PSP"): its
/// first word must be no such word itself, never after an article, not read as English
/// made of English words ("SONY PSP", "THE CARMAKER", "GOALSCORER TOURE"), and no word of
/// it a particle ("CONTRA LA POBREZA").
bool last_word_stands_alone(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    const std::string& first = tokens[piece.first].folded;
    if (!writing.words_alone.contains(tokens[piece.first + piece.length - 1].folded) ||
        writing.words_alone.contains(first) || writing.after_articles.contains(first) || is_english_compound(first))
        return false;
    const auto& particles = PersonLexicon::instance().particles;
    for (std::size_t i = piece.first; i < piece.first + piece.length; ++i) {
        if (particles.contains(tokens[i].folded)) return false;
    }
    return true;
}

/// "JORIO DAUSTER" where "DAUSTER SAID" follows, "Cory Doctorow" where "Mr Doctorow"
/// does, "MARAT SAFIN" where "SAFIN" stands alone: the name of someone the article calls
/// by surname. Not a run with an ordinary word ("Although Diageo", "Fiat Powertrain",
/// "HOFER DESCRIBED LYNG") nor one of hyphened words ("Ferguson-Wenger feud").
bool called_by_surname(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    if (!writing.surnames_alone.contains(tokens[piece.first + piece.length - 1].folded) &&
        !last_word_stands_alone(tokens, piece, writing))
        return false;
    const auto& particles = PersonLexicon::instance().particles;
    for (std::size_t i = piece.first; i < piece.first + piece.length; ++i) {
        if (i > piece.first && tokens[i].gap != Gap::space) return false;
        if (ordinary_word(tokens[i], writing) && !particles.contains(tokens[i].folded)) return false;
    }
    return true;
}

/// The piece is one word, hyphened or not ("Blair", "Kilroy-Silk"): a surname mention, or a
/// given name alone ("Jean-Claude").
bool one_word(const std::vector<Token>& tokens, const Piece& piece) {
    for (std::size_t i = piece.first + 1; i < piece.first + piece.length; ++i) {
        if (tokens[i].gap != Gap::hyphen) return false;
    }
    return true;
}

/// "Finding Nemo", "Saving Private Ryan", "Eating Gilbert Grape": a run that starts with an
/// ordinary word in -ing is the title of a work; no name starts so ("Erling Refsum":
/// "erling" is no English word).
bool starts_with_gerund(const std::vector<Token>& tokens, const Piece& piece) {
    const std::string& first = tokens[piece.first].folded;
    return first.size() > 4 && first.ends_with("ing") && is_dictionary_word(first);
}

/// "Bragg St", "Cornmarket St", "Sunset Blvd": an abbreviated street word ends a street's
/// name; at the start "St" is a saint's ("St Helens", "Ian St John").
bool ends_with_street_word(const std::vector<Token>& tokens, const Piece& piece) {
    static const std::unordered_set<std::string> street_words{"st", "ave", "rd", "blvd"};
    return piece.length > 1 && street_words.contains(tokens[piece.first + piece.length - 1].folded);
}

/// "Leeds Rhinos", "Chicago Cubs", "English Partnerships": a place or a country's word
/// before a plural of an English noun names a team or a firm; "Nottingham Forest",
/// "Munich Re", "Sheffield Brightside": a city of 100,000 people or more names one
/// before any word. Not a place that is also a first name in a census list or the curated
/// one, before what may be a surname ("Kent Rogers", "Georgia Woods", "Austin Powers").
/// In English as written, any word that is no first name does so before a plural that is
/// no common surname ("Beastie Boys", "Boca Juniors", "Wuthering Heights", "Nostrand
/// Houses"; not "Gordon Banks", a first name, nor "X Rogers", a surname).
bool place_names_a_thing(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    if (tokens[piece.first + 1].gap != Gap::space && tokens[piece.first + 1].gap != Gap::hyphen) return false;
    const std::string& place = tokens[piece.first].folded;
    const auto& lexicon = PersonLexicon::instance();
    if (lexicon.curated_given.contains(place) || lexicon.census_any.contains(place)) return false;
    if (is_large_city(place)) return true;
    if (piece.length != 2 || tokens[piece.first + 1].gap != Gap::space) return false;
    const std::string& plural = tokens[piece.first + 1].folded;
    if (is_one_word_place(place) || writing.countries->is_country_word(place)) return is_english_plural(plural);
    return writing.language == "en" && !writing.upper_case && is_english_plural(plural) &&
           !lexicon.common_surname(plural);
}

/// "Ville de Montréal", "Policía Fronteriza de Uyuni", "Symphonie de Mahler": a run that
/// starts with an ordinary word and holds a particle is a thing of someone or somewhere; a
/// name with a particle starts with a given name ("Eduardo del Castillo"), which the
/// caller has already taken, or with a particle ("Van de Vijver": "van" is English too).
bool thing_of_particle(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    const Token& first = tokens[piece.first];
    if (!ordinary_word(first, writing) || PersonLexicon::instance().particles.contains(first.folded)) return false;
    for (std::size_t i = piece.first + 1; i < piece.first + piece.length; ++i) {
        if (is_particle(tokens, i)) return true;
    }
    return false;
}

/// A curated given name starts the piece, or a census list's not after a word that leads
/// a place's or a thing's name ("the Dow Jones index", "in Beverly Hills", "the Memphis
/// Symphony Orchestra": a census counts "Dow", "Beverly" and "Memphis" among first names)
/// nor an ordinary word of the page's language ("Alma Mater" on a Spanish page; on a page
/// in a language without a word list here, of any of the five: "Tod", "Gabe", "Mal" on
/// German pages).
bool starts_with_given_name(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    // Past a leading initial to the given name it stands before: "T. Boone Pickens",
    // "F. Scott Fitzgerald", "J. Edgar Hoover" (a surname must follow the given name).
    std::size_t at = piece.first;
    while (at + 2 < piece.first + piece.length && tokens[at].text.size() == 1 && tokens[at + 1].gap == Gap::initial)
        ++at;
    const Token& first = tokens[at];
    if (lexicon.curated_given.contains(first.folded)) return true;
    if (!lexicon.given.contains(first.folded) || piece.place_article) return false;
    if (writing.language == "en") return true;
    std::string lower = lower_case(without_possessive(first.text));
    return has_word_list(writing.language) ? !is_ordinary_word(lower, writing.language)
                                           : !is_ordinary_word_of_any_list(lower);
}

/// "Sally Gunnell", "Noel Whelan": a census given name that is also an English word starts
/// a name of two words whose second is no word of the dictionary, proper nouns included
/// ("Summer Olympics"), not after "the", "in", "at". Only in English written in mixed case:
/// in capitals any word may stand before a surname ("BEAT RODDICK", "LITTLE DINKED"), and
/// on a German page "Art" is a noun before another ("Art Überwachung").
bool given_name_before_surname(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    if (writing.upper_case || writing.language != "en" || piece.length != 2 || piece.place_article ||
        tokens[piece.first + 1].gap != Gap::space)
        return false;
    const std::string& surname = tokens[piece.first + 1].folded;
    return PersonLexicon::instance().word_given.contains(tokens[piece.first].folded) && !is_dictionary_word(surname) &&
           !is_proper_dictionary_word(surname);
}

/// "in The Two Ronnies Sketchbook", "the band The Jam": a capitalised stop word or number
/// word mid-sentence right before the run makes it the rest of a title written in title
/// case, a work's or a group's, not a person's name of unknown words.
bool after_title_case_word(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    static const std::unordered_set<std::string> numbers{"two",    "three",  "four",    "five",    "six",
                                                         "seven",  "eight",  "nine",    "ten",     "eleven",
                                                         "twelve", "twenty", "hundred", "thousand"};
    std::size_t before = piece.first;
    if (writing.upper_case || before == 0 || tokens[before].gap != Gap::space) return false;
    const Token& word = tokens[before - 1];
    if (!word.capitalised || word.all_upper || starts_sentence(tokens, before - 1)) return false;
    return numbers.contains(word.folded) || (writing.stopwords && writing.stopwords->contains(word.folded));
}

/// "Time Warner said", "at Royal Mail", "Ask Jeeves": a run whose first word is an
/// ordinary word and no one's first name in any list names a firm, a work or a group;
/// its capitals and a speech verb say only "proper noun" (a person's first name that is
/// a word is a census name: "Mark Thatcher", "Grace Kelly"). Not initials ("PL Travers"),
/// nor a family name before a Korean or Chinese given name ("Ban Ki-moon", "Wen Jiabao").
bool starts_with_ordinary_non_name(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    const Token& first = tokens[piece.first];
    if (first.text.size() <= 1 || first.all_upper || PersonLexicon::instance().particles.contains(first.folded) ||
        !ordinary_non_name(first, writing))
        return false;
    const Token& second = tokens[piece.first + 1];
    bool korean =
        piece.length > 2 && tokens[piece.first + 2].gap == Gap::hyphen && !tokens[piece.first + 2].capitalised;
    bool chinese = second.gap == Gap::space && is_pinyin_given_name(second.folded) &&
                   !is_dictionary_word(second.folded) && !is_proper_dictionary_word(second.folded);
    return !korean && !chinese;
}

/// "La Traviata", "Le Figaro", "Il Divo", "El Watan", "Der Spiegel", "Mein Kampf": on an
/// English page a run that a French, Spanish, Italian or German article (or "mein")
/// starts is a work's, a paper's or a band's title;
/// names that start so ("Le Saux", "La Russa") come after a first name ("Graeme Le Saux").
/// Not "Les", an English first name too ("Les Ferdinand").
bool starts_with_foreign_article(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    static const std::unordered_set<std::string> articles{"le",  "la",  "el",  "il",  "lo",  "los",
                                                          "las", "der", "die", "das", "mein"};
    const Token& first = tokens[piece.first];
    return writing.language == "en" && !writing.upper_case && first.capitalised && articles.contains(first.folded) &&
           !PersonLexicon::instance().given.contains(first.folded);
}

/// A number word in small letters before the run counts what it names: "drei Tage Ruhe",
/// "the two Ronnies", "trois Mousquetaires"; people's names take none.
bool after_number_word(const std::vector<Token>& tokens, const Piece& piece) {
    static const std::unordered_set<std::string> numbers{
        "two",   "three",  "four",  "five", "six",  "seven",   "eight",  "nine",  "ten",  "eleven", "twelve", "twenty",
        "dozen", "zwei",   "drei",  "vier", "funf", "sechs",   "sieben", "acht",  "neun", "zehn",   "zwolf",  "deux",
        "trois", "quatre", "cinq",  "sept", "huit", "neuf",    "dix",    "dos",   "tres", "cuatro", "cinco",  "seis",
        "siete", "ocho",   "nueve", "diez", "tre",  "quattro", "cinque", "sette", "otto", "nove",   "dieci"};
    // A rank or a shirt is no count: "world number seven Guillermo Coria", "number eight
    // Ryan Jones".
    static const std::unordered_set<std::string> ranks{"number", "no", "nummer", "nr", "numero"};
    std::size_t before = piece.first;
    if (before == 0 || tokens[before].gap != Gap::space || tokens[before - 1].capitalised ||
        !numbers.contains(tokens[before - 1].folded))
        return false;
    return before < 2 || !ranks.contains(tokens[before - 2].folded);
}

/// "Merry Christmas Everybody", "Xbox Live", "Texas Instruments": a run that only its
/// capitals mark as a name, ending in an ordinary word that no list holds as a surname,
/// is a title's, a product's or a firm's name; a surname that is a word is a listed one
/// ("Gordon Brown", "Theresa May"), or the article calls someone by it alone ("Mardy
/// Fish" where "Fish said" follows), or a speech verb before it says a person spoke
/// ("said Ros Coward, who wrote"), or the name has initials or a particle ("P. S. Tam",
/// "Osama bin Laden").
bool ends_with_ordinary_non_surname(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    const Token& last = tokens[piece.first + piece.length - 1];
    // The half of a hyphened name is no word of its own: "Moon Jae-in".
    if (writing.language != "en" || last.text.size() <= 1 || last.all_upper || last.gap != Gap::space) return false;
    const auto& lexicon = PersonLexicon::instance();
    if (piece.speech_before || !is_dictionary_word(last.folded) || lexicon.common_surname(last.folded) ||
        lexicon.census_any.contains(last.folded) || writing.surnames_alone.contains(last.folded) ||
        writing.words_alone.contains(last.folded))
        return false;
    for (std::size_t i = piece.first; i + 1 < piece.first + piece.length; ++i) {
        if (tokens[i].text.size() == 1 || lexicon.particles.contains(tokens[i].folded)) return false;
    }
    return true;
}

bool accept_full_name(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    if (one_word(tokens, piece) || name_words(tokens, piece) > max_name_words || only_initials(tokens, piece))
        return false;
    if (after_number_word(tokens, piece)) return false;
    if (starts_with_gerund(tokens, piece) || ends_with_street_word(tokens, piece) ||
        place_names_a_thing(tokens, piece, writing))
        return false;
    if (starts_organisation_name(tokens, piece) || qualifies_title(tokens, piece) ||
        starts_with_foreign_article(tokens, piece, writing))
        return false;
    if (starts_with_given_name(tokens, piece, writing) || given_name_before_surname(tokens, piece, writing) ||
        piece.title_in_apposition)
        return true;
    if (thing_of_particle(tokens, piece, writing)) return false;
    if (called_by_surname(tokens, piece, writing)) return true;
    // After a title, ordinary words are the rest of an office's name ("Foreign Agricultural
    // Service"); one ordinary word after a title is a surname ("President Bush"), but that
    // is a one-word piece, counted in scan_paragraph.
    if (piece.title_before) return writing.upper_case || !all_dictionary_words(tokens, piece, writing);
    if (!writing.capitals_mark_names) return false;
    return (piece.speech_after || piece.mid_sentence) && !all_dictionary_words(tokens, piece, writing) &&
           !starts_with_ordinary_non_name(tokens, piece, writing) && !after_title_case_word(tokens, piece, writing) &&
           !ends_with_ordinary_non_surname(tokens, piece, writing);
}

/// The capitalised run goes on at `after` with a word that may be a name: in capitals,
/// where every word is capitalised, one that is no ordinary word ("JOHN MAJOR SAID" ends).
bool name_goes_on(const std::vector<Token>& tokens, std::size_t after, const Writing& writing) {
    if (!continues_run(tokens, after) || is_generational_suffix(tokens[after].folded)) return false;
    return !writing.upper_case || !is_dictionary_word(tokens[after].folded);
}

/// "SCOTT MAY BE OUT", "PORSCHE MAY JOIN": in capitals "MAY" after a name is the verb
/// unless what follows it can only follow a name (punctuation, a speech verb, "IS", "HAS",
/// "AND"...: "THERESA MAY SAID").
bool modal_in_capitals(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    static const std::unordered_set<std::string> after_names{"is", "was", "has", "had", "and", "or", "who", "whose"};
    if (!writing.upper_case || tokens[i].folded != "may" || tokens[i].possessive) return false;
    if (i + 1 >= tokens.size() || tokens[i + 1].gap != Gap::space) return false;
    const std::string& next = tokens[i + 1].folded;
    return !after_names.contains(next) && !PersonLexicon::instance().speech.contains(next);
}

/// "Theresa May", "John Major", "Martin Luther King": a word that ends names elsewhere
/// but is a common surname (data/surname_words.txt) ends the run of a name that starts
/// with a known given name when no other word that may be a name follows it
/// (name_goes_on) but by a hyphen ("Daniel Day-Lewis"); after a hyphen it is part of the
/// surname anywhere ("Al Aynsley-Green", "Mr Betts-Green").
void take_surname_word(const std::vector<Token>& tokens, Piece& piece, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    std::size_t after = piece.first + piece.length;
    // A hyphen says "one surname" on its own: "Dornford-May", "Aynsley-Green".
    while (after < tokens.size() && tokens[after].gap == Gap::hyphen && !tokens[after - 1].possessive &&
           tokens[after].capitalised && lexicon.surname_words.contains(tokens[after].folded)) {
        ++piece.length;
        ++after;
    }
    if (tokens[after - 1].possessive || !continues_run(tokens, after)) return;
    if ((tokens[after].all_upper && !writing.upper_case) || !lexicon.surname_words.contains(tokens[after].folded))
        return;
    // The given name starts the run, or ends it after words that drop_words_before_given_name
    // then takes off ("STARRING JUDE LAW").
    bool given_name =
        lexicon.given.contains(tokens[piece.first].folded) || lexicon.given.contains(tokens[after - 1].folded);
    if (!given_name || name_goes_on(tokens, after + 1, writing) || modal_in_capitals(tokens, after, writing)) return;
    if (name_words(tokens, piece) >= max_name_words) return;
    ++piece.length;
    for (std::size_t next = after + 1; next < tokens.size() && !tokens[next - 1].possessive; ++next) {
        bool suffix =
            next == after + 1 && tokens[next].gap == Gap::space && is_generational_suffix(tokens[next].folded);
        if (!suffix && (tokens[next].gap != Gap::hyphen || !name_token(tokens, next, writing))) break;
        ++piece.length;
    }
}

/// "JP MORGAN CHASE": in capitals two letters that are no word or title right before a
/// given name are a firm's initials, as "JP Morgan" shows in mixed case
/// (initials_before_surname), and the run is that firm's name, not a person's after them.
bool acronym_before_name_in_capitals(const std::vector<Token>& tokens, std::size_t given, const Writing& writing) {
    const Token& before = tokens[given - 1];
    return writing.upper_case && before.text.size() == 2 && !is_dictionary_word(before.folded) &&
           !is_title(before.folded, writing);
}

/// "Staff Howard Baker", "Treasury James Baker", "CORPORATE RAIDER CARL ICAHN", "Texan
/// Michael Chicoine", "Massachusetts Joshua Levy", "Irishmen JP McManus": the end of an
/// office's name, or a person's place, glued before a given name or two initials is not
/// part of the person's name. Only ordinary and proper words of the dictionary go, and
/// only before a given name with a word after it: "Kristin Scott Thomas" keeps a given
/// name the list knows, though "Lilian Alicia Marks" loses one it does not ("Lilian" is a
/// proper word), and "Farhat Omar Ben Gadaravice" stays whole. In capitals, where a run
/// takes in the words around a name, any words go ("INJURED FLANKER JASON WHITE"), and
/// so do they after an ordinary word that is no given name.
void drop_words_before_given_name(const std::vector<Token>& tokens, Piece& piece, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    std::size_t end = piece.first + piece.length;
    bool upper_case = writing.upper_case;
    // After an ordinary word that is no given name, any word may be an office's
    // ("Treasury Secertary James Baker", misspelt in the wire; "jueza de Ejecución
    // Letizia Paredes").
    bool office_first = ordinary_non_name(tokens[piece.first], writing);
    // The first word of the piece that `starts_name`, past only words that may go.
    auto find_start = [&](auto starts_name) -> std::optional<std::size_t> {
        for (std::size_t at = piece.first; at + 1 < end; ++at) {
            if (starts_name(at)) return at;
            const std::string& word = tokens[at].folded;
            if (!upper_case && !office_first && !is_dictionary_word(word) && !is_proper_dictionary_word(word))
                return std::nullopt;
        }
        return std::nullopt;
    };
    auto start = find_start([&](std::size_t at) {
        const std::string& word = tokens[at].folded;
        return lexicon.curated_given.contains(word) ||
               (lexicon.given.contains(word) && !is_proper_dictionary_word(word)) ||
               (tokens[at].all_upper && initials_before_surname(tokens, at));
    });
    // A census list's given name that is also a proper noun of the dictionary may be a
    // place's ("Jefferson Parish Sheriff Harry Lee"): it starts the name only when no
    // other given name does ("INCLUDED OTIS FERRY").
    if (!start) start = find_start([&](std::size_t at) { return lexicon.given.contains(tokens[at].folded); });
    if (start && *start > piece.first && tokens[*start].gap == Gap::space &&
        !acronym_before_name_in_capitals(tokens, *start, writing)) {
        piece.length = end - *start;
        piece.first = *start;
    }
}

/// "ANALYST FIRM GARTNER", "SPOKESPERSON DENIED PHILLIPS", "LARGEST CARMAKER": in capitals
/// a run takes in the words before a name, which a title before them would make part of
/// it. Kind nouns and inflected words that are no one's first name in any list go, down to
/// the last word.
void drop_ordinary_words_before_name(const std::vector<Token>& tokens, Piece& piece, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    while (piece.length > 1 && tokens[piece.first + 1].gap == Gap::space) {
        const Token& first = tokens[piece.first];
        bool thing_word = lexicon.thing_kinds.contains(first.folded) || inflected_word(first.folded);
        if (!thing_word || lexicon.particles.contains(first.folded) || !ordinary_non_name(first, writing)) break;
        ++piece.first;
        --piece.length;
    }
}

std::string piece_text(const std::vector<Token>& tokens, const Piece& piece, bool upper_case) {
    std::string text;
    for (std::size_t i = piece.first; i < piece.first + piece.length; ++i) {
        if (piece.nickname == i) continue;
        if (i > piece.first) text += tokens[i].gap == Gap::hyphen ? "-" : tokens[i].gap == Gap::initial ? ". " : " ";
        text += tokens[i].possessive ? without_possessive(tokens[i].text) : tokens[i].text;
    }
    if (!upper_case) return text;
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    unicode.toLower().toTitle(nullptr);
    std::string titled;
    return unicode.toUTF8String(titled);
}

bool has_key_word(std::string_view key, std::string_view word) {
    for (const auto& span : split_words(key)) {
        if (span.in(key) == word) return true;
    }
    return false;
}

/// People found so far in the article, in order of first full mention.
class PeopleCollector {
  public:
    /// `plain_genitive_s`: the page's language writes a name's genitive with a joined "s"
    /// (German: "Berlusconis").
    explicit PeopleCollector(bool plain_genitive_s) : plain_genitive_s_(plain_genitive_s) {}

    void add_full(const std::string& display, GenitiveReading genitive) {
        if (genitive != GenitiveReading::none) {
            auto [reading, added] = read_only_as_genitive_.try_emplace(display, true);
            reading->second = reading->second && genitive == GenitiveReading::genitive;
        }
        add_full(display);
    }

    void add_full(const std::string& display) {
        std::string key = person_key(display);
        for (auto& person : people_) {
            if (!same_person(person.key, key)) continue;
            ++person.mentions;
            note_variant(person, key, display);
            last_ = static_cast<std::size_t>(&person - people_.data());
            return;
        }
        if (add_two_surnames(display)) return;
        people_.push_back({key, display, 1, {}});
        last_ = people_.size() - 1;
    }

    /// "Im Gegenzug zahlte Thomas Elder Antrittsgelder" (Thomas paid Elder): German puts
    /// the subject and an object side by side after the verb. A new name of two words,
    /// each the surname of a different person named in full before, is those two (on
    /// any page: in English too no one is named by two other people's surnames).
    bool add_two_surnames(const std::string& display) {
        auto space = display.find(' ');
        if (space == std::string::npos || display.find(' ', space + 1) != std::string::npos) return false;
        auto named_in_full = [&](const std::string& word) -> std::optional<std::size_t> {
            std::string surname = person_key(word);
            for (std::size_t i = 0; i < people_.size(); ++i) {
                if (!surname_only(people_[i]) && key_surname(people_[i].key) == surname) return i;
            }
            return std::nullopt;
        };
        auto first = named_in_full(display.substr(0, space));
        auto second = named_in_full(display.substr(space + 1));
        if (!first || !second || *first == *second) return false;
        ++people_[*first].mentions;
        ++people_[*second].mentions;
        last_ = *second;
        return true;
    }

    /// A one-word mention: the surname of someone seen, or a person in its own right.
    void add_single(const std::string& display, bool strong_evidence) {
        std::string key = person_key(display);
        if (plain_genitive_s_) singles_seen_.insert(key);
        if (auto match = find_surname(key)) {
            ++people_[*match].mentions;
            return;
        }
        if (strong_evidence)
            add_full(display);
        else
            pending_.push_back(key);
    }

    std::vector<PersonMention> finish() {
        // Surname mentions before the full name ("Lavrov" in a headline-like lead) count too.
        for (const auto& key : pending_) {
            if (auto match = find_surname(key)) ++people_[*match].mentions;
        }
        merge_plain_genitives();
        drop_genitive_endings();
        merge_surname_only_people();
        std::stable_sort(people_.begin(), people_.end(),
                         [](const auto& a, const auto& b) { return a.mentions > b.mentions; });
        return people_;
    }

  private:
    /// A surname with its particles: "De Clercq", keyed "clercq de" (person_key puts the
    /// surname first), or "Von der Leyen", keyed "leyen von der": every word after the
    /// first a particle.
    static bool is_particle_surname(const std::string& key) {
        auto space = key.find(' ');
        if (space == std::string::npos) return false;
        const auto& particles = PersonLexicon::instance().particles;
        for (std::size_t start = space + 1; start <= key.size();) {
            std::size_t end = std::min(key.find(' ', start), key.size());
            if (!particles.contains(key.substr(start, end - start))) return false;
            start = end + 1;
        }
        return true;
    }

    /// A person the article names by a surname alone: one word, hyphened or not ("Blair",
    /// "Kilroy-Silk"), or a surname with its particles ("De Clercq", "Von der Leyen").
    static bool surname_only(const PersonMention& person) {
        return person.name.find(' ') == std::string::npos || is_particle_surname(person.key);
    }

    /// Whether the full name keyed `full` has the surname keyed `surname`: a surname alone
    /// ("goldsmith" of "goldsmith peter"), with its particle ("clercq de" of "clercq
    /// willy de"), or hyphened ("silk kilroy" of "silk robert kilroy": key words split at
    /// hyphens).
    static bool has_surname(const std::string& full, const std::string& surname) {
        if (!same_name_word(key_surname(full), key_surname(surname))) return false;
        if (surname.find(' ') == std::string::npos) return true;
        std::string_view particle = std::string_view(surname).substr(surname.find(' '));  // " de"
        return full.ends_with(particle);
    }

    /// A name seen only as a genitive before the noun it owns ("Robert Rettigs Angebot") is
    /// the name without its "s"; one also seen otherwise ("Rita Famos, für …") keeps it.
    /// After a vowel the "s" is often the name's own ("Peter Nadas „Leni weint“", "Gary
    /// Louris Stimme", written without the apostrophe): there the surname must also stand
    /// alone without it ("Silvio Berlusconis" where "den abgetretenen Berlusconi" follows).
    void drop_genitive_endings() {
        for (std::size_t i = 0; i < people_.size(); ++i) {
            auto reading = read_only_as_genitive_.find(people_[i].name);
            if (reading == read_only_as_genitive_.end() || !reading->second) continue;
            std::string name = people_[i].name.substr(0, people_[i].name.size() - 1);
            std::string key = person_key(name);
            bool after_vowel = std::string_view("aeiouyAEIOUY").find(name.back()) != std::string_view::npos;
            if (after_vowel && !singles_seen_.contains(std::string(key_surname(key)))) continue;
            people_[i].name = std::move(name);
            people_[i].key = std::move(key);
            auto owner = std::find_if(people_.begin(), people_.end(), [&](const PersonMention& person) {
                return &person != &people_[i] && same_person(person.key, people_[i].key);
            });
            if (owner == people_.end()) continue;
            owner->mentions += people_[i].mentions;
            people_.erase(people_.begin() + static_cast<long>(i));
            --i;
        }
    }

    /// "Marie Kondos Buch", "Max Webers Wirtschaft": German (and Dutch, Scandinavian)
    /// writes a genitive with a plain "s", which a name's run then takes in, often with
    /// the noun after it. Such a name is the person the article also names in full
    /// without it (not a single word: "Sans" is no genitive of "San").
    void merge_plain_genitives() {
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const std::string& genitive = people_[i].name;
            auto owner = std::find_if(people_.begin(), people_.end(), [&](const PersonMention& person) {
                const std::string& name = person.name;
                if (name.find(' ') == std::string::npos) return false;
                return genitive.size() > name.size() && genitive.starts_with(name) && genitive[name.size()] == 's' &&
                       (genitive.size() == name.size() + 1 || genitive[name.size() + 1] == ' ');
            });
            if (owner == people_.end()) continue;
            owner->mentions += people_[i].mentions;
            people_.erase(people_.begin() + static_cast<long>(i));
            --i;
        }
    }

    /// "Lord Goldsmith" early, "Peter Goldsmith" later: a person known only by a surname
    /// (with its particle, if any) is the one full name in the article with that surname,
    /// when there is exactly one. So is one named by the last words of a longer name: "Mr
    /// Baez Silva" of "Carlos Baez Silva".
    void merge_surname_only_people() {
        for (std::size_t i = 0; i < people_.size(); ++i) {
            bool surname_alone = surname_only(people_[i]);
            std::size_t words = count_words(people_[i].name);
            const std::string& surname = people_[i].key;
            std::optional<std::size_t> full;
            std::size_t candidates = 0;
            for (std::size_t j = 0; j < people_.size(); ++j) {
                if (j == i || surname_only(people_[j])) continue;
                if (!surname_alone && count_words(people_[j].name) <= words) continue;
                if (!has_surname(people_[j].key, surname)) continue;
                full = j;
                ++candidates;
            }
            if (candidates != 1) continue;
            people_[*full].mentions += people_[i].mentions;
            people_[*full].variant_keys.push_back(people_[i].key);
            people_.erase(people_.begin() + static_cast<long>(i));
            --i;
        }
    }

    std::optional<std::size_t> find_full_name_with_surname(const std::string& surname_key) const {
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            if (people_[i].key == surname_key) return i;
            if (!has_surname(people_[i].key, surname_key)) continue;
            if (!found || i == last_) found = i;
        }
        return found;
    }

    std::optional<std::size_t> find_surname(const std::string& surname_key) {
        // A person known by the surname alone ("President Reagan") owns it; otherwise the
        // full name mentioned most recently.
        if (auto found = find_full_name_with_surname(surname_key)) return found;
        // "Die Kammer hatte auf Drängen Berlusconis argumentiert": a plain genitive.
        if (plain_genitive_s_ && surname_key.size() >= 5 && surname_key.ends_with('s')) {
            if (auto found = find_full_name_with_surname(surname_key.substr(0, surname_key.size() - 1))) return found;
        }
        // Names whose family name is not the last word ("Xi" of Xi Jinping, "Lula" of
        // Luiz Inácio Lula da Silva): any word of a full name of three letters or more.
        for (std::size_t i = 0; i < people_.size(); ++i) {
            if (surname_key.size() >= 3 && has_key_word(people_[i].key, surname_key)) return i;
        }
        return std::nullopt;
    }

    static void note_variant(PersonMention& person, const std::string& key, const std::string& display) {
        if (key != person.key &&
            std::find(person.variant_keys.begin(), person.variant_keys.end(), key) == person.variant_keys.end()) {
            person.variant_keys.push_back(key);
        }
        if (better_display_name(display, person.name)) {
            if (key != person.key) person.variant_keys.push_back(person.key);
            person.name = display;
            person.key = key;
            std::erase(person.variant_keys, key);
        }
    }

    std::vector<PersonMention> people_;
    std::vector<std::string> pending_;
    std::size_t last_ = 0;
    bool plain_genitive_s_;
    /// Per display name whose last "s" may be a genitive's: whether every mention read as one.
    std::unordered_map<std::string, bool> read_only_as_genitive_;
    /// Keys of the one-word mentions (German pages only: drop_genitive_endings).
    std::unordered_set<std::string> singles_seen_;
};

/// In capitals, the ordinary word at `i` after a title is a surname: after a form of
/// address ("MR BROWN", "LORD FALCONER"; not "A MISS", "MS SUFFERERS": no plural or verb
/// form), or a common surname of the census lists ("PRESIDENT BUSH";
/// PersonLexicon::word_surnames) after a role that is no adjective too ("A MAJOR WAY") nor
/// a plural ("MINISTERS HOPE").
bool surname_word_in_capitals(const std::vector<Token>& tokens, std::size_t i) {
    static const std::unordered_set<std::string> peerages{"lord", "lady", "baron", "baroness", "sir", "dame"};
    static const std::unordered_set<std::string> adjectives{"major", "general"};
    if (i == 0 || tokens[i].gap != Gap::space) return false;
    const auto& lexicon = PersonLexicon::instance();
    const std::string& title = tokens[i - 1].folded;
    const std::string& word = tokens[i].folded;
    // "Miss" is a noun and a verb as well: "A MISS EITHER".
    bool address = (is_honorific(title) && title != "miss") || peerages.contains(title);
    if (address) return !inflected_word(word);
    bool role =
        lexicon.titles.contains(title) && !is_modifier(title) && !adjectives.contains(title) && !title.ends_with("s");
    return role && lexicon.common_surname(word);
}

/// Whether a title says the one-word piece is a surname: "Foreign Minister Lavrov", "…,
/// Zakharova, a spokeswoman for" ("Meteorologists said" opens a sentence and says nothing).
bool titles_one_word(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    // An occupation says what someone is, where an office or a rank is how one is
    // addressed: capitalised before an English word it labels a thing in title case
    // ("Player Name", "Goalkeeper Ability", "Chief Mate"), where "President Bush",
    // "Minister Milling" and "the singer Usher" stay.
    static const std::unordered_set<std::string> occupations{
        "player",    "goalkeeper", "striker", "midfielder", "defender", "chief",    "head",      "leader",
        "executive", "manager",    "boss",    "star",       "singer",   "actor",    "actress",   "artist",
        "designer",  "founder",    "owner",   "investor",   "banker",   "analyst",  "economist", "author",
        "writer",    "editor",     "officer", "official",   "delegate", "director", "producer",  "general"};
    bool titled = (piece.role_before && !qualifies_title(tokens, piece)) || piece.title_in_apposition;
    const std::string& word = tokens[piece.first].folded;
    // In capitals, "FIRST HALF" and "CHIEF DEBT NEGOTIATOR" look like titled names; an
    // ordinary word is a surname there after a form of address ("MR BROWN", "LORD
    // FALCONER") or when it is a common surname after a role ("PRESIDENT BUSH").
    if (writing.upper_case && is_dictionary_word(word) && !surname_word_in_capitals(tokens, piece.first)) return false;
    if (piece.role_before && piece.first > 0) {
        const Token& title = tokens[piece.first - 1];
        if (title.capitalised && occupations.contains(title.folded) && is_dictionary_word(word)) return false;
    }
    // A number after it makes a product or a version: "an official Python 3.7 image".
    std::size_t after = piece.first + piece.length;
    return titled && !(after < tokens.size() && tokens[after].gap == Gap::space && tokens[after].digit);
}

/// "Gandhi announced small increases … but he ordered", "Lawson said … that he did not":
/// a lone word before a speech verb is a person's surname when the next personal pronoun
/// of its sentence or the one after is "he" or "she"; a firm or a body that speaks is "it"
/// or "they" ("Sophos said it would"). English only; not after a preposition or "and",
/// nor an ordinary word, a given name alone ("Maria said she"), a place, or letters in
/// capitals in mixed-case text ("BMW").
bool speaks_as_he_or_she(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    static const std::unordered_set<std::string> people{"he", "she"};
    static const std::unordered_set<std::string> others{"it", "its", "they", "their", "we", "our"};
    // The object of a preposition or the second of two is not who speaks: "The star of
    // Rain Man and Tootsie said", "The MP for Sittingbourne and Sheppey said".
    static const std::unordered_set<std::string> not_subject{"and",  "or", "of",   "for", "in", "at",
                                                             "from", "to", "with", "by",  "on"};
    const auto& lexicon = PersonLexicon::instance();
    const Token& word = tokens[piece.first];
    if (writing.language != "en" || !piece.speech_after || piece.length != 1 || word.possessive ||
        (word.all_upper && !writing.upper_case))
        return false;
    if (piece.first > 0 && word.gap == Gap::space && not_subject.contains(tokens[piece.first - 1].folded)) return false;
    if (is_dictionary_word(word.folded) || lexicon.given.contains(word.folded) || is_one_word_place(word.folded) ||
        is_large_city(word.folded))
        return false;
    std::size_t sentences = 0;
    for (std::size_t at = piece.first + 2; at < tokens.size(); ++at) {
        if (tokens[at].gap == Gap::sentence && ++sentences > 1) return false;
        if (people.contains(tokens[at].folded)) return true;
        if (others.contains(tokens[at].folded)) return false;
    }
    return false;
}

/// Whether the piece's first two words or more spell a firm named after its founders
/// (data/firm_names.txt): "Morgan Stanley", "JP Morgan Chase", "MERRILL LYNCH".
bool starts_with_firm_name(const std::vector<Token>& tokens, const Piece& piece, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    // The token's folded form is its key word: every listed firm is written in Latin letters.
    if (piece.length < 2 || !lexicon.firm_first_words.contains(tokens[piece.first].folded)) return false;
    for (std::size_t length = 2; length <= piece.length; ++length) {
        Piece start{piece.first, length};
        if (lexicon.firms.contains(person_key(piece_text(tokens, start, writing.upper_case)))) return true;
    }
    return false;
}

void scan_paragraph(const std::vector<Token>& tokens, const Writing& writing, PeopleCollector& collector) {
    for (std::size_t i = 0; i < tokens.size();) {
        std::size_t place = country_form_length(*writing.countries, tokens, i);
        if (place > 1 || (place == 1 && !capital_in_name(tokens, i, writing))) {
            i += place;
            continue;
        }
        if (std::size_t place_words = place_name_length(tokens, i)) {
            i += place_words;
            continue;
        }
        if (!name_token(tokens, i, writing)) {
            ++i;
            continue;
        }
        Piece piece = grow_piece(tokens, i, writing);
        take_surname_word(tokens, piece, writing);
        drop_words_before_given_name(tokens, piece, writing);
        if (writing.upper_case) drop_ordinary_words_before_name(tokens, piece, writing);
        if (writing.upper_case) drop_ordinary_words_after_name(tokens, piece);
        add_evidence(tokens, piece, writing);
        std::string display = piece_text(tokens, piece, writing.upper_case);
        if (!writing.things.empty() && writing.things.contains(person_key(display))) {
            // named a film, a firm, a band... elsewhere in the article
        } else if (starts_with_firm_name(tokens, piece, writing)) {
            // "Merrill Lynch", "JP Morgan Chase": a firm named after its founders
        } else if (accept_full_name(tokens, piece, writing)) {
            collector.add_full(display, genitive_reading(tokens, piece, writing));
        } else if (one_word(tokens, piece) && !is_generational_suffix(tokens[piece.first].folded)) {
            collector.add_single(
                display, titles_one_word(tokens, piece, writing) || speaks_as_he_or_she(tokens, piece, writing));
        } else if (starts_with_foreign_article(tokens, piece, writing)) {
            collector.add_single(display, false);  // "El Guerrouj" of "Hicham El Guerrouj", if named
        }
        i = piece.first + piece.length;
    }
}

/// The words of the text right after an article or a possessive pronoun: things take them
/// ("THE CARMAKER", "A TROJAN", "ITS SUVS"), people's names hardly ever.
std::unordered_set<std::string> words_after_articles_in(const TokenizedText& text) {
    const auto& determiners = PersonLexicon::instance().determiners;
    std::unordered_set<std::string> words;
    for (const auto& tokens : text.tokens) {
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            if (tokens[i].gap == Gap::space && determiners.contains(tokens[i - 1].folded))
                words.insert(tokens[i].folded);
        }
    }
    return words;
}

/// Token `i` stands alone: a word that is no ordinary word, no given name and no place,
/// which the article never puts after an article, among ordinary words and punctuation in
/// capitals ("HEWITT, ALONG WITH", "SAFIN SHOWED SOME"; not "THE PSP IS"), or mid-sentence
/// among words in small letters in English as written ("reason to think Hewitt might").
bool stands_alone(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    const auto& lexicon = PersonLexicon::instance();
    const Token& token = tokens[i];
    // The cheap tests first: this runs on every word of every English article.
    if (!writing.upper_case && (!token.capitalised || token.all_upper || starts_sentence(tokens, i))) return false;
    bool letters = std::all_of(token.folded.begin(), token.folded.end(), [](char c) { return c < '0' || c > '9'; });
    if (token.text.size() < 3 || !letters || token.possessive || is_dictionary_word(token.folded)) return false;
    auto ordinary_neighbour = [&](std::size_t at) {
        if (!writing.upper_case) return !tokens[at].capitalised;
        return lexicon.stopwords.contains(tokens[at].folded) || is_dictionary_word(tokens[at].folded);
    };
    bool before = i == 0 || tokens[i].gap != Gap::space || ordinary_neighbour(i - 1);
    bool after = i + 1 == tokens.size() || tokens[i + 1].gap != Gap::space || ordinary_neighbour(i + 1);
    return before && after && !writing.after_articles.contains(token.folded) && !lexicon.given.contains(token.folded) &&
           !is_one_word_place(token.folded) && !is_large_city(token.folded);
}

/// The words that stand alone in the text (stands_alone): "SAFIN SHOWED SOME GOOD
/// TOUCHES" makes "MARAT SAFIN" a name, though no list knows "Marat", and so does "think
/// Hewitt might" of "Lleyton Hewitt" at a sentence's start.
std::unordered_set<std::string> words_alone_in(const TokenizedText& text, const Writing& writing) {
    std::unordered_set<std::string> words;
    for (const auto& tokens : text.tokens) {
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (stands_alone(tokens, i, writing) && name_token(tokens, i, writing)) words.insert(tokens[i].folded);
        }
    }
    return words;
}

/// The words of the article used as a surname on their own: a capitalised word, not an
/// ordinary word ("EARLIER SAID"), stop word, title or blocker, right before a speech verb
/// ("…, Dauster said", "HALIKIAS SAID") or right after an honorific ("Mr Doctorow").
std::unordered_set<std::string> surnames_alone_in(const TokenizedText& text, const Writing& writing) {
    const auto& speech = PersonLexicon::instance().speech;
    std::unordered_set<std::string> surnames;
    auto named_alone = [&](const std::vector<Token>& tokens, std::size_t i) {
        bool speaks = i + 1 < tokens.size() && tokens[i + 1].gap == Gap::space && speech.contains(tokens[i + 1].folded);
        bool addressed = i > 0 && (tokens[i].gap == Gap::space || tokens[i].gap == Gap::title_stop) &&
                         is_honorific(tokens[i - 1].folded) && !tokens[i - 1].possessive;
        return speaks || addressed;
    };
    for (const auto& tokens : text.tokens) {
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (!tokens[i].capitalised || !named_alone(tokens, i)) continue;
            if (name_token(tokens, i, writing) && !ordinary_word(tokens[i], writing)) {
                surnames.insert(tokens[i].folded);
            }
        }
    }
    return surnames;
}

/// Whether token `i` is a kind noun that names what follows it: in lower case ("the film
/// Vera Drake", "US firm Grant Thornton"); in capitals, where every word has one, after an
/// article, a possessive or a preposition and up to three ordinary words ("THE FILM VERA
/// DRAKE", "THE GRITTY ABORTION DRAMA VERA DRAKE", "MIKE LEIGH'S LATEST FILM VERA DRAKE",
/// "AT ANALYST FIRM GARTNER"; not "FILM DIRECTOR MIKE LEIGH").
bool names_a_kind(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    static const std::unordered_set<std::string> prepositions{"at", "of", "by", "from", "with", "for"};
    constexpr std::size_t max_words_between = 3;
    const Token& kind = tokens[i];
    if (kind.possessive || kind.gap == Gap::hyphen || !PersonLexicon::instance().thing_kinds.contains(kind.folded))
        return false;
    if (!writing.upper_case) return !kind.capitalised;
    for (std::size_t at = i; at > 0 && i - at <= max_words_between && tokens[at].gap == Gap::space; --at) {
        const std::string& before = tokens[at - 1].folded;
        const auto& determiners = PersonLexicon::instance().determiners;
        if (determiners.contains(before) || prepositions.contains(before) || tokens[at - 1].possessive) return true;
        if (!is_dictionary_word(before)) return false;
    }
    return false;
}

/// "1989's Shirley Valentine", "1947's Nicholas Nickleby": a year's possessive before a
/// name dates a work (a film, an album), not a person.
bool year_of_a_work(const Token& token) {
    return token.digit && token.possessive && token.folded.size() == 4;
}

/// A firm's legal form: "Merrill Lynch Inc", "Salomon Brothers Ltd", "Morgan Guaranty, Corp".
bool is_firm_form(const Token& token) {
    static const std::unordered_set<std::string> forms{"inc", "corp", "co",   "cos", "ltd", "plc", "llc",
                                                       "ag",  "nv",   "gmbh", "bv",  "spa", "pty", "lp"};
    return token.capitalised && forms.contains(token.folded);
}

/// The piece that ends right before token `end`, if a run of name tokens does.
std::optional<Piece> piece_ending_before(const std::vector<Token>& tokens, std::size_t end, const Writing& writing) {
    std::size_t start = end;
    while (start > 0 && name_token(tokens, start - 1, writing) && (start == end || joins_previous(tokens[start])))
        --start;
    if (start == end) return std::nullopt;
    Piece piece = grow_piece(tokens, start, writing);
    if (piece.first + piece.length != end) return std::nullopt;
    return piece;
}

/// Whether token `i` says the run after it is where someone works, which is no person:
/// "at" or "of" after a job ("an analyst at Merrill Lynch", "chairman of Sony Ericsson")
/// or after a name ("said Jason Daw at Merrill Lynch", "John Smith of Salomon
/// Brothers"). Not "for" or "to", which a person follows ("a spokesman for Michael
/// Howard", "adviser to Tony Blair").
bool names_a_workplace(const std::vector<Token>& tokens, std::size_t i, const Writing& writing) {
    static const std::unordered_set<std::string> jobs{
        "analyst",  "economist", "strategist", "trader",     "dealer",  "broker",        "banker",
        "director", "executive", "chairman",   "chairwoman", "partner", "researcher",    "consultant",
        "employee", "worker",    "staff",      "ceo",        "cfo",     "vice-president"};
    if (i == 0 || (tokens[i].folded != "at" && tokens[i].folded != "of") || tokens[i].capitalised) return false;
    const Token& before = tokens[i - 1];
    if (before.possessive || tokens[i].gap != Gap::space) return false;
    if (!before.capitalised) return jobs.contains(before.folded);
    // After a name of two words or more, not a sentence's first word ("Noteholders of
    // Ivan Boesky and Co").
    bool after_a_name = i >= 2 && joins_previous(before) && name_token(tokens, i - 2, writing);
    return after_a_name && name_token(tokens, i - 1, writing) && !ordinary_word(before, writing);
}

/// The number of words of a job at token `i` that a person's name follows, where the
/// name before the job is who employs or made them: "JP Morgan chief executive William
/// Harrison", "Hewlett Packard boss Carly Fiorina", "Harry Potter author JK Rowling",
/// "James Bond star Pierce Brosnan". Not a job one person gives another ("Blair aide
/// Alastair Campbell", "Bush adviser Karl Rove", "Blair spokesman Tom Kelly").
std::size_t employer_job_length(const std::vector<Token>& tokens, std::size_t i) {
    static const std::unordered_set<std::string> jobs{"boss",     "chairman",  "chairwoman", "ceo",     "founder",
                                                      "director", "producer",  "author",     "creator", "star",
                                                      "analyst",  "economist", "strategist"};
    auto lower_word = [&](std::size_t at) {
        return at < tokens.size() && tokens[at].gap == Gap::space && !tokens[at].capitalised && !tokens[at].possessive;
    };
    if (!lower_word(i)) return 0;
    if (jobs.contains(tokens[i].folded)) return 1;
    bool chief_executive = tokens[i].folded == "chief" && lower_word(i + 1) && tokens[i + 1].folded == "executive";
    return chief_executive ? 2 : 0;
}

/// Whether the words from token `after` say in apposition what kind of thing the run
/// before them is: an article, up to four words but no stop word, then a kind noun right
/// before a comma or a full stop ("Ford, the US car company, reported", "Curtis Brown, a
/// literary agency."). Not "Richard Branson, the Virgin group founder", "Bono, the band's
/// singer", "Gianni Agnelli, the godfather of the group", "his sister Claire, a
/// film-maker", nor the subject of a clause after a name ("Directed by Antoine Fuqua, the
/// film was").
bool kind_in_apposition(const std::vector<Token>& tokens, std::size_t after) {
    static const std::unordered_set<std::string> articles{"a", "an", "the"};
    constexpr std::size_t max_words_before_kind = 4;
    const auto& lexicon = PersonLexicon::instance();
    if (after >= tokens.size() || tokens[after].gap != Gap::other || !articles.contains(tokens[after].folded))
        return false;
    for (std::size_t word = after + 1; word < tokens.size() && word <= after + max_words_before_kind + 1; ++word) {
        const Token& token = tokens[word];
        if (token.gap != Gap::space || token.possessive || lexicon.stopwords.contains(token.folded)) return false;
        if (token.capitalised || !lexicon.thing_kinds.contains(token.folded)) continue;
        return word + 1 == tokens.size() || tokens[word + 1].gap == Gap::other || tokens[word + 1].gap == Gap::sentence;
    }
    return false;
}

/// Runs a word before them names as things: after a kind noun (names_a_kind; not "the
/// firm's founder", nor a rugby player's "open-side") or a year's possessive ("1989's
/// Shirley Valentine"), and workplaces (names_a_workplace). `add` takes each piece.
void runs_after_cues(const std::vector<Token>& tokens, const Writing& writing, auto&& add) {
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i + 1].gap != Gap::space || !name_token(tokens, i + 1, writing)) continue;
        if (names_a_kind(tokens, i, writing) || year_of_a_work(tokens[i])) add(grow_piece(tokens, i + 1, writing));
        if (!names_a_workplace(tokens, i, writing)) continue;
        Piece workplace = grow_piece(tokens, i + 1, writing);
        // "head of Gordon Brown's policy unit": the owner of the workplace.
        if (!tokens[workplace.first + workplace.length - 1].possessive) add(workplace);
    }
}

/// Runs of two words or more before a job and a name (employer_job_length), in mixed case.
void employers_before_jobs(const std::vector<Token>& tokens, const Writing& writing, auto&& add) {
    for (std::size_t job = 1; !writing.upper_case && job + 1 < tokens.size(); ++job) {
        std::size_t length = employer_job_length(tokens, job);
        std::size_t name = job + length;
        if (length == 0 || name >= tokens.size() || tokens[name].gap != Gap::space ||
            !name_token(tokens, name, writing))
            continue;
        auto employer = piece_ending_before(tokens, job, writing);
        if (employer && employer->length > 1) add(*employer);
    }
}

/// Runs a word after them names as things, in mixed case: an institution hyphened to a
/// name is named after that person, and the compound names it ("das Robert
/// Koch-Institut", "Friedrich-Ebert-Stiftung"); a kind in apposition (kind_in_apposition).
void runs_before_kinds(const std::vector<Token>& tokens, const Writing& writing, auto&& add) {
    for (std::size_t after = 1; !writing.upper_case && after < tokens.size(); ++after) {
        bool named_institution = tokens[after].gap == Gap::hyphen && tokens[after].capitalised &&
                                 PersonLexicon::instance().non_person.contains(tokens[after].folded);
        if (!named_institution && !kind_in_apposition(tokens, after)) continue;
        if (auto piece = piece_ending_before(tokens, after, writing)) add(*piece);
    }
}

/// Runs before a firm's legal form ("Wood Mackenzie and Co"), unless a curated given name
/// starts them: a founder's firm names the founder too ("Ivan F. Boesky and Co").
void runs_before_firm_forms(const std::vector<Token>& tokens, const Writing& writing, auto&& add) {
    // Looked for from the rare legal forms back, not from every run forward.
    for (std::size_t form = 1; form < tokens.size(); ++form) {
        if (!is_firm_form(tokens[form])) continue;
        // "Bear Stearns and Co"; "& Co" is the token "Co".
        auto piece = piece_ending_before(tokens, tokens[form - 1].folded == "and" ? form - 1 : form, writing);
        if (piece && piece->length > 1 &&
            !PersonLexicon::instance().curated_given.contains(tokens[piece->first].folded)) {
            add(*piece);
        }
    }
}

/// The names the article gives a kind of thing, keyed as people are: runs that a kind
/// noun, a year's possessive or a workplace's "at" introduces, employers before a job,
/// runs before an institution's word or a kind in apposition, and runs before a firm's
/// legal form; in capitals without the ordinary words after them ("THE FILM VERA DRAKE
/// WON").
std::unordered_set<std::string> things_of(const TokenizedText& text, const Writing& writing) {
    std::unordered_set<std::string> things;
    for (const auto& tokens : text.tokens) {
        auto add = [&](Piece piece) {
            if (writing.upper_case) drop_ordinary_words_after_name(tokens, piece);
            things.insert(person_key(piece_text(tokens, piece, writing.upper_case)));
        };
        runs_after_cues(tokens, writing, add);
        employers_before_jobs(tokens, writing, add);
        runs_before_kinds(tokens, writing, add);
        runs_before_firm_forms(tokens, writing, add);
    }
    return things;
}

/// The person `from` is counted as `into`, and known by its spellings too.
void merge_person(std::vector<PersonMention>& people, std::size_t from, std::size_t into) {
    people[into].mentions += people[from].mentions;
    people[into].variant_keys.push_back(people[from].key);
    for (auto& key : people[from].variant_keys) people[into].variant_keys.push_back(std::move(key));
    people.erase(people.begin() + static_cast<long>(from));
}

/// "Juan Carlos" and "Juan Carlos Ferrero", "Miguel Díaz-Canel" and "Miguel Díaz-Canel
/// Bermúdez": a name the article also gives with one more word after it is that person
/// named in part, when the word is no ordinary word. When the words after it hold one
/// ("Adam Smith Lecture", "Donald Trump Write"), the longer is the name run on into the
/// sentence, and counts for the shorter. Where every noun has a capital (German), a word
/// after a name may be a noun ("Heinrich Büssing Automobilwerke"): no name grows there; nor
/// does a generational suffix make one ("Chris Eubank" and "Chris Eubank Jr").
void merge_name_extensions(std::vector<PersonMention>& people, const Writing& writing) {
    auto ordinary_words_in = [&](std::string_view words) {
        for (std::size_t start = 0; start < words.size();) {
            std::size_t end = std::min(words.find(' ', start), words.size());
            std::string_view word = words.substr(start, end - start);
            if (ordinary_word(fold(word), word, writing)) return true;
            start = end + 1;
        }
        return false;
    };
    // The words the name `longer` goes on with after the whole of `shorter`, if it does.
    auto words_after = [](std::string_view shorter, std::string_view longer) -> std::optional<std::string_view> {
        if (longer.size() <= shorter.size() + 1 || longer[shorter.size()] != ' ' || !longer.starts_with(shorter))
            return std::nullopt;
        return longer.substr(shorter.size() + 1);
    };
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t i = 0; i < people.size() && !merged; ++i) {
            if (people[i].name.find(' ') == std::string::npos) continue;
            for (std::size_t j = 0; j < people.size() && !merged; ++j) {
                auto extra = words_after(people[i].name, people[j].name);
                // "Chris Eubank" and "Chris Eubank Jr" are father and son.
                if (!extra || is_generational_suffix_word(fold(*extra))) continue;
                if (ordinary_words_in(*extra)) {
                    merge_person(people, j, i);
                    merged = true;
                } else if (extra->find(' ') == std::string_view::npos && writing.capitals_mark_names) {
                    merge_person(people, i, j);
                    merged = true;
                }
            }
        }
    }
}

}  // namespace

std::vector<PersonMention> extract_people(const std::vector<std::string>& paragraphs, const std::string& title,
                                          std::string_view language) {
    return extract_people(TokenizedText(paragraphs), title, language);
}

void prepare_person_lexicon() {
    (void)PersonLexicon::instance();
}

std::vector<PersonMention> extract_people(const TokenizedText& text, const std::string& title,
                                          std::string_view language) {
    Writing writing;
    writing.upper_case = text.upper_case;
    writing.capitals_mark_names = !writing.upper_case && language != "de" && language != "pl" && language != "ru";
    if (language != "en") writing.stopwords = stopwords_of(language);
    writing.compound_titles = language == "de";
    writing.countries = &CountryTable::for_language(language);
    writing.language = language;
    if (writing.upper_case || (writing.capitals_mark_names && language == "en")) {
        writing.after_articles = words_after_articles_in(text);
        writing.words_alone = words_alone_in(text, writing);
    }
    writing.surnames_alone = surnames_alone_in(text, writing);
    writing.things = things_of(text, writing);
    PeopleCollector collector(language == "de");
    for (const auto& tokens : text.tokens) scan_paragraph(tokens, writing, collector);
    auto people = collector.finish();
    merge_name_extensions(people, writing);
    for (const auto& token : tokenize(title)) {
        // A surname in a headline has its capital; "in" of "Talks in Seoul" is no "Jae-in".
        if (!token.capitalised || PersonLexicon::instance().stopwords.contains(token.folded)) continue;
        std::string word = fold_to_latin(token.folded);
        for (auto& person : people) {
            std::string_view surname = key_surname(person.key);
            // "Verfassungsgericht: Berlusconis Sex-Prozess geht weiter"
            bool genitive = language == "de" && word.size() == surname.size() + 1 && word.starts_with(surname) &&
                            word.back() == 's';
            if (surname == word || genitive) ++person.mentions;
        }
    }
    std::stable_sort(people.begin(), people.end(),
                     [](const auto& a, const auto& b) { return a.mentions > b.mentions; });
    return people;
}

}  // namespace newsdex
