/** @file people.hpp
 *  @brief People named in an article.
 *
 * Method (a rule-based recogniser over tokens, in the tradition of gazetteer + context NER):
 *  1. Runs of capitalised words joined by spaces or hyphens (name particles such as "de",
 *     "van", "bin" may sit inside) are cut at words that are never names: titles and roles,
 *     organisation and place words, time words, country words, stop words, but for a
 *     capital's name after a given name or as one ("Denzel Washington", "Santiago
 *     Solari"). Country names and places of two words or more ("Los Angeles", "Andhra
 *     Pradesh"; place_names.hpp) are passed over whole.
 *  2. A piece of two to four words is a person when there is evidence: a title or role
 *     before it ("Foreign Minister Sergei Lavrov"), a known given name first ("Delcy
 *     Rodriguez": data/given_names.txt, or a census list's name that is no word, place
 *     or title here and follows no "the", "in" or "at"), a speech verb after it ("…
 *     Zakharova said"), or it stands mid-sentence (where capitals mean a proper noun,
 *     not a sentence start; not after "the", "in", "at", nor on an English page "a" or
 *     "an": "a Dell Optiplex"). The last two say only
 *     "proper noun": a piece made of ordinary dictionary words (dictionary_words.hpp:
 *     "Deposit Insurance") is then a thing, and after a title too when it has more than
 *     one word ("Foreign Agricultural Service"); so is a piece whose first word is an
 *     ordinary word and no one's first name ("Time Warner said", "Ask Jeeves"), but for
 *     initials ("PL Travers") and a family name before a Korean or a Chinese given name
 *     ("Ban Ki-moon", "Wen Jiabao": pinyin.hpp); and so is one on an English page whose
 *     last word is an ordinary word no surname list holds ("Xbox Live", "Texas
 *     Instruments"; not after a speech verb, nor with initials, a particle, or a last
 *     word that stands alone as a surname). A piece the run continues into an
 *     organisation or place word ("New York Stock Exchange", "Simon Wiesenthal Center")
 *     or into a title ("Deputy Treasury Secretary") is never a person, nor is one that
 *     starts with an ordinary word and holds a particle ("Ville de Montréal"). Ordinary
 *     and proper words glued before a given name or initials are dropped ("Chief of Staff
 *     Howard Baker", "Texan Michael Chicoine").
 *     A title in apposition is evidence too ("Beryl Sprinkel, chairman of the council"),
 *     and so is the last word called a surname alone elsewhere in the article ("Jorio
 *     Dauster" where "Dauster said" follows, "Cory Doctorow" where "Mr Doctorow" does),
 *     for a piece with no ordinary word in it. A capital opening a quotation is a
 *     sentence's (`joking: "Unfortunately I'm`), and a contraction is in no name.
 *  3. One-word pieces, hyphened or not ("Blair", "Kilroy-Silk"), are surname mentions:
 *     they count for the full name seen in the article with that surname (the nearest
 *     one before, if several), or stand as a person
 *     on their own after a role or with one in apposition ("President Reagan"); a word
 *     that only qualifies a role ("former", "then", "managing") is no role here ("the
 *     former WorldCom boss", "Managing Python"). A speech
 *     verb alone is not enough: companies and ministries say things too ("Sophos said").
 *  Wire copy misspells titles: in English a word one edit from a title of six letters or
 *  more, before a capitalised word, is that title ("Preesident Nixon").
 *  Words in capitals are acronyms in mixed-case text ("NBC"), except two initials before
 *  a surname ("JM Coetzee"); particles do not count towards the four words of a name.
 *  Brands are spelt as names are not ("PlayStation", "ISPs": a capital after a small
 *  letter other than in "McCartney", "DiCaprio"...), numbers name groups ("the Guildford
 *  Four"), and a title's possessive names something its holder owns ("the journalist's
 *  ISPs"). A run a kind noun introduces ("the film Vera Drake", "US firm Grant
 *  Thornton", "the band Franz Ferdinand"; data/thing_kinds.txt) is that thing wherever
 *  the article names it, given name or not; so is a run before a firm's legal form ("Wood
 *  Mackenzie and Co"), unless a curated given name starts it, the run after a year's
 *  possessive ("1989's Shirley Valentine"), a workplace after "at" or "of" and a job or
 *  a name ("an economist at Morgan Stanley", "said Jason Daw at Merrill Lynch"), an
 *  employer before a job and a name ("JP Morgan chief executive William Harrison",
 *  "Harry Potter author …") and a run a kind noun closes in apposition ("Ford, the US
 *  car company,"). A capitalised title right after a given name is in the name ("Sacha
 *  Baron Cohen"; "Doris Duke Charitable" is no "Duke Charitable"), and German "von"
 *  after a name in full is "from" ("Christoph Bals von der Umweltorganisation …"); an
 *  institution hyphened to a name is no person ("Robert Koch-Institut"). A place that is
 *  no first name before the plural of an English noun is a team or a firm ("Leeds
 *  Rhinos"; not "Kent Rogers"), in English as written so is any word that is no first
 *  name before one that is no common surname ("Beastie Boys", "Boca Juniors"), and so is
 *  a city of 100,000 people or more before any word ("Nottingham Forest", "Munich Re";
 *  place_names.hpp); a capitalised occupation before an English word labels a thing
 *  ("Player Name"), and a capitalised stop word or number mid-sentence starts a title
 *  ("The Two Ronnies Sketchbook"). A given name that is also a word never in names ("Bill",
 *  "Jesus") starts a name before a word that may be in one ("Bill Gates", not "the
 *  Finance Bill"), and a common surname that ends names elsewhere ends one that starts
 *  with a given name ("Theresa May", "John Major"; data/surname_words.txt).
 *  4. Spelling variants of one person in the article are merged (person_identity.hpp), and
 *     a surname with its particle ("De Clercq"), or the last words of a longer name ("Mr
 *     Baez Silva"), with the one full name that ends in it;
 *     so is a name with a plain genitive "s" (German "Marie Kondos Buch") with the name
 *     without it (one seen only before what it owns is that name: "Silvio Berlusconis
 *     „Rubygate“"; genitive_reading), a name given again with one more word that is no
 *     ordinary word with the longer ("Juan Carlos Ferrero"), and one run on into an
 *     ordinary word with the shorter ("Adam Smith Lecture").
 * Upper-case text (wire copy, archives) carries no capitalisation signal: there a name
 * needs a title before it, a known given name first or a quote of its last word, runs are
 * cut at any stop word, ordinary words at a name's end go ("REAGAN SAID"; a past tense
 * even after a given name: "KING FAHD REITERATED"; not the hyphened half of a surname,
 * "KILROY-SILK"), and so do ordinary words before a given name ("CORPORATE RAIDER CARL
 * ICAHN"); a single letter after a given name is an initial ("GEORGE W BUSH"), a
 * common surname that is also a title ends a name before an ordinary word ("JOHN MAJOR
 * SAID"), and a verb that follows the one who acts ends a run ("RAFTER WANTS RODDICK"),
 * as any ordinary word does after a given name and a word that is none ("NEIL MELLOR
 * GAVE"). A census list's English surname that is also a word stays after a given name
 * ("MORGAN FREEMAN TOOK", "MICROSOFT CHIEF BILL GATES,", "IAIN DUNCAN SMITH"; not the verb
 * "SCOTT MAY BE"), two letters before a given name are a firm's ("JP MORGAN CHASE"),
 * kind nouns and inflected words at a run's start go ("ANALYST FIRM GARTNER"), a verb
 * after a given name is no surname ("LEE WENT"), and an ordinary word is one after a form
 * of address or, a common surname, after a role ("MR BROWN", "PRESIDENT BUSH").
 * A generational suffix stays with the name it ends ("Martin Luther King Jr").
 * On an English page a run that a French, Spanish or Italian article starts ("La
 * Traviata", "Le Figaro") is a title, or a surname mention ("El Guerrouj").
 * A run of words that are no ordinary ones, whose last word stands alone elsewhere in the
 * article (mid-sentence among small letters, or in capitals among ordinary words), is a
 * name though no list knows its given name ("Lleyton Hewitt" where "think Hewitt might"
 * follows, "MARAT SAFIN" where "SAFIN SHOWED"), unless its first word stands alone too,
 * follows an article or reads as English made of English words ("SONY PSP", "THE
 * CARMAKER", "GOALSCORER TOURE").
 * German, which capitalises every noun, needs the same evidence, and so do Polish and
 * Russian, which inflect names of places and bodies that no compiled-in word list tells
 * from people's ("Wielką Brytanię", "Unii Europejskiej"); in any language the
 * page's own stop words end names too, and its roles count as titles
 * (data/person_titles.txt; German compounds such as "Innenminister", "Chorleiterin" as
 * well). On a German page a German article ends a name but after "von" or "zu" ("Elisabeth
 * Brändle das Haus"), and so does a noun of the German list after a given name and a
 * surname ("Robert Rettigs Angebot", "Torsten Hempel Zuckerschoten"; dictionary_words.hpp).
 */
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/extract/tokens.hpp"

namespace newsdex {

struct PersonMention {
    std::string key;   ///< person_key() of the display name
    std::string name;  ///< display name: the fullest, accented spelling seen
    int mentions = 0;
    std::vector<std::string> variant_keys;  ///< other keys of the same person seen here
};

/// People named in `paragraphs` (mentions in `title` count for people found there),
/// most mentioned first. `language`: the article's (CleanedArticle::language); its stop
/// words end names, and in German, Polish and Russian capitals are no evidence of a name.
[[nodiscard]] std::vector<PersonMention> extract_people(const std::vector<std::string>& paragraphs,
                                                        const std::string& title, std::string_view language = "en");
/// The same over text the caller already tokenised.
[[nodiscard]] std::vector<PersonMention> extract_people(const TokenizedText& text, const std::string& title,
                                                        std::string_view language = "en");

/// Builds the word lists extract_people uses (prepare_extraction, extractor.hpp).
void prepare_person_lexicon();

}  // namespace newsdex
