/** @file countries_test.cpp
 *  @brief Country extraction: names, short forms, demonyms, capitals, ambiguous names.
 */
#include "common/extract/countries.hpp"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <map>

#include "common/clean/block_classifier.hpp"
#include "common/extract/demonym_forms.hpp"

namespace newsdex {
namespace {

std::map<std::string, int> countries_in(const std::string& text, std::string_view language = "en") {
    std::map<std::string, int> found;
    for (const auto& country : extract_countries({text}, language)) found[country.code] = country.mentions;
    return found;
}

TEST(Countries, NamesShortFormsAndDemonyms) {
    struct Case {
        std::string text;
        std::map<std::string, int> expected;
    };
    for (const auto& c : std::vector<Case>{
             {"Venezuelan President Nicolás Maduro met Russia's envoy.", {{"VE", 1}, {"RU", 1}}},
             {"a U.S.-backed faction and the UK and Britain", {{"US", 1}, {"GB", 2}}},
             {"guided by Norwegian diplomats and Chinese support", {{"NO", 1}, {"CN", 1}}},
             {"Russian-Venezuelan relations", {{"RU", 1}, {"VE", 1}}},
             {"talks in the Democratic Republic of the Congo", {{"CD", 1}}},
             {"a tour of Latin America and South American states", {}},
             {"Côte d’Ivoire and Ivory Coast", {{"CI", 2}}},
             {"let us go", {}},
             // Institutions of one country stand for it (reuters-dev: the budget office, the
             // tax service; US-style "X Department" names).
             {"Office of Management and Budget Director James Miller said so", {{"US", 1}}},
             {"the Internal Revenue Service and the Transportation Department", {{"US", 2}}},
         }) {
        EXPECT_EQ(countries_in(c.text), c.expected) << c.text;
    }
}

// A one-word nationality adjective naming a language is no mention of the country; people
// of that nationality, and a many-word adjective, are.
TEST(Countries, LanguageNamesAreNoCountries) {
    struct Case {
        std::string text;
        std::map<std::string, int> expected;
    };
    for (const auto& c : std::vector<Case>{
             {"Hip-hop is popular in the Spanish-speaking world, with Thai subtitles.", {}},
             {"\"Mente\" means mind (also in Italian). It was translated from German.", {}},
             {"People from Indian and Chinese backgrounds did well.", {{"IN", 1}, {"CN", 1}}},
             {"Carmen, translated into the South African language Xhosa.", {{"ZA", 1}}},
             {"Travellers in Germans, Norwegians and Swedes lost phones.", {{"DE", 1}, {"NO", 1}, {"SE", 1}}},
             {"They will play English Premiership side Newcastle in English.", {}},
         }) {
        EXPECT_EQ(countries_in(c.text), c.expected) << c.text;
    }
}

TEST(Countries, AfterAnElidedArticle) {
    std::map<std::string, int> found;
    for (const auto& country : extract_countries({"Les exportations de l’Italie et d'Allemagne ont baissé."}, "fr"))
        found[country.code] = country.mentions;
    EXPECT_EQ(found, (std::map<std::string, int>{{"IT", 1}, {"DE", 1}}));
}

TEST(Countries, CapitalsCountOnlyAsTheGovernment) {
    EXPECT_EQ(countries_in("Moscow has denounced the sanctions."), (std::map<std::string, int>{{"RU", 1}}));
    EXPECT_EQ(countries_in("a socialist who Washington wants out of power"), (std::map<std::string, int>{{"US", 1}}));
    EXPECT_TRUE(countries_in("Lavrov met his counterpart in Moscow on Monday.").empty());
    // The object of a preposition is not the subject of the verb after it (BBC set).
    EXPECT_TRUE(countries_in("He believes the European Indoors in Madrid represent a chance.").empty());
    EXPECT_TRUE(countries_in("The unnamed woman from Georgia says the chip is wrong.").empty());
    // Inside a run of names a capital is a surname or a club's: no government.
    EXPECT_TRUE(countries_in("Denzel Washington said the film was good.").empty());
    EXPECT_TRUE(countries_in("The response to Real Madrid was the same.").empty());
    EXPECT_EQ(countries_in("MOSCOW HAS DENOUNCED THE SANCTIONS."), (std::map<std::string, int>{{"RU", 1}}));
}

TEST(Countries, AmbiguousNamesNeedToStandAlone) {
    EXPECT_TRUE(countries_in("Michael Jordan scored 40 points.").empty());
    EXPECT_TRUE(countries_in("Chad Smith played drums.").empty());
    EXPECT_TRUE(countries_in("We ate turkey on Thursday.").empty());
    EXPECT_TRUE(countries_in("Georgia Tech won the game.").empty());
    EXPECT_TRUE(countries_in("Born in New Jersey, she wore the yellow jersey. Jersey City is near.").empty());
    EXPECT_TRUE(countries_in("He played college basketball in Georgia.").empty());
    EXPECT_EQ(countries_in("The meeting took place in Antalya, Turkey, the Turkish resort."),
              (std::map<std::string, int>{{"TR", 2}}));
    EXPECT_EQ(countries_in("Jordan has closed its border."), (std::map<std::string, int>{{"JO", 1}}));
    // "Pole" is also the pole of a vault, a race's start and the North Pole.
    EXPECT_TRUE(countries_in("Explorers reached the North Pole. Pole vaulter Brown won. POLE POSITION.").empty());
    EXPECT_EQ(countries_in("The Polish team said two Poles won."), (std::map<std::string, int>{{"PL", 2}}));
}

// "Holland" is a surname and in place names too: it counts standing alone, with nothing
// else to corroborate it, and a stop word starting the sentence is no run.
TEST(Countries, HollandCountsStandingAlone) {
    EXPECT_TRUE(countries_in("Jools Holland played at Holland Park.").empty());
    EXPECT_EQ(countries_in("Holland beat Germany. The Holland coach smiled."),
              (std::map<std::string, int>{{"NL", 2}, {"DE", 1}}));
}

// "UK's" is the UK: a form in capitals matches with a possessive after it.
TEST(Countries, AbbreviationWithAPossessive) {
    EXPECT_EQ(countries_in("An inquiry by the UK's Office of Fair Trading and the US’s regulator."),
              (std::map<std::string, int>{{"GB", 1}, {"US", 1}}));
}

TEST(Countries, UpperCaseWireCopy) {
    EXPECT_EQ(countries_in("JAPANESE AND U.S. OFFICIALS MET IN TOKYO. TELL US MORE."),
              (std::map<std::string, int>{{"JP", 1}, {"US", 1}}));
    // "US" without full stops: the country after a determiner or before a hyphen only.
    EXPECT_EQ(countries_in("THE US ECONOMY GREW, A US FIRM SAID. US-LED TALKS HELP US ALL. LET US GO."),
              (std::map<std::string, int>{{"US", 3}}));
    EXPECT_EQ(countries_in("GIVE US TIME, HE TOLD US."), (std::map<std::string, int>{}));
}

// A page's own language names countries too; a name that is also an English word counts
// only on its own ("aus Island", not "Long Island").
TEST(Countries, NamesInThePageLanguage) {
    EXPECT_EQ(countries_in("Frankreich und Deutschland streiten, die Vereinigten Staaten schweigen.", "de"),
              (std::map<std::string, int>{{"DE", 1}, {"FR", 1}}));
    EXPECT_EQ(countries_in("Rusia y Ucrania negocian con Estados Unidos.", "es"),
              (std::map<std::string, int>{{"RU", 1}, {"UA", 1}, {"US", 1}}));
    EXPECT_EQ(countries_in("Er wuchs in Island auf und lebte später auf Long Island.", "de"),
              (std::map<std::string, int>{{"IS", 1}}));
    EXPECT_EQ(countries_in("Frankreich und Deutschland streiten.", "en"), (std::map<std::string, int>{}));
    // Chinese and Japanese, as words of ICU's dictionary: not "加纳" (Ghana) of "增加纳税"
    // (to pay more tax), not "日本" of "今日本地" (today's local), not India in Indonesia.
    EXPECT_EQ(countries_in("他说中国和日本应该加强合作。美国也表示欢迎。", "zh"),
              (std::map<std::string, int>{{"CN", 1}, {"JP", 1}, {"US", 1}}));
    EXPECT_EQ(countries_in("政府决定增加纳税人的负担。这是今日本地新闻。印度尼西亚和印度的代表出席。", "zh"),
              (std::map<std::string, int>{{"ID", 1}, {"IN", 1}}));
    EXPECT_EQ(countries_in("日本政府は中国と韓国に支援を求めました。", "ja"),
              (std::map<std::string, int>{{"CN", 1}, {"JP", 1}, {"KR", 1}}));
}

// Nationality words in the page's language count as English demonyms do, inflected and in
// lower case; a German genitive is written joined ("Deutschlands"). Not the language
// ("der deutschen Sprache", "en español", "ins Französische"), a surname after a given
// name ("Thomas Schweizer"), a street ("Griechische Allee") nor the Indian Ocean.
TEST(Countries, NationalityWordsInThePageLanguage) {
    EXPECT_EQ(countries_in(
                  "Die französischen Behörden und der Österreicher Lukas Nemecz; die größte Show Deutschlands.", "de"),
              (std::map<std::string, int>{{"AT", 1}, {"DE", 1}, {"FR", 1}}));
    EXPECT_EQ(countries_in("Die Amerikanerin gewann vor zwei Schweden und einer Französin.", "de"),
              (std::map<std::string, int>{{"FR", 1}, {"SE", 1}, {"US", 1}}));
    EXPECT_EQ(countries_in(
                  "Das Wörterbuch der deutschen Sprache, ins Französische übersetzt, liegt im Indischen Ozean.", "de"),
              (std::map<std::string, int>{}));
    EXPECT_EQ(countries_in("Thomas Schweizer wohnt an der Griechischen Allee.", "de"), (std::map<std::string, int>{}));
    EXPECT_EQ(countries_in("Le gouvernement français et la presse italienne; une traduction en espagnol.", "fr"),
              (std::map<std::string, int>{{"FR", 1}, {"IT", 1}}));
    EXPECT_EQ(
        countries_in("Las autoridades francesas y la economía china; los exiliados cubanos hablan en español.", "es"),
        (std::map<std::string, int>{{"CN", 1}, {"CU", 1}, {"FR", 1}}));
    // Only on pages of their language: "deutschen" on an English page is no word of it.
    EXPECT_EQ(countries_in("The deutschen Wetterdienst said.", "en"), (std::map<std::string, int>{}));
}

// The regular inflections of data/demonyms_by_language.tsv's '*' forms, folded.
TEST(Countries, NationalityWordsAreInflectedByTheirLanguage) {
    using Forms = std::vector<std::string>;
    EXPECT_EQ(demonym_forms("de", "französisch*"),
              (Forms{"franzosische", "franzosischen", "franzosischer", "franzosisches", "franzosischem"}));
    EXPECT_EQ(demonym_forms("de", "Amerikaner*"),
              (Forms{"amerikaner", "amerikanern", "amerikanerin", "amerikanerinnen"}));
    EXPECT_EQ(demonym_forms("de", "Franzose*"), (Forms{"franzose", "franzosen", "franzosin", "franzosinnen"}));
    EXPECT_EQ(demonym_forms("de", "Französin"), (Forms{"franzosin"}));
    EXPECT_EQ(demonym_forms("fr", "italien*"), (Forms{"italien", "italiens", "italienne", "italiennes"}));
    EXPECT_EQ(demonym_forms("fr", "français*"), (Forms{"francais", "francaise", "francaises"}));
    EXPECT_EQ(demonym_forms("fr", "belge*"), (Forms{"belge", "belges"}));
    EXPECT_EQ(demonym_forms("es", "francés*"), (Forms{"frances", "francesa", "franceses", "francesas"}));
    EXPECT_EQ(demonym_forms("es", "mexicano*"), (Forms{"mexicano", "mexicana", "mexicanos", "mexicanas"}));
    EXPECT_EQ(demonym_forms("es", "iraquí*"), (Forms{"iraqui", "iraquies", "iraquis"}));
}

TEST(Countries, ChineseAndJapanesePagesAreToldByTheirScript) {
    EXPECT_EQ(choose_language({"他说中国和日本应该加强合作。"}), "zh");
    EXPECT_EQ(choose_language({"日本政府は中国と韓国に支援を求めました。"}), "ja");
    EXPECT_EQ(choose_language({"the minister said that 中国 was there"}), "en");
}

// Pages in the Nordic languages, Finnish and Hungarian get their own stop words, not those
// of a language that shares a few short words with them (cleaneval-dev: a Norwegian page
// had been English, by "i", "at" and "for", and a Hungarian one Spanish), and their
// country names in their own language.
TEST(Countries, NordicFinnishAndHungarianPagesAreToldApart) {
    EXPECT_EQ(choose_language({"TINE Fotballskole er en fantastisk og veldig populær aktivitet for barn, og vi er "
                               "glade for at så mange har vært med i år etter en annerledes sesong."}),
              "no");
    EXPECT_EQ(choose_language({"Jeg har ikke set ham siden han flyttede, men hvad skal man gøre, når det er "
                               "efter midnat og vi kun har mig og dig tilbage."}),
              "da");
    EXPECT_EQ(choose_language({"Det var inte första gången som hon och hennes vänner hade varit där, men nu "
                               "skulle de stanna över natten eftersom det regnade."}),
              "sv");
    EXPECT_EQ(choose_language({"Hän sanoi, että se oli hyvä päätös, mutta kun kaikki olivat paikalla, he eivät "
                               "voineet olla myös tyytyväisiä siihen, mitä tapahtui."}),
              "fi");
    EXPECT_EQ(choose_language({"A tésztát azonnal meg kell sütni, vagy tároljuk őket jól záródó dobozban, hogy "
                               "ne száradjanak ki, mert akkor már nem lesz olyan finom."}),
              "hu");
    EXPECT_EQ(countries_in("Norge og Sverige spiller mot Tyskland.", "no"),
              (std::map<std::string, int>{{"NO", 1}, {"SE", 1}, {"DE", 1}}));
}

TEST(Countries, NamesEveryCodeAsICUDoes) {
    // The compiled-in names (data/country_names.tsv) are ICU's, so indexes built before and
    // after the copy show the same names; this fails if a newer ICU renames a country.
    for (const char* const* code = icu::Locale::getISOCountries(); *code; ++code) {
        icu::UnicodeString display;
        icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), display);
        std::string expected;
        display.toUTF8String(expected);
        EXPECT_EQ(country_name(*code), expected) << *code;
    }
    EXPECT_EQ(country_name("CI"), "Côte d’Ivoire");
    EXPECT_EQ(country_name("EU"), "European Union");  // not in the copy: ICU answers
}

TEST(Countries, ResolvesWhatUsersType) {
    EXPECT_EQ(resolve_country("VE"), "VE");
    EXPECT_EQ(resolve_country("ve"), "VE");
    EXPECT_EQ(resolve_country("venezuela"), "VE");
    EXPECT_EQ(resolve_country("Venezuelan"), "VE");
    EXPECT_EQ(resolve_country("united states"), "US");
    EXPECT_EQ(resolve_country("türkiye"), "TR");
    EXPECT_EQ(resolve_country("Frankreich"), "FR");
    EXPECT_EQ(resolve_country("estados unidos"), "US");
    EXPECT_EQ(resolve_country("中国"), "CN");
    EXPECT_FALSE(resolve_country("atlantis").has_value());
    EXPECT_EQ(country_name("VE"), "Venezuela");
}

}  // namespace
}  // namespace newsdex
