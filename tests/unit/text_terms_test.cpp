/** @file text_terms_test.cpp
 *  @brief The indexer's own term generation against Xapian's TermGenerator, the rules it
 *  must reproduce: same terms, wdf and positions on articles and on random text.
 */
#include "common/index/text_terms.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "common/index/caching_stemmer.hpp"
#include "common/schema.hpp"
#include "common/text/fold.hpp"
#include "common/text/indexed_words.hpp"
#include "common/text/utf8.hpp"

namespace newsdex {
namespace {

/// term, wdf, positions: a document's terms as a comparable list.
using TermDump = std::vector<std::tuple<std::string, Xapian::termcount, std::vector<Xapian::termpos>>>;

TermDump dump(const Xapian::Document& document) {
    TermDump terms;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        terms.emplace_back(*term, term.get_wdf(),
                           std::vector<Xapian::termpos>(term.positionlist_begin(), term.positionlist_end()));
    }
    return terms;
}

/// Each text filed as the indexer files an article's title, prefixed title and body.
struct Filing {
    std::string title;
    std::string body;
};

TermDump filed_by_xapian(const Filing& filing) {
    Xapian::Document document;
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem(std::string(schema::stemmer_language)));
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL);
    generator.set_document(document);
    generator.index_text(filing.title, schema::title_weight);
    generator.index_text(filing.title, 1, std::string(schema::prefix::title));
    generator.increase_termpos(schema::field_gap);
    generator.index_text(filing.body);
    return dump(document);
}

TermDump filed_by_text_terms(const Filing& filing, CachingStemmer& stemmer) {
    TextTerms terms(stemmer);
    terms.add_text(filing.title, schema::title_weight);
    terms.add_text(filing.title, 1, schema::prefix::title);
    terms.skip_positions(schema::field_gap);
    terms.add_text(filing.body, 1);
    Xapian::Document document;
    terms.add_to(document, true);
    return dump(document);
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    IndexedWordReader reader(text);
    for (std::string word; reader.next(word);) words.push_back(word);
    return words;
}

TEST(IndexedWords, AsciiWordCharactersAreXapians) {
    for (unsigned c = 1; c < 0x80; ++c) {
        std::string text(1, static_cast<char>(c));
        EXPECT_EQ(words_of(text).size(), Xapian::Unicode::is_wordchar(c) ? 1u : 0u) << "character " << c;
    }
}

TEST(IndexedWords, FollowsXapiansRules) {
    EXPECT_EQ(words_of("AT&T's C++ and C# beat fish+chips"),
              (std::vector<std::string>{"at&t's", "c++", "and", "c#", "beat", "fish", "chips"}));
    EXPECT_EQ(words_of("U.S.A. U.N 1,000.50 don\u2019t C++++ x"),
              (std::vector<std::string>{"usa", "un", "1,000.50", "don't", "c", "x"}));
    EXPECT_EQ(words_of("snake_case Stra\u00dfe \u00c9COLE zero\u200bwidth 3;4 a;b"),
              (std::vector<std::string>{"snake_case", "stra\u00dfe", "\u00e9cole", "zerowidth", "3;4", "a", "b"}));
}

TEST(TextTerms, FileWhatTermGeneratorFilesOnEdgeCases) {
    CachingStemmer stemmer{std::string(schema::stemmer_language)};
    const std::vector<std::string> texts = {
        "",
        "AT&T's C++ and C# beat fish+chips; U.S.A. U.N. U.Sx 1,000.50 3'4 don\u2019t o\u201bneill",
        "C++++ C+ C+x X# #tag end+",
        "Running runners ran; the generously generalised generalisations",
        std::string(70, 'a') + " short " + std::string(64, 'b') + " \u00e9" + std::string(63, 'c'),
        "\u4e2d \u6587 \u0628\u064a\u0631\u0648\u062a \u0661\u066c\u0662 \uff11\uff12 \u0e01\u0e32\u0e23",
        "caf\u0065\u0301 na\u00efve \u00b7middle\u00b7dot \u2027 a\u2027b a\u05f4b",
        "end.",
        "A.",
        "A.B",
        "AB.C.",
        "a_",
        "_",
        "\u200b",
        "x\u00b7",
    };
    for (const auto& title : texts) {
        for (const auto& body : texts) {
            Filing filing{title, body};
            ASSERT_EQ(filed_by_text_terms(filing, stemmer), filed_by_xapian(filing)) << title << " | " << body;
        }
    }
}

/// Real articles, as they come and folded as the indexer folds them.
TEST(TextTerms, FileWhatTermGeneratorFilesOnArticles) {
    CachingStemmer stemmer{std::string(schema::stemmer_language)};
    std::size_t articles = 0;
    for (const char* folder : {"/tests/labelled/articles", "/corpus"}) {
        for (const auto& entry : std::filesystem::directory_iterator(std::string(NEWSDEX_SOURCE_DIR) + folder)) {
            std::ifstream file(entry.path(), std::ios::binary);
            std::stringstream buffer;
            buffer << file.rdbuf();
            std::string text = buffer.str();
            if (utf8::first_invalid(text)) continue;
            std::string title = text.substr(0, text.find('\n'));
            EXPECT_EQ(filed_by_text_terms({title, text}, stemmer), filed_by_xapian({title, text})) << entry.path();
            EXPECT_EQ(filed_by_text_terms({fold(title), fold(text)}, stemmer),
                      filed_by_xapian({fold(title), fold(text)}))
                << entry.path();
            ++articles;
        }
    }
    EXPECT_GE(articles, 10u);
}

/// Random text from the characters the rules treat apart, in every order.
TEST(TextTerms, FileWhatTermGeneratorFilesOnRandomText) {
    const std::vector<std::string> pieces = {
        "a",      "B",      "z",      "Q",      "0",      "7",      ".",      ",",      ";",          "'",
        "\u2019", "\u201b", "&",      "+",      "#",      "_",      "-",      " ",      " ",          "\n",
        "\u00b7", "\u05f4", "\u2027", "\u200b", "\u200d", "\u2060", "\ufeff", "\u00e9", "\u00c9",     "\u0301",
        "\u0661", "\uff11", "\u4e2d", "\u0391", "\u03c3", "\u037e", "\u2044", "\u00a0", "\U0001F600", "\u0130",
    };
    CachingStemmer stemmer{std::string(schema::stemmer_language)};
    std::mt19937 random(20261206);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1), length(0, 40);
    for (int round = 0; round < 20000; ++round) {
        Filing filing;
        for (std::string* text : {&filing.title, &filing.body}) {
            for (std::size_t count = length(random); count > 0; --count) *text += pieces[piece(random)];
        }
        ASSERT_EQ(filed_by_text_terms(filing, stemmer), filed_by_xapian(filing))
            << "title [" << filing.title << "] body [" << filing.body << "]";
    }
}

}  // namespace
}  // namespace newsdex
