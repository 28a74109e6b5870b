/** @file people_test.cpp
 *  @brief Person extraction and identity.
 */
#include "common/extract/people.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string_view>

#include "common/extract/dictionary_words.hpp"
#include "common/extract/person_identity.hpp"
#include "common/extract/pinyin.hpp"
#include "common/text/word_list.hpp"
#include "data/embedded_data.hpp"

namespace newsdex {
namespace {

std::map<std::string, int> people_in(const std::vector<std::string>& paragraphs, const std::string& title = "",
                                     std::string_view language = "en") {
    std::map<std::string, int> found;
    for (const auto& person : extract_people(paragraphs, title, language)) found[person.name] = person.mentions;
    return found;
}

/// Expects each of `names` among `found` when `present`, else none of them.
void expect_people(const std::map<std::string, int>& found, std::initializer_list<std::string_view> names,
                   bool present) {
    for (std::string_view name : names) EXPECT_EQ(found.contains(std::string(name)), present) << name;
}

// The word lists are searched as the build embeds them: only byte order makes that right.
// Words no list holds read as English when made of its words: two of them or a prefix
// and one; names seldom do.
TEST(DictionaryWords, EnglishCompounds) {
    for (std::string_view word : {"carmaker", "goalscorer", "recordable", "unelected", "renationalise", "outpaced"})
        EXPECT_TRUE(is_english_compound(word)) << word;
    for (std::string_view word : {"lleyton", "marat", "hewitt", "kenteris", "zinedine", "jayanti", "car", "carmen"})
        EXPECT_FALSE(is_english_compound(word)) << word;
}

TEST(DictionaryWords, ListsAreInByteOrderAndFindEachWord) {
    for (std::string_view list : {data::dictionary_words, data::dictionary_es, data::dictionary_fr, data::dictionary_it,
                                  data::dictionary_pt, data::dictionary_nl, data::dictionary_de}) {
        auto lines = data_line_views(list);
        EXPECT_GT(lines.size(), 10'000u);
        EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
    }
    for (auto word : data_line_views(data::dictionary_words)) ASSERT_TRUE(is_dictionary_word(word)) << word;
    EXPECT_TRUE(is_dictionary_word("insurance"));
    EXPECT_FALSE(is_dictionary_word("reagan"));  // the list spells it with a capital
    EXPECT_TRUE(is_dictionary_word("chateau"));  // "château", folded as tokens are
    EXPECT_FALSE(is_dictionary_word("zurich"));  // "Zürich", a proper noun
    EXPECT_FALSE(is_dictionary_word("insuranc"));
    EXPECT_FALSE(is_dictionary_word(""));
    EXPECT_TRUE(is_ordinary_word("pública", "es"));
    EXPECT_FALSE(is_ordinary_word("madrid", "es"));
    EXPECT_FALSE(is_ordinary_word("pública", "de"));  // no list for German
    EXPECT_TRUE(has_word_list("pt"));
    EXPECT_FALSE(has_word_list("de"));
    EXPECT_TRUE(is_ordinary_word_of_any_list("pública"));
    EXPECT_FALSE(is_ordinary_word_of_any_list("madrid"));
    // The lists hold singulars; plurals count by their endings.
    EXPECT_TRUE(is_ordinary_word("diputados", "es"));
    EXPECT_TRUE(is_ordinary_word("élections", "fr"));
    EXPECT_TRUE(is_ordinary_word("professores", "pt"));
    EXPECT_TRUE(is_ordinary_word("partijen", "nl"));
    EXPECT_TRUE(is_ordinary_word("deputati", "it"));
    EXPECT_TRUE(is_ordinary_word("forze", "it"));
    EXPECT_TRUE(is_ordinary_word("leggi", "it"));
    EXPECT_FALSE(is_ordinary_word("madrids", "es"));
    // Spanish plurals that move the stress mark, and participles' feminines and plurals.
    EXPECT_TRUE(is_ordinary_word("naciones", "es"));
    EXPECT_TRUE(is_ordinary_word("jóvenes", "es"));
    EXPECT_TRUE(is_ordinary_word("unidas", "es"));
    EXPECT_TRUE(is_ordinary_word("unidos", "es"));
    EXPECT_FALSE(is_ordinary_word("bogado", "es"));  // a surname, though "bogar" is a verb
    EXPECT_FALSE(is_ordinary_word("molina", "es"));  // a surname, though "molino" is a word
}

TEST(People, TitlesRolesAndSurnameMentions) {
    auto found = people_in({"Russian Foreign Minister Sergei Lavrov met Vice President Delcy Rodriguez in Caracas.",
                            "Lavrov told reporters the talks went well, ministry spokeswoman Maria Zakharova said.",
                            "Rodriguez’s office did not comment."});
    EXPECT_EQ(found,
              (std::map<std::string, int>{{"Sergei Lavrov", 2}, {"Delcy Rodriguez", 2}, {"Maria Zakharova", 1}}));
}

TEST(People, NotOrganisationsPlacesOrHeadlineWords) {
    auto found =
        people_in({"Primero Justicia holds a sign showing the face of President Nicolas Maduro.",
                   "The photo was taken by Getty Images in Latin America near the White House.",
                   "On Monday the Foreign Ministry said the Organization of Petroleum Exporting Countries met."},
                  "Russia Sends Lavrov to Venezuela");
    EXPECT_EQ(found, (std::map<std::string, int>{{"Nicolas Maduro", 1}}));
}

// Places of several words read like names mid-sentence; ISO 3166-2 subdivisions and
// ICU's time-zone cities say they are places. A name that only holds a place's words,
// or a province named after a person, stays a person.
TEST(People, MultiWordPlacesAreNoPeople) {
    auto found =
        people_in({"Stars gathered in downtown Los Angeles, where Los Angeles Lakers coach Phil Jackson spoke.",
                   "She moved from Kuala Lumpur to Rio de Janeiro and ran the New York Marathon.",
                   "The Andhra Pradesh government and St Helens council agreed.",
                   "Flights from San Francisco and Fort Worth were delayed, as in Las Vegas.",
                   "Singer Victoria Santa Cruz and Diego Martin met reporters."});
    EXPECT_EQ(found,
              (std::map<std::string, int>{{"Phil Jackson", 1}, {"Victoria Santa Cruz", 1}, {"Diego Martin", 1}}));
}

// Wire copy names things in capitals mid-sentence: ordinary words, or the start of an
// organisation's name, are no person unless a title or a given name says so.
TEST(People, NotCapitalisedOrdinaryWordsOrOrganisationNames) {
    auto found = people_in({"The plan would extend Deposit Insurance to the European Monetary System, analysts said.",
                            "Shares rose on the New York Stock Exchange, and Drexel Burnham Lambert Inc declined.",
                            "The rate was cut, the Treasury said. It bought Treasury Bills.",
                            "The Mayor met Chief of Staff Howard Baker and Budget James Miller on Friday.",
                            "He praised Paul Volcker, and Fed governor Smith said rates were high."});
    EXPECT_EQ(found, (std::map<std::string, int>{
                         {"Howard Baker", 1}, {"James Miller", 1}, {"Paul Volcker", 1}, {"Smith", 1}}));
}

// A lone capitalised word before "said" is a surname only if the article names its
// person in full; companies say things too. A title in apposition names a person.
TEST(People, AppositionInitialsAndAcronyms) {
    auto found =
        people_in({"Beryl Sprinkel, chairman of the council, spoke. Sprinkel said growth would slow.",
                   "Shares in Sophos fell after Sophos said profits would drop, NBC said.",
                   "Judges praised JM Coetzee, while EA Sports and BBC Sport were praised.",
                   "President Luiz In\u00e1cio Lula da Silva flew in; Andrew Tyrie MP met Judy Finnigan's Channel 4.",
                   "MCI is second after AT&T. Consolidation in the market goes on.",
                   // A party's initials before a given name and a surname (cleaneval-dev).
                   "La senadora PS Emilia Nuyado votó."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Beryl Sprinkel", 2},
                                                 {"JM Coetzee", 1},
                                                 {"Emilia Nuyado", 1},
                                                 {"Luiz In\u00e1cio Lula da Silva", 1},
                                                 {"Andrew Tyrie", 1},
                                                 {"Judy Finnigan", 1}}));
}

// German capitalises every noun, so capitals say nothing there: a name needs a known
// given name or a role before it, compounds included ("Innenminister").
TEST(People, GermanNounsAreNoNames) {
    auto found = people_in({"Die Grenzen bleiben offen, sagte Innenminister Klaus Bouillon am Montag.",
                            "Das Amt teilte mit, dass die Wiederöffnung der Freundschaftsbrücke geplant sei.",
                            "Auch Ministerpräsident Tobias Hans und Frau Merkel begrüßten den Plan.",
                            "Hier finden Sie Pressemitteilungen (PM) von Firmen und Verbänden."},
                           "", "de");
    EXPECT_EQ(found, (std::map<std::string, int>{{"Klaus Bouillon", 1}, {"Tobias Hans", 1}, {"Merkel", 1}}));
}

// A word that only qualifies a role ("former", "then", "managing") is no evidence for the
// single word after it: that is a club, a firm or a tool far more often than a person.
TEST(People, QualifiersAloneNameNoOne) {
    auto found = people_in({"Managing Python environments is hard, said the former Liverpool striker Ian Rush.",
                            "The former WorldCom boss was jailed. Unsurprisingly, then, she left.",
                            "I spoke with Minister Milling, and President Bush agreed."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Ian Rush", 1}, {"Milling", 1}, {"Bush", 1}}));
}

// Clubs, firms, parties and events end a name: "General" is a title, but not of "Motors".
TEST(People, ClubsFirmsAndEventsAreNoPeople) {
    auto found = people_in({"Fans of Manchester United and Ipswich Town cheered as General Motors said so.",
                            "Before the General Election, Lib Dem Norman Baker spoke of Star Wars.",
                            "Crops were lost when Hurricane Ivan struck.",
                            "He spoke to the Fabian Society and the Terrence Higgins Trust at the Kodak Theatre.",
                            "Lorillard Tobacco sued. Wir werden die Boss-Spawnnachrichten ändern.",
                            "Vote Tory, said an Islamic Fundamentalist, as Tory Norman Baker spoke."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Norman Baker", 2}}));
}

// The last word of a firm's, label's or prize's name ends it too: no person before it.
TEST(People, FirmsLabelsAndPrizesByTheirLastWordAreNoPeople) {
    auto found = people_in({"Shares in Daiwa Securities rose, Kraft Foods said, and Nortel Networks fell.",
                            "She signed to Columbia Records before Lionhead Studios hired Peter Molyneux.",
                            "Jacqueline Wilson said she had won the Smarties Book Prizes."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Peter Molyneux", 1}, {"Jacqueline Wilson", 1}}));
    // A firm's name goes on past an ampersand; two people's names do not.
    EXPECT_EQ(people_in({"Policies of Axa Equity & Law and Goldman Sachs & Co fell, and Matt Lucas & David Walliams "
                         "joked about David Rubin & Partners."}),
              (std::map<std::string, int>{{"Matt Lucas", 1}, {"David Walliams", 1}}));
}

// A run a kind noun names ("the film Vera Drake") is that thing all through the article,
// given name or not; a plural kind noun, a role and a possessive do not say so. A run
// that starts with a word in -ing is a title ("Finding Nemo").
TEST(People, FilmsFirmsAndBandsNamedSoAreNoPeople) {
    auto found =
        people_in({"Mike Leigh's film Vera Drake won, and US firm Grant Thornton audited the band Franz Ferdinand.",
                   "Critics loved Vera Drake, said Grant Thornton, as Franz Ferdinand toured.",
                   "It is one of the shows Alan Titchmarsh left, said publisher Kimberly Quinn.",
                   "The firm's founder Bill Gates and open-side Martyn Williams spoke.",
                   "Fans of Finding Nemo and Saving Private Ryan queued."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Mike Leigh", 1},
                                                 {"Alan Titchmarsh", 1},
                                                 {"Kimberly Quinn", 1},
                                                 {"Bill Gates", 1},
                                                 {"Martyn Williams", 1}}));
}

// An initial before a given name: the given name still says "person" (reuters-dev's "T.
// Boone Pickens, the Texas oilman and financier, said", where no speech verb follows).
TEST(People, AnInitialBeforeAGivenName) {
    EXPECT_EQ(people_in({"T. Boone Pickens, the Texas oilman and financier, said rigs would fall.",
                         "F. Scott Fitzgerald, in the novel of the age, wrote about it."}),
              (std::map<std::string, int>{{"T. Boone Pickens", 1}, {"F. Scott Fitzgerald", 1}}));
}

// A lone word before a speech verb is a surname when "he" or "she" follows, not "it" or
// "they"; not the object of a preposition, nor the second of two.
TEST(People, ALoneSurnameThatSpeaksAsHeOrShe) {
    EXPECT_EQ(people_in({"Gandhi announced small increases in outlays but he ordered a hold-down.",
                         "Sophos said it would patch the flaw, and Intertrust said they agreed.",
                         "The star of Rain Man and Tootsie said he stopped working."}),
              (std::map<std::string, int>{{"Gandhi", 1}}));
}

// A number word counts what follows it, unless it is a rank or a shirt's number.
TEST(People, ANumberWordCountsThings) {
    EXPECT_EQ(people_in({"Ich werde mir drei Tage Ruhe gönnen, sagte Zoran Barisic."}, "", "de"),
              (std::map<std::string, int>{{"Zoran Barisic", 1}}));
    EXPECT_EQ(people_in({"She upset world number seven Guillermo Coria, and number eight Ryan Jones is out."}),
              (std::map<std::string, int>{{"Guillermo Coria", 1}, {"Ryan Jones", 1}}));
}

// Public and professional roles are titles; those that are surnames too are not.
TEST(People, RolesBeforeNamesAreTitles) {
    EXPECT_EQ(people_in({"Backbencher Stephen Pound said so, and lawmaker Ocasio-Cortez agreed with the actress Debra "
                         "Winger and the designer Paule Constable."}),
              (std::map<std::string, int>{
                  {"Stephen Pound", 1}, {"Ocasio-Cortez", 1}, {"Debra Winger", 1}, {"Paule Constable", 1}}));
}

// Spanish, French and Italian write the kind noun in lower case before the name too.
TEST(People, KindNounsOfOtherLanguagesNameThings) {
    EXPECT_EQ(people_in({"El periodista Dmitry Muratov, cuyo periódico Novaya Gazeta cerró, y la naviera Hapag Lloyd "
                         "pasaron a TCP."},
                        "", "es"),
              (std::map<std::string, int>{{"Dmitry Muratov", 1}}));
    EXPECT_EQ(people_in({"Selon le quotidien Jean Dupont Matin, Marie Curie a parlé."}, "", "fr"),
              (std::map<std::string, int>{{"Marie Curie", 1}}));
}

// Brands and plural acronyms are spelt as no name is; the prefixes of names are not
// brands. Numbers name groups, and a title's possessive names what its holder owns.
TEST(People, BrandsGroupsAndOwnedThingsAreNoPeople) {
    auto found = people_in({"Sony's PlayStation Portable beat the GameBoy Advance, said Paul McCartney.",
                            "Leonardo DiCaprio and Matt LeBlanc met MPs and the Guildford Four.",
                            "Apple is going to the journalist's ISPs, said EFF lawyer Kurt Opsahl."});
    EXPECT_EQ(found, (std::map<std::string, int>{
                         {"Paul McCartney", 1}, {"Leonardo DiCaprio", 1}, {"Matt LeBlanc", 1}, {"Kurt Opsahl", 1}}));
}

// A run is a name when the article calls its last word a surname: before a speech verb or
// after an honorific, abbreviated with a full stop or not. Proper words of the dictionary
// before a given name or initials describe the person ("Californian", "Irishmen"); an
// acronym's full stop ends its sentence ("MS. Final").
TEST(People, FullNamesOfPeopleTheArticleCallsBySurname) {
    auto found = people_in({"Cory Doctorow, of the EFF, spoke. Later Mr Doctorow left.",
                            "Californian Thomas Slattery sued. Irishmen JP McManus and John Magnier own it. They "
                            "met Texan Michael Chicoine.",
                            "Mr. Slattery and Mr McManus met. Dr. Kwame Nkrumah came, and Mrs. Okafor agreed.",
                            "It helps patients with MS. Final approval is due."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Cory Doctorow", 2},
                                                 {"Thomas Slattery", 2},
                                                 {"JP McManus", 2},
                                                 {"John Magnier", 1},
                                                 {"Michael Chicoine", 1},
                                                 {"Kwame Nkrumah", 1},
                                                 {"Okafor", 1}}));
}

// A role after "best" names a prize's category: the word after it is the prize.
TEST(People, PrizesAfterTheirCategoryAreNoPeople) {
    auto found =
        people_in({"Actress Imelda Staunton won the best actress Oscar and the best actor Bafta went to Jamie "
                   "Foxx, and another Oscar is due."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Imelda Staunton", 1}, {"Jamie Foxx", 1}}));
}

// A name given again with one more word is that person named in part when the word is no
// ordinary word ("Juan Carlos Ferrero"); when it is, the longer one ran on into the
// sentence ("Adam Smith Lecture").
TEST(People, NamesGivenInPartAndRunOn) {
    auto found = people_in({"Spain's Juan Carlos Ferrero won. Juan Carlos said so.",
                            "The economist Adam Smith is remembered at the Adam Smith Lecture each year."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Juan Carlos Ferrero", 2}, {"Adam Smith", 2}}));
}

// Korean given names: two syllables joined by a hyphen, the second in small letters; and
// "Un" after a name is no UN, which mixed-case text writes in capitals.
TEST(People, KoreanGivenNamesAndTheUN) {
    auto found =
        people_in({"North Korean leader Kim Jong Un met President Moon Jae-in, and the UN envoy "
                   "Ban Ki-moon said the Blair-led talks helped. Kim Jong-un left."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Kim Jong Un", 2}, {"Moon Jae-in", 1}, {"Ban Ki-moon", 1}}));
    // A second syllable of five or six letters that is no English word (BBC set: "Yoo Ji").
    EXPECT_EQ(
        people_in({"said Yoo Ji-chang, governor of the bank, and Lee Myung-bak backed the Tony Blair-style plan."}),
        (std::map<std::string, int>{{"Yoo Ji-chang", 1}, {"Lee Myung-bak", 1}, {"Tony Blair", 1}}));
    // A headline's small words are no surnames: "in" of "Talks in Seoul" is no "Jae-in".
    EXPECT_EQ(people_in({"He met Moon Jae-in on Friday."}, "Talks in Seoul"),
              (std::map<std::string, int>{{"Moon Jae-in", 1}}));
}

// Quoted speech and quoted titles start with a capital as a sentence does, so that
// capital is no evidence of a name; a contraction is never in one (BBC set: "Unfortunately
// I'm", "Boys Don't Cry", "Merry Christmas", "Save Betamax" had been people).
TEST(People, QuotationsAndContractionsAreNoNames) {
    auto found = people_in({"Jamie Foxx joked: \"Unfortunately I'm stuck in LA.\"",
                            "Fans sang \"Merry Christmas\" and \u201CSave Betamax\u201D, as Hilary Swank starred in "
                            "Boys Don't Cry and Kevin Keegan said: \"Kevin I'd go.\" His single Y'all Heard "
                            "sold."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Jamie Foxx", 1}, {"Hilary Swank", 1}, {"Kevin Keegan", 2}}));
    // A name starting a quotation still has its other evidence.
    EXPECT_EQ(people_in({"She said: \"Tony Blair knew.\" and \"Zakharova said so.\""}),
              (std::map<std::string, int>{{"Tony Blair", 1}}));
}

// Words that end names elsewhere (a month, a title, a party, a colour) are surnames
// after a given name at the end of the run; "Bill" starts one before a surname. Places
// named after people stay places.
TEST(People, SurnamesThatAreOtherWordsToo) {
    auto found = people_in({"Home Secretary Theresa May met John Major and Bill Gates in May.",
                            "Stephen King praised Daniel Day-Lewis, said Philip Green.",
                            "The Finance Bill passed as crowds filled Victoria Street."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Theresa May", 1},
                                                 {"John Major", 1},
                                                 {"Bill Gates", 1},
                                                 {"Stephen King", 1},
                                                 {"Daniel Day-Lewis", 1},
                                                 {"Philip Green", 1}}));
}

// A hyphened word alone is a surname mention (or no one): it counts for the full name
// that ends in it, and a firm or a product so spelt ("T-Mobile") is no person.
TEST(People, HyphenedSurnamesCountForTheFullName) {
    auto found = people_in({"Ex-chat show host Robert Kilroy-Silk launched a party, and Mr Kilroy-Silk spoke.",
                            "Kilroy-Silk said T-Mobile and Wal-Mart agreed, as did Al Aynsley-Green."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Robert Kilroy-Silk", 3}, {"Al Aynsley-Green", 1}}));
}

// German writes a genitive with a plain "s" and names streets and foundations as
// hyphened compounds; neither is a person of its own.
TEST(People, GermanGenitivesAndCompoundsAreNoOtherPeople) {
    auto found = people_in({"Marie Kondo räumt auf. Marie Kondos Buch und Max Webers Wirtschaft liegen hier.",
                            "Das schrieb Max Weber, der an der Friedrich-Ebert-Straße wohnte, nahe der "
                            "Heinrich-Böll-Stiftung."},
                           "", "de");
    EXPECT_EQ(found, (std::map<std::string, int>{{"Marie Kondo", 2}, {"Max Weber", 2}}));
}

// A name seen only as a genitive before what it owns is the name without the "s", and a
// genitive surname counts for its person (cleaneval-dev: "Silvio Berlusconis
// „Rubygate“-Prozess", "Robert Rettigs Angebot"). A name that ends in "s" where no noun
// follows elsewhere keeps it ("Rita Famos, für …", "Paul Werners wurden"), and after a
// vowel the "s" goes only where the surname also stands alone without it ("Peter Nadas
// „Leni weint“").
TEST(People, GermanGenitiveBeforeANounIsTheNameWithoutIt) {
    EXPECT_EQ(people_in({"Silvio Berlusconis „Rubygate“-Prozess geht weiter, auf Drängen Berlusconis.",
                         "Der Prozess gegen den abgetretenen Berlusconi läuft. Küchenchef Robert Rettigs Angebot ist "
                         "gut."},
                        "Verfassungsgericht: Berlusconis Prozess", "de"),
              (std::map<std::string, int>{{"Silvio Berlusconi", 3}, {"Robert Rettig", 1}}));
    EXPECT_EQ(
        people_in({"Zudem übergab Präsidentin Gaby Hagmans Bundesrat Cassis eine Urkunde. Präsidentin Gaby "
                   "Hagmans betonte das.",
                   "Max Büssing und Paul Werners wurden Gesellschafter.",
                   "Ich habe den Sonntag mit Peter Nadas „Leni weint“ verbracht."},
                  "", "de"),
        (std::map<std::string, int>{{"Gaby Hagmans", 2}, {"Max Büssing", 1}, {"Paul Werners", 1}, {"Peter Nadas", 1}}));
}

// German puts the subject and an object side by side after the verb: two surnames of
// people named before are those two, not a third (cleaneval-dev: "Im Gegenzug zahlte
// Thomas Elder Antrittsgelder", Alvin Thomas paying Lee Elder).
TEST(People, TwoSurnamesSideBySideAreTwoPeople) {
    EXPECT_EQ(people_in({"Lee Elder fand in Alvin Thomas einen Förderer.",
                         "Im Gegenzug zahlte Thomas Elder Antrittsgelder. Später gewann Elder."},
                        "", "de"),
              (std::map<std::string, int>{{"Lee Elder", 3}, {"Alvin Thomas", 2}}));
}

// On a Spanish or French page a run after a definite article, or one joined to a
// preposition, names a body, a thing or a place, as one after "the" does in English
// (cleaneval-dev: "el trabajo del Buró Político", "la Macrozona Sur").
TEST(People, RunsAfterSpanishAndFrenchArticlesAreNoNames) {
    EXPECT_EQ(
        people_in({"Debatió el informe sobre el trabajo del Buró Político para la reunión, dijo Miguel Díaz-Canel, "
                   "y habló de la Macrozona Sur."},
                  "", "es"),
        (std::map<std::string, int>{{"Miguel Díaz-Canel", 1}}));
    EXPECT_EQ(people_in({"Le concert des Berliner Philharmoniker a plu à Marine Le Pen."}, "", "fr"),
              (std::map<std::string, int>{{"Marine Le Pen", 1}}));
}

// On a page in Spanish (or French, Italian, Portuguese, Dutch) a run of that language's
// ordinary words is an institution, as a run of English ones is on an English page (the
// lists hold singulars: "Diputados" is "diputado" and an "-s"); a name with a word the
// list does not hold stays a person.
TEST(People, OrdinaryWordsOfThePageLanguageAreNoNames) {
    auto found = people_in({"El fallo de la Corte Suprema fue criticado por el Poder Judicial y la Seguridad Pública.",
                            "La candidata Keiko Fujimori y el presidente Gabriel Boric no comentaron.",
                            "El presidente de la Cámara de Diputados habló de Derechos Humanos y Fuerzas Armadas.",
                            "Hubo un reclamo de Naciones Unidas y de la Unión de Jóvenes Comunistas."},
                           "", "es");
    EXPECT_EQ(found, (std::map<std::string, int>{{"Keiko Fujimori", 1}, {"Gabriel Boric", 1}}));
}

// Polish inflects the names of places and bodies, which no word list here tells from
// people's: as in German, a name needs a given name (folded: "Paweł" is "pawel"), a
// title or a quote.
TEST(People, PolishCapitalsAloneNameNoOne) {
    auto found = people_in({"Okręty płynęły przez Morze Śródziemne do Wielkiej Brytanii, a Unii Europejskiej to nie "
                            "dotyczy.",
                            "Minister Paweł Wojciechowski i Jarosław Gowin rozmawiali z Mateuszem Morawieckim."},
                           "", "pl");
    EXPECT_EQ(found, (std::map<std::string, int>{{"Paweł Wojciechowski", 1}, {"Jarosław Gowin", 1}}));
}

// A run that starts with an ordinary word and holds a particle is a thing of someone or
// somewhere; a name with a particle starts with a given name or the particle.
TEST(People, ThingsOfSomeoneOrSomewhereAreNoPeople) {
    auto found =
        people_in({"La Ville de Montréal et la Symphonie de Mahler, dit le ministre Eduardo del Castillo."}, "", "fr");
    EXPECT_EQ(found, (std::map<std::string, int>{{"Eduardo del Castillo", 1}}));
    EXPECT_EQ(people_in({"Shell's Walter van de Vijver resigned. Van de Vijver said so."}),
              (std::map<std::string, int>{{"Walter van de Vijver", 2}}));
}

// French and Italian glue an elided article to the next word: the name after it is
// still a name ("d’Emmanuel Macron"), but "D'Arcy" is one.
TEST(People, ElidedArticlesBeforeNames) {
    auto found = people_in({"Le conseiller d’Emmanuel Macron a parlé avec Gordon D'Arcy."}, "", "fr");
    EXPECT_EQ(found, (std::map<std::string, int>{{"Emmanuel Macron", 1}, {"Gordon D'Arcy", 1}}));
}

TEST(People, MergesSpellingVariantsAndKeepsTheAccentedName) {
    auto people = extract_people({"Sergey Lavrov arrived. Foreign Minister Sergei Lavrov met Nicolas Maduro.",
                                  "President Nicolás Maduro thanked Lavrov."},
                                 "");
    ASSERT_EQ(people.size(), 2u);
    std::map<std::string, int> found;
    for (const auto& person : people) found[person.name] = person.mentions;
    EXPECT_EQ(found, (std::map<std::string, int>{{"Sergei Lavrov", 3}, {"Nicolás Maduro", 2}}));
}

TEST(People, ParticlesAndPossessives) {
    auto found =
        people_in({"President Charles de Gaulle spoke.", "It was Maduro's decision, aide Juan Guaidó's rival said."});
    EXPECT_EQ(found.count("Charles de Gaulle"), 1u);
    EXPECT_EQ(found.count("Juan Guaidó"), 1u);
}

TEST(People, UpperCaseWireCopy) {
    auto found =
        people_in({"TREASURY SECRETARY JAMES BAKER SAID THE DOLLAR WAS STABLE. BAKER TOLD REPORTERS THE "
                   "GOVERNMENT WOULD ACT.",
                   "PRESIDENT REAGAN SAID HE AGREED.",
                   "TRADE REPRESENTATIVE CLAYTON YEUTTER URGED THE FIRST HALF CUT, CHIEF DEBT NEGOTIATOR "
                   "MARIO BRODERSOHN TOLD REPORTERS."});
    EXPECT_EQ(found, (std::map<std::string, int>{
                         {"James Baker", 2}, {"Reagan", 1}, {"Clayton Yeutter", 1}, {"Mario Brodersohn", 1}}));
}

// In capitals a run takes in the words around a name: office words before a given name
// go, a time word or stop word after it starts no organisation ("WHO"), a past tense
// after a given name is no surname, and a surname the article quotes alone ("DAUSTER
// SAID") vouches for the name.
TEST(People, UpperCaseNamesAmongOtherCapitals) {
    auto found = people_in({"CORPORATE RAIDER CARL ICAHN ACKNOWLEDGED THE FILING.",
                            "U.S. AGRICULTURE SECRETARY RICHARD LYNG TODAY SAID THE PLAN WORKED.",
                            "THE INSTITUTE'S PRESIDENT, JORIO DAUSTER, SAID EXPORTS WOULD RISE.",
                            "DAUSTER SAID THE QUOTA TALKS FAILED. KING FAHD REITERATED HIS SUPPORT.",
                            "HOFER DESCRIBED LYNG AS A FRIEND. LYNG SAID SO.",
                            "ADVISERS CHAIRMAN BERYL SPRINKEL WHO TOLD BANKERS THE U.S. HAD NO OBJECTIVE."});
    EXPECT_EQ(found,
              (std::map<std::string, int>{
                  {"Carl Icahn", 1}, {"Richard Lyng", 2}, {"Jorio Dauster", 2}, {"Fahd", 1}, {"Beryl Sprinkel", 1}}));
}

// A middle initial, a double-barrelled surname, an ordinary word as surname after a
// given name of British news ("LIAM FOX": "fox" is an English word) and a title word
// that is a common surname ("JOHN MAJOR"); a hyphened pair of ordinary words after a
// surname goes with the rest ("DUTY-FREE"), and a verb ends a name ("RAFTER WANTS").
TEST(People, UpperCaseInitialsHyphensAndOrdinarySurnames) {
    auto found =
        people_in({"US PRESIDENT GEORGE W BUSH ARRIVED ON MONDAY.",
                   "UKIP'S ROBERT KILROY-SILK QUIT AS TORY CO-CHAIRMAN LIAM FOX SPOKE.",
                   "PRESIDENT REAGAN FORMALLY ENDED DUTY-FREE TRADE TREATMENT FOR THEM.",
                   "FORMER PRIME MINISTER JOHN MAJOR SAID SO.", "US COACH PATRICK RAFTER WANTS RODDICK TO PLAY."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"George W Bush", 1},
                                                 {"Robert Kilroy-Silk", 1},
                                                 {"Liam Fox", 1},
                                                 {"Reagan", 1},
                                                 {"John Major", 1},
                                                 {"Patrick Rafter", 1}}));
}

// In capitals an ordinary word between two names ends the first ("PLAYS"), and any words
// before a given name go, known words or not ("FLANKER").
TEST(People, UpperCaseNamesSideBySide) {
    auto found = people_in({"ROGER FEDERER PLAYS GREG RUSEDSKI IN THE SECOND ROUND.",
                            "HE CAME IN FOR INJURED FLANKER JASON WHITE ON SATURDAY."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Roger Federer", 1}, {"Greg Rusedski", 1}, {"Jason White", 1}}));
}

// The census lists' given names (data/CMakeLists.txt) find names the curated list lacks
// where a given name is the only evidence: in capitals, and at the start of a sentence.
TEST(People, CensusGivenNamesInCapitalsAndAtSentenceStart) {
    auto in_capitals = people_in(
        {"\"WE RECOMMEND PEN AND PAPER,\" SAID MIKKO HYPPONEN, WHO HEADS THE TEAM.",
         "WITH KICKING FROM CENTRE GAVIN HENSON, THE PACK WON.", "PRESIDENT REAGAN ANGRILY DENIED THE REPORT.",
         "THOSE CHARGED INCLUDED OTIS FERRY, THE SON OF A SINGER.",
         "PRESIDENT REAGAN MADE A SPEECH ON PLAYERS LIKE FLANKER LEWIS MOODY OR ANDY JOHNSON."});
    EXPECT_EQ(in_capitals, (std::map<std::string, int>{{"Mikko Hypponen", 1},
                                                       {"Gavin Henson", 1},
                                                       {"Reagan", 2},
                                                       {"Otis Ferry", 1},
                                                       {"Lewis Moody", 1},
                                                       {"Andy Johnson", 1}}));
    auto as_written = people_in({"Gavin Henson kicked two penalties.", "Kylie Minogue cancelled her tour."});
    EXPECT_EQ(as_written, (std::map<std::string, int>{{"Gavin Henson", 1}, {"Kylie Minogue", 1}}));
}

// A given name that is also a blocked word makes a name in capitals before a word that is
// no ordinary one ("BILL THOMPSON", not "THE BILL WAS"); a census given name keeps a common
// surname that is also a word ("KANYE WEST").
TEST(People, BlockedGivenNamesAndCommonSurnamesInCapitals) {
    auto found = people_in({"ANALYST BILL THOMPSON HAS SEEN THE FUTURE. THE FINANCE BILL WAS PASSED.",
                            "IN HIP-HOP, KANYE WEST IS UNLIKELY TO REGRET HIS DECISION."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Bill Thompson", 1}, {"Kanye West", 1}}));
    // A given name that is an award too keeps an ordinary word only as a census name does.
    EXPECT_EQ(people_in({"HER FIRST OSCAR NOMINATION CAME EARLY."}), (std::map<std::string, int>{}));
    EXPECT_EQ(people_in({"THE PLAY BY OSCAR WILDE RAN ON."}), (std::map<std::string, int>{{"Oscar Wilde", 1}}));
}

// In capitals a common surname that is also a word (the English census lists' "Gates",
// "Freeman") is kept after a given name, a blocked one too when the run ends there; not
// a verb ("MAY BE", "ROSE TO") nor after an article or two letters of a firm ("JP").
TEST(People, WordSurnamesInCapitals) {
    auto found = people_in({"SPEAKERS INCLUDED MICROSOFT CHIEF BILL GATES, TO SET OUT THE FUTURE.",
                            "VETERAN ACTOR MORGAN FREEMAN TOOK THE AWARD, AND MR BLAIR ROSE TO SPEAK.",
                            "IT WAS STARRING JUDE LAW AND DUSTIN HOFFMAN.", "DOCTORS SAY SCOTT MAY BE OUT FOR WEEKS.",
                            "HE IS AN ECONOMIST AT JP MORGAN CHASE IN NEW YORK, SAID DEPUTY PM JOHN PRESCOTT."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Bill Gates", 1},
                                                 {"John Prescott", 1},
                                                 {"Morgan Freeman", 1},
                                                 {"Blair", 1},
                                                 {"Jude Law", 1},
                                                 {"Dustin Hoffman", 1}}));
    EXPECT_EQ(people_in({"THE BILL GATES WERE SHUT AT NIGHT."}), (std::map<std::string, int>{}));
}

// In capitals an ordinary word ends a name of a given name and a word that is no ordinary
// one ("GAVE"), unless it is a common surname after given names ("MARTIN LUTHER KING",
// with his suffix), a particle or a hyphened half; a title after a given name is no part
// of a name there ("RAY ACTOR JAMIE FOXX": the film "Ray").
TEST(People, NamesEndBeforeOrdinaryWordsInCapitals) {
    auto found = people_in({"NEIL MELLOR GAVE LIVERPOOL THE LEAD BEFORE HALF-TIME.",
                            "HE SPOKE AT THE FUNERALS OF MARTIN LUTHER KING JNR AND OTHERS.",
                            "IT STARS RODRIGO DE LA SERNA AND ROBERT KILROY-SILK IN PARTS.",
                            "THE SONG FEATURES RAY ACTOR JAMIE FOXX ON VOCALS."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Neil Mellor", 1},
                                                 {"Martin Luther King Jnr", 1},
                                                 {"Rodrigo De La Serna", 1},
                                                 {"Robert Kilroy-Silk", 1},
                                                 {"Jamie Foxx", 1}}));
}

// A name no list knows is one when its last word stands alone elsewhere in the article,
// mid-sentence among small letters or, in capitals, among ordinary words; not when the
// first word stands alone too, follows an article, or is English made of English words.
TEST(People, SurnamesStandingAloneElsewhere) {
    auto as_written = people_in(
        {"Lleyton Hewitt kept his dream alive.", "There was reason to think Hewitt might struggle for fitness."});
    EXPECT_EQ(as_written, (std::map<std::string, int>{{"Lleyton Hewitt", 2}}));
    auto in_capitals = people_in({"MARAT SAFIN SUFFERED A SHOCK LOSS TO NICOLAS KIEFER.",
                                  "PLAYING HIS FIRST MATCH, SAFIN SHOWED SOME GOOD TOUCHES.",
                                  "THE PSP SELLS WELL; SONY PSP SALES ROSE AS SONY GREW.",
                                  "GOALSCORER TOURE WAS SENT OFF. LATER TOURE LEFT."});
    EXPECT_EQ(in_capitals, (std::map<std::string, int>{{"Marat Safin", 2}, {"Nicolas Kiefer", 1}}));
}

// In capitals kind nouns and inflected words before a name are no part of it, though a
// title stands before them; an ordinary word that may be a first name stays. A verb
// after a given name is no surname ("LEE WENT", "CLIVE KNOWS", "ANDY WINNING"), where a
// word that may be one is.
TEST(People, OrdinaryWordsBeforeNamesInCapitals) {
    auto found = people_in({"SAID THE VICE PRESIDENT OF RESEARCH AT ANALYST FIRM GARTNER, ADDING MORE.",
                            "A CLUB SPOKESPERSON DENIED PHILLIPS MADE THE REMARK.",
                            "WORLD BANK PRESIDENT BARBER CONABLE SAID IT WAS TEMPORARY.",
                            "THE DIRECTOR ANG LEE WENT HOME. THE FORWARD TOMMY REGULARLY SCORES.",
                            "SECRETARY JAMES BAKER URGED RESTRAINT.",
                            "BUT CLIVE KNOWS IT. FOR ANDY WINNING IS ALL, AND CHARLES DIED IN JUNE."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Barber Conable", 1}, {"James Baker", 1}}));
}

// In capitals an ordinary word after a form of address, or a common surname after a
// role, is a surname; not after an adjective ("A MAJOR WAY") or a plural ("MINISTERS
// HOPE"), nor a plural after an address ("MS SUFFERERS").
TEST(People, OrdinarySurnamesAfterTitlesInCapitals) {
    auto found = people_in({"LORD FALCONER SPOKE FIRST, THEN PRESIDENT BUSH ARRIVED.",
                            "IT WAS A MAJOR WAY FORWARD, MINISTERS HOPE, FOR MS SUFFERERS."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Falconer", 1}, {"Bush", 1}}));
}

// A generational suffix stays with the name it ends (the son is not the father), in
// mixed case too, and makes no name alone; the surname alone counts for the name.
TEST(People, GenerationalSuffixes) {
    auto found = people_in({"He spoke at the funerals of both Martin Luther King Jr and Malcolm X.",
                            "Officials said Cal Ripken Jr played. Later Ripken hit a home run.",
                            "Chris Eubank Jr won. His father Chris Eubank watched."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Martin Luther King Jr", 1},
                                                 {"Malcolm X", 1},
                                                 {"Cal Ripken Jr", 2},
                                                 {"Chris Eubank Jr", 1},
                                                 {"Chris Eubank", 1}}));
}

// In capitals a kind noun names what follows it after an article and a few ordinary
// words ("THE GRITTY ABORTION DRAMA VERA DRAKE"), not before a title ("FILM DIRECTOR").
TEST(People, ThingsOfAKindInCapitals) {
    auto found = people_in({"STAUNTON WON FOR THE GRITTY ABORTION DRAMA VERA DRAKE, HER FIRST PRIZE.",
                            "VERA DRAKE WAS MADE BY THE FILM DIRECTOR MIKE LEIGH.",
                            "SHE PLAYED IN MIKE LEIGH'S LATEST FILM MARY POPPINS."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Mike Leigh", 2}}));
}

// British spellings are ordinary words too (wbritish beside wamerican): "Harbour",
// "Honours", "Organisations" make no name of a run of them.
TEST(People, BritishSpellingsAreOrdinaryWords) {
    auto found = people_in({"The attack on Pearl Harbour came in 1941.",
                            "She was made a dame in the New Year Honours List for her gold.",
                            "Cases under the Corrupt Organisations law rose."});
    EXPECT_TRUE(found.empty()) << found.begin()->first;
}

// A census given name that is an ordinary word of another language ("Serena", "Greta")
// is a given name on an English page, not on a page in that language, nor on a German
// one, which has no word list here to tell ("Tod der Tiere", "Mal Ende Mai").
TEST(People, CensusGivenNamesThatAreWordsOfOtherLanguages) {
    EXPECT_EQ(people_in({"Serena Williams won the final in three sets."}),
              (std::map<std::string, int>{{"Serena Williams", 1}}));
    EXPECT_TRUE(people_in({"Serena Dias escreveu o livro."}, "", "pt").empty());
    EXPECT_TRUE(people_in({"Der Tod der Tiere kam schnell. Mal Ende Mai, mal im Juni."}, "", "de").empty());
}

// A census given name that is an English word ("Sally", "Noel") starts a name in English
// mixed case before a word that is none ("Sally Gunnell"), not before one, proper nouns
// included ("Summer Olympics"), nor in capitals ("BEAT RODDICK").
TEST(People, CensusGivenNamesThatAreEnglishWords) {
    EXPECT_EQ(people_in({"Sally Gunnell won the title in 1993.", "Summer Olympics tickets went on sale."}),
              (std::map<std::string, int>{{"Sally Gunnell", 1}}));
    EXPECT_TRUE(people_in({"HEWITT BEAT RODDICK IN THE FINAL."}).count("Beat Roddick") == 0);
}

// A census counts parties, places and firms' first words among first names ("Tory",
// "Memphis", "Dow", "Beverly", "Jefferson"): such a name is no given name, or not after
// a word that leads a place's name, or gives way to a curated given name after it.
TEST(People, CensusGivenNamesThatArePlacesPartiesAndFirms) {
    auto found = people_in({"But Tory Liam Fox said his party would act.", "The Dow Jones index rose 1%.",
                            "The film opened in Beverly Hills on Friday.",
                            "She played with the Memphis Symphony Orchestra for years.",
                            "\"I'm not pleased,\" Jefferson Parish Sheriff Harry Lee said."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Liam Fox", 1}, {"Harry Lee", 1}}));
}

// "De Clercq" after "Willy de Clercq" is his surname with its particle, not someone else.
TEST(People, SurnameWithItsParticleIsThePersonNamedInFull) {
    auto found = people_in({"External relations commissioner Willy de Clercq arrived on Monday.",
                            "De Clercq told reporters the talks would go on."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Willy de Clercq", 2}}));
    auto reversed = people_in({"De Clercq said the talks would go on.", "Willy de Clercq arrived on Monday."});
    EXPECT_EQ(reversed, (std::map<std::string, int>{{"Willy de Clercq", 2}}));
}

// A title after a particle within a name is the surname it makes ("maire" is French for
// mayor); a particle starting the run leaves a title before a name.
TEST(People, ATitleAfterAParticleIsASurname) {
    auto found = people_in({"The finance minister of France, Bruno Le Maire, said the budget would be cut.",
                            "Le Maire added that taxes would not rise."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Bruno Le Maire", 2}}));
    EXPECT_EQ(people_in({"Le Président Macron a parlé hier soir à la télévision."}, "", "fr"),
              (std::map<std::string, int>{{"Macron", 1}}));
}

// Two particles make one name ("von der", "de la"); a particle hyphened to its surname too.
TEST(People, NamesWithTwoParticles) {
    auto found = people_in({"European Commission President Ursula von der Leyen spoke on Monday.",
                            "Former president Fernando de la Rúa resigned, and Edwin van der Sar kept goal.",
                            "Saudi minister Ghazi al-Gosaibi said so. Von der Leyen said she agreed."});
    EXPECT_EQ(found, (std::map<std::string, int>{{"Ursula von der Leyen", 2},
                                                 {"Fernando de la Rúa", 1},
                                                 {"Edwin van der Sar", 1},
                                                 {"Ghazi al-Gosaibi", 1}}));
}

TEST(PersonIdentity, KeysAndVariants) {
    EXPECT_EQ(person_key("Nicolás Maduro"), "maduro nicolas");
    EXPECT_EQ(person_key("Maduro"), "maduro");
    // A generational suffix goes last, and the son is not the father.
    EXPECT_EQ(person_key("Martin Luther King Jr"), "king martin luther jr");
    EXPECT_EQ(key_suffix("king martin luther jr"), "jr");
    EXPECT_FALSE(same_person("eubank chris jr", "eubank chris"));
    EXPECT_TRUE(same_person("eubank chris jr", "eubank c jr"));
    EXPECT_TRUE(same_person("lavrov sergei", "lavrov sergey"));
    EXPECT_TRUE(same_person("maduro nicolas", "maduro n"));
    EXPECT_FALSE(same_person("rodriguez delcy", "rodriguez bruno"));
    EXPECT_FALSE(same_person("lopez maria", "lopez mario"));
    // One edit in names of six letters or more: a letter changed, added or dropped,
    // anywhere but a changed last letter (only i/y/j); two edits (a swap is two) are other
    // names. A short form is the same given name, never a surname's: its first three
    // letters or more, but not of a name ending in "a" or "e" (often a woman's name made of
    // a man's), or a common English short form.
    for (auto [a, b] : {std::pair{"aleksandr", "aleksander"},
                        {"aleksander", "aleksandr"},
                        {"mohamed", "mohammed"},
                        {"andreas", "andrias"},
                        {"xandreas", "andreas"},
                        {"andreas", "andreas"},
                        {"vince", "vincent"},
                        {"steven", "steve"},
                        {"rafa", "rafael"},
                        {"bill", "william"},
                        {"anthony", "tony"}}) {
        EXPECT_TRUE(same_given_name(a, b)) << a << " " << b;
    }
    EXPECT_FALSE(same_given_name("aleksandr", "alexsander"));
    EXPECT_FALSE(same_given_name("andreas", "anderas"));
    EXPECT_FALSE(same_given_name("andreas", "andrzej"));
    EXPECT_FALSE(same_given_name("ivana", "ivano"));  // under six letters: exact only
    EXPECT_TRUE(same_person("cable vincent", "cable vince"));
    EXPECT_FALSE(same_given_name("paul", "paula"));
    EXPECT_FALSE(same_given_name("paul", "pauline"));
    EXPECT_FALSE(same_given_name("alex", "alexandra"));
    EXPECT_FALSE(same_given_name("al", "alan"));  // two letters: an initial's business
    EXPECT_FALSE(same_name_word("smith", "smithson"));
    EXPECT_FALSE(same_person("smith anna", "smithson anna"));
    EXPECT_TRUE(better_display_name("Nicolás Maduro", "Nicolas Maduro"));
    EXPECT_TRUE(better_display_name("Sergey Malik Bagdasarov", "Sergey Bagdasarov"));
    // The given name in full over its short form, though longer.
    EXPECT_TRUE(better_display_name("Richard Darman", "Dick Darman"));
    EXPECT_FALSE(better_display_name("Vince Cable", "Vincent Cable"));
}

// "Major" and "general" in small letters are adjectives unless another title stands
// before them (BBC set: "the major Manchester hotels", "major Hollywood studios").
TEST(People, RanksInSmallLettersAreAdjectives) {
    EXPECT_EQ(people_in({"Bookings will be taken at the major Manchester hotels, said Colin Asplin."}),
              (std::map<std::string, int>{{"Colin Asplin", 1}}));
    EXPECT_EQ(people_in({"The attorney general Gonzales spoke, and Major Hewitt agreed."}),
              (std::map<std::string, int>{{"Gonzales", 1}, {"Hewitt", 1}}));
}

// A capitalised occupation before an English word labels a thing in title case; an office
// before one, or an occupation in small letters, still names a person (cleaneval-dev:
// "Player Name", "Goalkeeper Ability"; BBC set: "a former employee of General Mills").
TEST(People, CapitalisedOccupationsBeforeWordsAreLabels) {
    EXPECT_EQ(people_in({"Open the menu and set Player Name and Goalkeeper Ability, then save."}),
              (std::map<std::string, int>{}));
    EXPECT_EQ(people_in({"He was a former employee of General Mills, said Mark Bailin."}),
              (std::map<std::string, int>{{"Mark Bailin", 1}}));
    EXPECT_EQ(people_in({"The talks went on. President Bush met the singer Usher and Minister Milling."}),
              (std::map<std::string, int>{{"Bush", 1}, {"Usher", 1}, {"Milling", 1}}));
}

// A borrowed word of the English lists keeps its accent there ("château"), and counts as
// ordinary as the others do (cleaneval-dev: "Musée Guimet and Château de Versailles").
TEST(People, BorrowedWordsWithAccentsAreOrdinary) {
    EXPECT_EQ(people_in({"It helped buy treasures at the Musée Guimet and Château de Versailles, said Jean Dupont."}),
              (std::map<std::string, int>{{"Jean Dupont", 1}}));
}

// On an English page a run that a French, Spanish, Italian or German article (or "Mein")
// starts is a work's, a paper's or a band's title (BBC set: "La Traviata", "Le Figaro",
// "Il Divo"; cleaneval-dev: "Mein Kampf"), or a surname with its particle that counts for
// the full name ("El Guerrouj").
TEST(People, AForeignArticleStartsATitleOrASurname) {
    EXPECT_EQ(people_in({"La Traviata opened at La Scala, and Le Figaro said Il Divo sang.",
                         "He quoted Mein Kampf, and Der Spiegel said so.",
                         "The record of Moroccan Hicham El Guerrouj stands, and El Guerrouj said so."}),
              (std::map<std::string, int>{{"Hicham El Guerrouj", 2}}));
}

// A place before a plural of an English noun names a team or a firm (BBC set: "Leeds
// Rhinos", "Chicago Cubs"); a place that is also a first name may start a person's name
// before a surname of the kind ("Kent Rogers", "Georgia Woods", "Austin Powers").
TEST(People, PlaceBeforeAPluralIsATeamOrAFirm) {
    EXPECT_EQ(people_in({"Wales trained with Leeds Rhinos and the Chicago Cubs, said Iestyn Harris."}),
              (std::map<std::string, int>{{"Iestyn Harris", 1}}));
    EXPECT_EQ(people_in({"He met Kent Rogers and Georgia Woods, and Austin Powers returned."}),
              (std::map<std::string, int>{{"Kent Rogers", 1}, {"Georgia Woods", 1}, {"Austin Powers", 1}}));
    // In English as written, any word that is no first name: a band, a club, a novel, a
    // housing estate (BBC set, cleaneval-dev); not before a common surname.
    EXPECT_EQ(people_in({"The Beastie Boys played for Boca Juniors fans near the Nostrand Houses, said Gordon "
                         "Banks, and Zinedine Rogers agreed."}),
              (std::map<std::string, int>{{"Gordon Banks", 1}, {"Zinedine Rogers", 1}}));
}

// A city of 100,000 people or more (GeoNames) that is no first name starts a team's, a
// firm's or a constituency's name before any word (BBC set), not a person's.
TEST(People, LargeCitiesStartTeamsAndFirms) {
    EXPECT_EQ(people_in({"He joined Nottingham Forest from Glasgow Rangers, insured by Munich Re, said Joe Kinnear.",
                         "Labour holds Sheffield Brightside, and Bo Diddley played in Hull."}),
              (std::map<std::string, int>{{"Bo Diddley", 1}, {"Joe Kinnear", 1}}));
}

// A word spelt with a letter English lacks is none of the English words that block names,
// whatever it folds to ("Støre" is no "store"); the Nordic offices are titles.
TEST(People, LettersEnglishLacksAndNordicTitles) {
    EXPECT_EQ(people_in({"The minister said that Jonas Gahr Støre agreed to the plan."}),
              (std::map<std::string, int>{{"Jonas Gahr Støre", 1}}));
    EXPECT_EQ(people_in({"I dag møtte utenriksminister Huitfeldt kollegaen sin i Stockholm."}, "", "no"),
              (std::map<std::string, int>{{"Huitfeldt", 1}}));
}

// "Boulevard" and "Lane" end streets' names; a common surname among such words stays one
// after a known given name or an honorific (BBC set: "Hollywood Boulevard", "Graham Lane").
TEST(People, StreetWordsThatAreSurnames) {
    EXPECT_EQ(people_in({"Godzilla received a star on Hollywood Boulevard and at Drury Lane, said Graham Lane. "
                         "The problem, according to Mr Lane, is not division."}),
              (std::map<std::string, int>{{"Graham Lane", 2}}));
    // reuters-dev: "North" is a direction and a surname.
    EXPECT_EQ(people_in({"Marine Lt. Col. Oliver North was fired from the North Carolina post."}),
              (std::map<std::string, int>{{"Oliver North", 1}}));
}

// Wire copy's units, firms of brothers and partners, and a state gone with no successor
// are no people (reuters-dev: "N.Z. Dlrs", "Salomon Brothers", "Yugoslav delegation").
TEST(People, WireUnitsFirmsAndGoneStates) {
    EXPECT_EQ(people_in({"Debt fell to 32.94 billion N.Z. Dlrs, Salomon Brothers said.",
                         "Yugoslav delegation chief Finance Minister Svetozar Rikanovic said so."}),
              (std::map<std::string, int>{{"Svetozar Rikanovic", 1}}));
    // Offices and bodies ("Bureau", "Convention", "Cie"), and the abbreviated admiral.
    EXPECT_EQ(people_in({"The Virginia Farm Bureau and the Geneva Convention were cited by Adm. John Poindexter, "
                         "and Cie Generale said the London Interbank Offered Rate rose."}),
              (std::map<std::string, int>{{"John Poindexter", 1}}));
    // A sentence's adverb of time before a title in apposition is no surname.
    EXPECT_EQ(people_in({"Earlier, Chancellor of the Exchequer Nigel Lawson announced cuts."}),
              (std::map<std::string, int>{{"Nigel Lawson", 1}}));
}

// GeoNames' cities of two words or more are places (libgeonames0), but not one named by a
// title after someone (BBC set: "the 1993 Des Moines floods"; "Prince Edward will join").
TEST(People, CitiesOfTwoWordsArePlaces) {
    EXPECT_EQ(people_in({"A study of the 1993 Des Moines floods and of Palo Alto rents appeared. Prince Edward "
                         "will join the delegation."}),
              (std::map<std::string, int>{{"Edward", 1}}));
}

// A year's possessive before a name dates a work (BBC set: "1989's Shirley Valentine").
TEST(People, AYearsPossessiveDatesAWork) {
    EXPECT_EQ(people_in({"She starred in 1989's Shirley Valentine, said Pauline Collins."}),
              (std::map<std::string, int>{{"Pauline Collins", 1}}));
}

// A run before a firm's legal form names a firm for the whole article, unless a curated
// given name starts it: a founder's firm names the founder too (reuters-dev).
TEST(People, RunsBeforeAFirmsLegalForm) {
    EXPECT_EQ(people_in({"Oil analysts at Wood Mackenzie and Co said so. Wood Mackenzie expects more.",
                         "Harris Upham & Co Inc advised, and Harris Upham said so.",
                         "Noteholders of Ivan Boesky and Co are to be repaid, said inside trader Ivan Boesky."}),
              (std::map<std::string, int>{{"Ivan Boesky", 2}}));
}

// Where someone works is no person: "at" or "of" after a job or a person's name (BBC set:
// "said Jason Daw at Merrill Lynch", "agency Curtis Brown"; reuters-dev: "analyst Peter
// Appert of C.J. Lawrence"); "for" and "to" are followed by people.
TEST(People, AWorkplaceAfterAJobOrANameIsNoPerson) {
    EXPECT_EQ(
        people_in({"The dollar fell, said Jason Daw at Merrill Lynch. Merrill Lynch said nothing.",
                   "Tomas Lund, an economist at Morgan Stanley, agreed. Morgan Stanley expects more.",
                   "A spokesman for Michael Howard and an adviser to Gordon Brown said so."}),
        (std::map<std::string, int>{{"Jason Daw", 1}, {"Tomas Lund", 1}, {"Michael Howard", 1}, {"Gordon Brown", 1}}));
    // The owner of a workplace is a person: "head of Gordon Brown's policy unit".
    EXPECT_EQ(people_in({"Ed Balls, head of Gordon Brown's policy unit, said Gordon Brown agreed."}),
              (std::map<std::string, int>{{"Ed Balls", 1}, {"Gordon Brown", 2}}));
}

// A name before a job that is held at a firm or for a work, then a person's name, is the
// firm or the work (BBC set: "JP Morgan chief executive William Harrison", "Harry Potter
// author JK Rowling"); not a job held for a person ("Blair aide Alastair Campbell").
TEST(People, AnEmployerBeforeAJobAndANameIsNoPerson) {
    EXPECT_EQ(people_in({"JP Morgan chief executive William Harrison spoke. JP Morgan said so.",
                         "Harry Potter author Joanne Rowling wrote it, and Harry Potter sold.",
                         "Tony Blair aide Alastair Campbell left."}),
              (std::map<std::string, int>{
                  {"William Harrison", 1}, {"Joanne Rowling", 1}, {"Tony Blair", 1}, {"Alastair Campbell", 1}}));
}

// A title right after a given name is part of the name, not a title for the word after
// it (BBC set: "the Doris Duke Charitable Foundation" had given "Charitable", "Sacha Baron
// Cohen" only "Cohen").
TEST(People, ATitleAfterAGivenNameIsPartOfTheName) {
    EXPECT_EQ(people_in({"The grant came from the Doris Duke Charitable Foundation.",
                         "Victoria Wood slated comedian Sacha Baron Cohen for it."}),
              (std::map<std::string, int>{{"Sacha Baron Cohen", 1}, {"Victoria Wood", 1}}));
    EXPECT_EQ(people_in({"Crown Prince Frederik met Foreign Minister Lavrov."}),
              (std::map<std::string, int>{{"Frederik", 1}, {"Lavrov", 1}}));
}

// German "von" after a name given in full is "from" (cleaneval-dev: "Christoph Bals von
// der Umweltorganisation Germanwatch"); after a given name it is a particle.
TEST(People, GermanFromAfterAFullNameEndsIt) {
    EXPECT_EQ(people_in({"Das sagte Christoph Bals von der Umweltorganisation Germanwatch.",
                         "Ursula von der Leyen und Johann Wolfgang von Goethe sagten das."},
                        "", "de"),
              (std::map<std::string, int>{
                  {"Christoph Bals", 1}, {"Ursula von der Leyen", 1}, {"Johann Wolfgang von Goethe", 1}}));
}

// German capitalises nouns, and one often follows a name; a German article after a name
// ends it too, unless "von" or "zu" comes first (cleaneval-dev: "Küchenchef Torsten Hempel
// Zuckerschoten", "Robert Rettigs Angebot", "Pietro Kardinal Parolin den Wunsch",
// "Elisabeth Brändle das Haus"); a surname of the lists or a proper noun of the English
// ones stays ("Wolfgang Amadeus Mozart").
TEST(People, GermanNounOrArticleAfterANameEndsIt) {
    EXPECT_EQ(
        people_in({"Bei uns verwendete Küchenchef Torsten Hempel Zuckerschoten und Karotten.",
                   "Im Team stand Lena Große Scharmann, sagte Trainer Karl Klein Fisch.",
                   "Seit 2010 führt Elisabeth Brändle das Haus, sagte sie.",
                   "Die Musik schrieb Wolfgang Amadeus Mozart, und Ursula von der Leyen spielte sie den Gästen vor."},
                  "", "de"),
        (std::map<std::string, int>{{"Torsten Hempel", 1},
                                    {"Lena Große Scharmann", 1},
                                    {"Karl Klein", 1},
                                    {"Elisabeth Brändle", 1},
                                    {"Wolfgang Amadeus Mozart", 1},
                                    {"Ursula von der Leyen", 1}}));
    EXPECT_TRUE(is_german_word("angebot"));
    EXPECT_TRUE(is_german_word("arger"));  // "Ärger", folded
    EXPECT_FALSE(is_german_word("un"));    // "UN", an abbreviation
    EXPECT_TRUE(is_german_compound("zuckerschoten"));
    EXPECT_FALSE(is_german_compound("scharmann"));  // "Schar" and "Mann": a surname
}

// German roles are compounds, "-in" for a woman: "Chorleiter", "Projektleiterin".
TEST(People, GermanCompoundRolesAreTitles) {
    EXPECT_EQ(
        people_in({"Das sagte die Projektleiterin Oke Göttlich gestern.", "Vereinschef Xaver Ubl kam."}, "", "de"),
        (std::map<std::string, int>{{"Oke Göttlich", 1}, {"Xaver Ubl", 1}}));
}

// An institution hyphened to a name is named after a person and is no person itself
// (cleaneval-dev: "das Robert Koch-Institut" had given "Robert Koch-Institut").
TEST(People, AnInstitutionHyphenedToANameIsNoPerson) {
    EXPECT_EQ(people_in({"Das Robert Koch-Institut meldete das, sagte Lothar Wieler."}, "", "de"),
              (std::map<std::string, int>{{"Lothar Wieler", 1}}));
}

// A kind noun in apposition names the kind of thing the run before it is, where the
// phrase ends at the noun (BBC set: "Ford, the US car company, reported"); not "the
// godfather of the group", "a film-maker" nor a new clause's subject.
TEST(People, AKindNounInAppositionNamesAThing) {
    EXPECT_EQ(people_in({"Curtis Brown, a literary agency, said Curtis Brown would sell it."}),
              (std::map<std::string, int>{}));
    EXPECT_EQ(people_in({"But Gianni Agnelli, the godfather of the group, objected.",
                         "His sister Claire Ashcroft, a film-maker, hates it.",
                         "Directed by Antoine Fuqua, the film was poorly received."}),
              (std::map<std::string, int>{{"Gianni Agnelli", 1}, {"Claire Ashcroft", 1}, {"Antoine Fuqua", 1}}));
}

// A capitalised stop word or number word mid-sentence makes the run after it the rest of a
// title in title case (BBC set: "The Two Ronnies Sketchbook"), and a possessive of one
// letter is no part of the name ("Ali G's").
TEST(People, TitleCaseRunsAndOneLetterPossessives) {
    EXPECT_EQ(people_in({"They return in The Two Ronnies Sketchbook, said Ronnie Corbett."}),
              (std::map<std::string, int>{{"Ronnie Corbett", 1}}));
    auto found = people_in({"He slated his character Ali G's brand of humour."});
    EXPECT_TRUE(std::none_of(found.begin(), found.end(),
                             [](const auto& person) { return person.first.find('\'') != std::string::npos; }));
}

// The last words of a longer name name the same person ("Mr Baez Silva" of "Carlos Baez
// Silva", "Parker Bowles" of "Camilla Parker Bowles"), when one name ends so.
TEST(People, LastWordsOfALongerNameAreThatPerson) {
    EXPECT_EQ(people_in({"said Carlos Baez Silva, president of AARA. Mr Baez Silva estimated the losses."}),
              (std::map<std::string, int>{{"Carlos Baez Silva", 2}}));
}

// A run whose first word is an ordinary word and no first name in any list names a firm
// or a work, even before "said" (BBC set: "Time Warner said", "Ask Jeeves"), but not
// initials, nor a Chinese or Korean family name before the given name.
TEST(People, OrdinaryFirstWordsThatAreNoGivenNames) {
    EXPECT_EQ(people_in({"Profits rose. Time Warner said on Friday that it owns 8% of Google.",
                         "Shares in Ask Jeeves fell, and Plaid Cymru said nothing."}),
              (std::map<std::string, int>{}));
    EXPECT_EQ(people_in({"The original book by PL Travers sold well.",
                         "Last year, China's premier, Wen Jiabao, targeted bank lending.",
                         "The talks ended, said Ban Ki-moon, a former foreign minister."}),
              (std::map<std::string, int>{{"Ban Ki-moon", 1}, {"PL Travers", 1}, {"Wen Jiabao", 1}}));
}

// Occupations before a name are titles ("novelist Gore Vidal", "rapper Snoop Dogg",
// "Ayatollah Ruhollah Khomeini"), and an office's words, misspelt or not, go from before a
// given name (reuters-dev: "Treasury Secertary James Baker said").
TEST(People, OccupationsAndMisspeltOffices) {
    EXPECT_EQ(people_in({"But novelist Gore Vidal defended the film, as did rapper Snoop Dogg.",
                         "Iran's revolutionary leader, Ayatollah Ruhollah Khomeini, warned the nation.",
                         "Treasury Secertary James Baker said the dollar was stable."}),
              (std::map<std::string, int>{
                  {"Gore Vidal", 1}, {"James Baker", 1}, {"Ruhollah Khomeini", 1}, {"Snoop Dogg", 1}}));
    // A word one edit from a title before a capitalised word is that title (reuters-dev);
    // a surname one edit from one ends the run ("Bateman" and "batsman", "Trainor").
    EXPECT_EQ(
        people_in({"CIA Dirctor Robert Gates and former Preesident Nixon met.",
                   "The film stars Jason Bateman, said Mike Trainor."}),
        (std::map<std::string, int>{{"Jason Bateman", 1}, {"Mike Trainor", 1}, {"Nixon", 1}, {"Robert Gates", 1}}));
}

// A capital letter hyphened to a word ends that word: its full stop ends the sentence
// (BBC set: "Jay-Z. Soul singer Stevie Wonder" had made "Jay-Z. Soul" a name).
TEST(People, AHyphenedLetterIsNoInitial) {
    EXPECT_EQ(people_in({"Nominees include Hoobastank and Jay-Z. Soul singer Stevie Wonder will receive an award."}),
              (std::map<std::string, int>{{"Stevie Wonder", 1}}));
}

// An apostrophe after a word in "s" is a possessive (BBC set: "Veritas' deputy leader" had
// read as "Veritas, deputy leader"), unless it closes a quotation ("'Veritas' party").
TEST(People, PossessivesAfterAnS) {
    EXPECT_EQ(people_in({"He met Damien Hockney who is now Veritas' deputy leader.",
                         "Kilroy launches 'Veritas' party, and reads Charles Dickens' novels."}),
              (std::map<std::string, int>{{"Charles Dickens", 1}, {"Damien Hockney", 1}}));
}

// A word of an e-mail or web address is no part of a name (cleaneval-dev: a by-line ran
// on into "Reinamaria.carrasquilla@laestrella.com.pa").
TEST(People, AddressesEndNames) {
    EXPECT_EQ(
        people_in({"Por María Alejandra Carrasquilla Reinamaria.carrasquilla@laestrella.com.pa, en Panamá."}, "", "es"),
        (std::map<std::string, int>{{"María Alejandra Carrasquilla", 1}}));
}

// A quoted nickname between a name's words is no part of the name, nor does it end it
// (BBC set: "Marion "Suge" Knight", "Brian 'Head' Welch"); a name at a paragraph's start
// keeps its first word.
TEST(People, QuotedNicknamesInsideNames) {
    EXPECT_EQ(people_in({"Marion \"Suge\" Knight was arrested, and guitarist Brian 'Head' Welch quit.",
                         "Juan Antonio \u201CTony\u201D Hern\u00E1ndez was jailed, said Ana Ruiz."}),
              (std::map<std::string, int>{
                  {"Ana Ruiz", 1}, {"Brian Welch", 1}, {"Juan Antonio Hern\u00E1ndez", 1}, {"Marion Knight", 1}}));
}

TEST(Pinyin, GivenNamesOfTwoSyllablesOrMore) {
    for (std::string_view name : {"jinping", "jiabao", "keqiang", "xiaoping", "zemin", "jintao"})
        EXPECT_TRUE(is_pinyin_given_name(name)) << name;
    for (std::string_view word : {"quo", "dei", "konga", "jeeves", "deccan", "cymru", "jabao", "gia", "peng", ""})
        EXPECT_FALSE(is_pinyin_given_name(word)) << word;
}

// Sentences from the BBC set and Reuters wire copy: firms named after their founders read
// as people's names (data/firm_names.txt); the people beside them are still found.
TEST(People, FirmsNamedAfterTheirFounders) {
    auto found = people_in({"It is also working with Morgan Stanley, said finance director Jane Smith.",
                            "Key technology companies such as Intel, Microsoft, and Hewlett Packard attended.",
                            "JP Morgan Chase chief executive William Harrison apologised.",
                            "Merrill Lynch are sole bookrunners for Air China's flotation.",
                            "Shares rose, with the main Dow Jones index gaining 45 points."});
    EXPECT_EQ(found.count("Morgan Stanley"), 0u);
    EXPECT_EQ(found.count("Hewlett Packard"), 0u);
    EXPECT_EQ(found.count("JP Morgan Chase"), 0u);
    EXPECT_EQ(found.count("Merrill Lynch"), 0u);
    EXPECT_EQ(found.count("Dow Jones"), 0u);
    EXPECT_EQ(found.count("Jane Smith"), 1u);
    EXPECT_EQ(found.count("William Harrison"), 1u);
    auto wire = people_in({"DREXEL BURNHAM LAMBERT INC SAID IT HIRED ANALYST JOHN BAKER FROM DEAN WITTER."});
    EXPECT_EQ(wire.count("Drexel Burnham Lambert"), 0u);
    EXPECT_EQ(wire.count("Dean Witter"), 0u);
    // A firm's name only where it starts the run: "Walt Disney" no, "Roy Disney" yes.
    auto family = people_in({"Roy Disney, nephew of Walt Disney, quit the board of Walt Disney."});
    EXPECT_EQ(family.count("Roy Disney"), 1u);
    EXPECT_EQ(family.count("Walt Disney"), 0u);
}

TEST(People, AnIndefiniteArticleLeadsAThingsName) {
    // Capitals after "a" or "an" say "a thing of that name", not "a person".
    auto found = people_in({"If you have bought a Dell Optiplex, you may have more.",
                            "On the stand is a Subaru Impreza rally car and an Americanised Bond.",
                            "The home side were saved when a Ronan O'Gara penalty went wide."});
    expect_people(found, {"Dell Optiplex", "Subaru Impreza", "Americanised Bond"}, false);
    // A person's name as the maker of a thing needs a given name then.
    EXPECT_EQ(found.count("Ronan O'Gara"), 1u);
    // Spanish "a" leads a person as the one something is done to.
    auto spanish = people_in({"El encuentro aprobó como integrante del secretariado a Yudi Mercedes, jefa del "
                              "Departamento."},
                             "", "es");
    EXPECT_EQ(spanish.count("Yudi Mercedes"), 1u);
}

TEST(People, EnglishStartsNoName) {
    // "English" is a language's word more than England's: no country, and a run it starts
    // names a league or a firm; after a given name it is a surname.
    auto found = people_in({"They will play English Premiership side Newcastle United in the first round.",
                            "New Zealand Prime Minister Bill English said the budget was sound."});
    EXPECT_EQ(found.count("English Premiership"), 0u);
    EXPECT_EQ(found.count("Bill English"), 1u);
}

TEST(People, AnOrdinaryLastWordNoListHoldsAsASurnameMakesAThing) {
    // Only capitals mark these as names, and their last word is an ordinary word that is
    // nobody's surname: products, firms, titles.
    auto found = people_in({"The console will link to Xbox Live next year, said the firm.",
                            "Chips from Texas Instruments went on sale with a Merry Christmas Everybody tune."});
    expect_people(found, {"Xbox Live", "Texas Instruments", "Merry Christmas Everybody"}, false);
    // A surname that is a word is a listed one; a speech verb before the name, initials or
    // a particle in it, or the last word standing alone as a surname keep a person.
    auto people = people_in({"The plan was backed by Gordon Brown, who spoke first.",
                             "\"It is over,\" said Ros Coward, who wrote the biography.",
                             "Analysts quoted by P. S. Tam agreed, and so did Osama bin Laden's aides."});
    expect_people(people, {"Gordon Brown", "Ros Coward", "P. S. Tam", "Osama bin Laden"}, true);
}

TEST(People, ACapitalsNameInAPersons) {
    auto found = people_in({"The film stars Denzel Washington, said producer Michael London.",
                            "The novel by Jack London was filmed with Santiago Cabrera.",
                            "Flights from London Heathrow were cut, and Paris St Germain lost."});
    expect_people(found, {"Denzel Washington", "Michael London", "Jack London", "Santiago Cabrera"}, true);
    expect_people(found, {"London Heathrow", "Paris St Germain"}, false);
}

}  // namespace
}  // namespace newsdex
