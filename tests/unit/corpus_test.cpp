/** @file corpus_test.cpp
 *  @brief Front matter, dates, article reading, saved web pages, corpus walking.
 */
#include <gtest/gtest.h>

#include "common/corpus/article.hpp"
#include "common/corpus/corpus_walk.hpp"
#include "common/corpus/front_matter.hpp"
#include "common/corpus/html_page.hpp"
#include "common/corpus/linked_data.hpp"
#include "common/corpus/source_stamp.hpp"
#include "common/error.hpp"
#include "common/index/indexed_documents.hpp"
#include "tests/support/test_corpus.hpp"

namespace newsdex {
namespace {

TEST(PartialDate, ParsesIsoForms) {
    EXPECT_EQ(parse_iso_date("2020")->iso(), "2020");
    EXPECT_EQ(parse_iso_date("2020-02")->iso(), "2020-02");
    EXPECT_EQ(parse_iso_date("2024-02-29")->iso(), "2024-02-29");
    for (const char* bad : {"2023-02-29", "2020-13", "20", "2020-1-1", "yesterday", "2020-02-06x"}) {
        EXPECT_FALSE(parse_iso_date(bad).has_value()) << bad;
    }
}

TEST(FrontMatter, SplitsFieldsFromBody) {
    auto split = split_front_matter("---\ndate: 2020-02\ntitle: \"A title\"\nsource: Wire\n---\nBody line\n");
    EXPECT_EQ(split.front_matter.date->iso(), "2020-02");
    EXPECT_EQ(*split.front_matter.title, "A title");
    EXPECT_EQ(*split.front_matter.source, "Wire");
    EXPECT_EQ(split.body, "Body line\n");
}

TEST(FrontMatter, NoFrontMatterKeepsText) {
    auto split = split_front_matter("Headline\n\nBody");
    EXPECT_FALSE(split.front_matter.date.has_value());
    EXPECT_EQ(split.body, "Headline\n\nBody");
}

TEST(FrontMatter, ErrorsNameTheProblem) {
    try {
        (void)split_front_matter("---\ndate: 2020\nnever closed\n");
        FAIL();
    } catch (const ArticleError& error) {
        EXPECT_NE(std::string(error.what()).find("never closes"), std::string::npos);
    }
    try {
        (void)split_front_matter("---\ndate: 06/02/2017\n---\nx");
        FAIL();
    } catch (const ArticleError& error) {
        EXPECT_NE(std::string(error.what()).find("line 2"), std::string::npos);
    }
}

// Files saved on Windows (CR LF) or an old Mac (CR) read as the same article as with LF:
// front matter, headline and paragraphs alike.
TEST(Article, ReadsWindowsAndOldMacLineEnds) {
    const std::string unix_file = "---\ntitle: Port strike ends\n---\nDockers return.\n\nTalks resume.\n";
    Article with_lf = parse_article("a.txt", unix_file);
    for (const std::string line_end : {"\r\n", "\r"}) {
        std::string file;
        for (char c : unix_file) file += c == '\n' ? line_end : std::string(1, c);
        Article article = parse_article("a.txt", file);
        EXPECT_EQ(article.front_matter.title, "Port strike ends");
        EXPECT_EQ(article.text, with_lf.text);
    }
    EXPECT_EQ(parse_article("a.html", "<title>T</title><p>One\r\ntwo</p>").text, "T\nOne two\n");
}

// A scraper's leftover character references are decoded in the body, the headline and
// the source, not in the URL (whose "&amp;" may be what the page linked to).
TEST(Article, DecodesCharacterReferencesLeftInTheText) {
    Article article = parse_article("a.txt",
                                    "---\ntitle: Jos&#233; Barroso&#39;s plan\nsource: Le Monde &amp; AFP\n"
                                    "url: https://example.com/?a=1&amp;b=2\n---\nCaf&eacute; talks &mdash; again.\n");
    EXPECT_EQ(article.front_matter.title, "José Barroso's plan");
    EXPECT_EQ(article.front_matter.source, "Le Monde & AFP");
    EXPECT_EQ(article.front_matter.url, "https://example.com/?a=1&amp;b=2");
    EXPECT_EQ(article.text, "Café talks — again.\n");
}

/// A saved news page as scrapers keep it: metadata in the head, furniture around the
/// story, a script, an unclosed paragraph.
constexpr std::string_view saved_page = R"(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Minister resigns over   leak | The Daily Example</title>
<meta name="date" content="2019-01-01">
<meta property="article:published_time" content="2020-02-06T09:30:00+01:00">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://example.com/og">
<link rel="canonical" href="https://example.com/story">
<style>p { color: red }</style>
<script>var tracking = "<p>not text</p>";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Minister resigns over leak</h1>
<p>The minister resigned on <b>Thursday</b> after a leak of Caf&eacute; Society&#39;s papers.
<p>She said the report was <i>wrong</i>.<br>Her deputy takes over.</p>
<noscript>Enable JavaScript</noscript><!-- an ad slot -->
</article></body></html>
)";

TEST(HtmlPage, TheVisibleTextOneBlockALine) {
    HtmlPage page = read_html_page(saved_page);
    EXPECT_EQ(page.text,
              "Minister resigns over leak\n"
              "The minister resigned on Thursday after a leak of Café Society's papers.\n"
              "She said the report was wrong.\nHer deputy takes over.\n");
}

/// The visible text of a page whose body is `body`, less its title line.
std::string body_text(const std::string& body) {
    std::string text = read_html_page("<html><head><title>T</title></head><body>" + body + "</body></html>").text;
    return text.substr(text.find('\n') + 1);
}

TEST(HtmlPage, FurnitureByElementRoleOrHidingLeavesTheDump) {
    EXPECT_EQ(body_text("<nav>Sections</nav><aside>Most read</aside><p>Story.</p><footer>Imprint</footer>"),
              "Story.\n");
    EXPECT_EQ(body_text("<figure><img src=a.jpg><figcaption>Photo: Agency</figcaption></figure><p>Story.</p>"),
              "Story.\n");
    EXPECT_EQ(body_text("<form><label>Your e-mail</label><button>Sign up</button><p>Story.</p></form>"), "Story.\n");
    EXPECT_EQ(body_text("<div role=navigation>Menu</div><div role=Complementary>More</div><p>Story.</p>"), "Story.\n");
    EXPECT_EQ(body_text("<div aria-hidden=true>Share</div><div hidden>Log in</div>"
                        "<div style='color: red; display : none'>Cookie notice</div><p>Story.</p>"),
              "Story.\n");
    EXPECT_EQ(body_text("<div style='display:block'>Story.</div>"), "Story.\n");
}

TEST(HtmlPage, FurnitureByClassWordsUnlessTheyNameTheStory) {
    EXPECT_EQ(body_text("<div class='wrap comment-list'>First!</div><div id=footer_links>Imprint</div>"
                        "<ul class=related><li>Other news</li></ul><p class=lead>Story.</p>"),
              "Story.\n");
    // "commentary", "related-articles", "post-footer": other words, or the story's own;
    // "live-match-comment", "above-footer": the word does not start the name.
    EXPECT_EQ(body_text("<div class=commentary>Analysis.</div><div class='post-footer'>By A. Writer</div>"),
              "Analysis.\nBy A. Writer\n");
    EXPECT_EQ(body_text("<div class=live-match-comment>Goal!</div><div class='above-footer'>Story.</div>"),
              "Goal!\nStory.\n");
    EXPECT_EQ(body_text("<body class=comments-open><p>Story.</p></body>"), "Story.\n");
    // Breadcrumbs, newsletter and cookie prompts, pop-ups; an inline tag link stays.
    EXPECT_EQ(body_text("<ol class=breadcrumbs><li>Home</li></ol><div class='newsletter-signup'>Sign up</div>"
                        "<div id=cookie-notice>We use cookies</div><div class='modal fade'>Log in</div>"
                        "<p>Story by <a class=tag-link>Jan Kvech</a>.</p>"),
              "Story by Jan Kvech.\n");
}

TEST(HtmlPage, AStoryTheParserNestedInFurnitureStays) {
    // An unclosed list item in the menu: libxml2 puts what follows inside the nav.
    EXPECT_EQ(body_text("<nav><ul><li>Home<main><p>Story.</p></main></nav>"), "Home\nStory.\n");
    EXPECT_EQ(body_text("<div class=comments><div itemprop=articleBody>Story.</div></div>"), "Story.\n");
}

TEST(HtmlPage, HiddenMicrodataIsLeftOutEvenWithTheStoryInIt) {
    // A copy of the story for machines, glued to its dates, beside the one shown.
    EXPECT_EQ(body_text("<div style='display:none' itemscope itemtype=https://schema.org/NewsArticle>"
                        "<span itemprop=headline>Minister resigns</span><time itemprop=datePublished>2021-10-27</time>"
                        "<span itemprop=articleBody>Story.</span></div><p>Story.</p>"),
              "Story.\n");
    // Shown microdata is the story itself, and so is a hidden part that is no item.
    EXPECT_EQ(body_text("<div itemscope><span itemprop=articleBody>Story.</span></div>"), "Story.\n");
    EXPECT_EQ(body_text("<div hidden><div itemprop=articleBody>Story.</div></div>"), "Story.\n");
}

TEST(HtmlPage, ThePagesOneArticleHoldsTheStory) {
    const std::string story = "<p>The minister resigned on Thursday after the leak of her papers.</p>";
    EXPECT_EQ(body_text("<div>Most read today</div><article>" + story + "</article><div>Sign up now</div>"),
              "The minister resigned on Thursday after the leak of her papers.\n");
    // Several articles: a page of stories, read whole; so is a page whose article is a small box.
    EXPECT_EQ(body_text("<article><p>First story.</p></article><article><p>Second story.</p></article>"),
              "First story.\nSecond story.\n");
    EXPECT_EQ(body_text("<article><p>Box.</p></article>" + story), "Box.\n" + story.substr(3, story.size() - 7) + "\n");
}

TEST(HtmlPage, ANoscriptStoryIsReadANoticeIsNot) {
    const std::string post(250, 'x');
    EXPECT_EQ(body_text("<noscript><p>" + post + "</p></noscript>"), post + "\n");
    EXPECT_EQ(body_text("<noscript>Please enable JavaScript.</noscript><p>Story.</p>"), "Story.\n");
}

TEST(HtmlPage, LinesMostlyOfLinkTextLeaveTheDump) {
    EXPECT_EQ(body_text("<p><a href=/a>Elections</a> | <a href=/b>Climate</a></p>"
                        "<p>The <a href=/x>minister</a> resigned on Thursday after the leak.</p>"
                        "<li><a href=/c>Read more: the minister's letter</a></li>"),
              "The minister resigned on Thursday after the leak.\n");
    // But for a date line linked to its month's archive right under the headline
    // (cleaneval-dev: "5. November 2021 admin News 0"), not one in a box further down.
    EXPECT_EQ(body_text("<p><a href=/a>Elections</a> | <a href=/b>Climate</a></p><h1>Tesla plans a plant</h1>"
                        "<p><a href=/m>5. November 2021</a> <a href=/u>admin</a> <a href=/n>News</a></p>"
                        "<p>The firm said so.</p><p>More text.</p><p>And more.</p>"
                        "<p><a href=/f>DW News on Facebook 11.07.2017</a></p>"),
              "Tesla plans a plant\n5. November 2021 admin News\nThe firm said so.\nMore text.\nAnd more.\n");
    // A byline with an author's full name is no date line alone.
    EXPECT_EQ(body_text("<h1>Autotuning</h1><p><a href=/m>16. Mai 2019</a> <a href=/a>Markus Elsberger</a> "
                        "<a href=/n>Netzwerk</a></p><p>The firm said so.</p>"),
              "Autotuning\nThe firm said so.\n");
}

/// `inner` inside `levels` unclosed <div> tags, as pages whose tags pile up have them.
std::string nested_in_divs(int levels, const std::string& inner) {
    std::string page;
    for (int level = 0; level < levels; ++level) page += "<div>";
    return page + inner;
}

TEST(HtmlPage, APageNestedDeeperThanTheParsersLimitIsReadWhole) {
    // libxml2 stops at 256 levels unless told otherwise, and had dropped the story, its
    // headline and everything after them; 100,000 levels must not overflow the stack.
    const std::string story =
        "<h1>Minister <i>resigns</i></h1><p>She left on <b>Thursday</b>.</p><p>A deputy took over.";
    for (int levels : {10, 300, 100'000}) {
        SCOPED_TRACE(levels);
        EXPECT_EQ(body_text(nested_in_divs(levels, story)),
                  "Minister resigns\nShe left on Thursday.\nA deputy took over.\n");
    }
    // Past the limit, markup that goes deeper still is flattened: its text stays, in order,
    // and each block still starts a line.
    std::string tower =
        nested_in_divs(300, nested_in_divs(20, "<p>Deep <b>one</b>.</p>") + "</div><p>Shallow two.</p>");
    EXPECT_EQ(body_text(tower), "Deep one.\nShallow two.\n");
}
TEST(HtmlPage, TheSiteNameLeavesTheTitle) {
    auto first_line = [](const std::string& head) {
        std::string text = read_html_page("<html><head>" + head + "</head><body><p>x</p></body></html>").text;
        return text.substr(0, text.find('\n'));
    };
    const std::string site = R"(<meta property="og:site_name" content="Example News">)";
    EXPECT_EQ(first_line("<title>Storm floods harbour - Example News</title>" + site), "Storm floods harbour");
    EXPECT_EQ(first_line("<title>EXAMPLE NEWS | Storm floods harbour</title>" + site), "Storm floods harbour");
    // The host of the page's address names the site too.
    EXPECT_EQ(first_line(R"(<title>Chronik: Tobisch ist tot - wien.ORF.at</title>)"
                         R"(<link rel="canonical" href="https://wien.orf.at/stories/3017785/">)"),
              "Chronik: Tobisch ist tot");
    // Any other part stays.
    EXPECT_EQ(first_line("<title>Brexit - what happens next</title>" + site), "Brexit - what happens next");
    EXPECT_EQ(first_line("<title>Example News</title>" + site), "Example News");
    // A part holding the host's name: "Reiterrevue International" on reiterrevue.de; not
    // the longest part, the headline, which may name its own paper.
    const std::string address = R"(<meta property="og:url" content="https://www.reiterrevue.de/heulage">)";
    EXPECT_EQ(first_line("<title>Heulage: Besser als ihr Ruf? - Reiterrevue International</title>" + address),
              "Heulage: Besser als ihr Ruf?");
    EXPECT_EQ(first_line("<title>Die Reiterrevue-Umfrage zu Heulage | Meinung</title>" + address),
              "Die Reiterrevue-Umfrage zu Heulage | Meinung");
    // A box-drawing bar with no spaces separates too, and the site's name is compared with
    // the host's without its accents (cleaneval-dev, nestle-marktplatz.de).
    const std::string nestle = R"(<meta property="og:url" content="https://www.nestle-marktplatz.de/produkttest">)";
    EXPECT_EQ(first_line("<title>Produkttester werden &amp; gratis testen│Nestlé Marktplatz</title>" + nestle),
              "Produkttester werden & gratis testen");
    // A Chinese title's separator has no spaces either.
    const std::string xinhua = R"(<meta property="og:url" content="https://www.news.cn/2020/c_1125597921.htm">)";
    EXPECT_EQ(first_line("<title>武汉的声音：才有英雄的城！-News.cn</title>" + xinhua), "武汉的声音：才有英雄的城！");
    // A no-break space before a separator is a space, and a separator left at an end goes
    // (cleaneval-dev: "Luft?&nbsp;- DemokratieWEBstatt.at", "… “Alone” | ").
    const std::string demokratie = R"(<meta property="og:url" content="https://www.demokratiewebstatt.at/luft">)";
    EXPECT_EQ(first_line("<title>Woher kommt die dicke Luft?&nbsp;- DemokratieWEBstatt.at</title>" + demokratie),
              "Woher kommt die dicke Luft?");
    EXPECT_EQ(first_line("<title>The Loneliest Woman in the World | </title>"), "The Loneliest Woman in the World");
    EXPECT_EQ(first_line("<title>\u00bbAbzocke wird als Klimaschutz verkauft\u00ab</title>"),
              "\u00bbAbzocke wird als Klimaschutz verkauft\u00ab");
}

/// The headline of a page with `head` and `body`: given as its title when confirmed, else
/// the first line of its text.
std::string headline_of(const std::string& head, const std::string& body) {
    HtmlPage page = read_html_page("<html><head>" + head + "</head><body>" + body + "</body></html>");
    if (page.front_matter.title) return "confirmed: " + *page.front_matter.title;
    return page.text.substr(0, page.text.find('\n'));
}

TEST(HtmlPage, TheHeadlineIsThePartOfTheTitleTheHeadingRepeats) {
    const std::string title = "<title>Bundespolizei - Aktuelles - Illegale Migration: 9.087 Feststellungen</title>";
    EXPECT_EQ(headline_of(title, "<h1>Illegale Migration: 9.087 Feststellungen</h1><p>Story.</p>"),
              "confirmed: Illegale Migration: 9.087 Feststellungen");
    // Compared by words, written as the title writes them: the heading's blocks lost their
    // separator, and it holds an icon.
    EXPECT_EQ(
        headline_of("<title>Die Zukunft der Arbeit - \"Wir dekorieren um\" | Example</title>",
                    "<h1><span>Die Zukunft der Arbeit</span><div>\u2605 \u201EWir dekorieren um\u201C</div></h1>"),
        "confirmed: Die Zukunft der Arbeit - \"Wir dekorieren um\"");
    // A heading that repeats the whole title, the site's name too.
    EXPECT_EQ(headline_of("<title>EU-Taxonomie: Erdgas ist nicht nachhaltig | Umweltbundesamt</title>"
                          "<link rel=canonical href='https://www.umweltbundesamt.de/themen/eu-taxonomie'>",
                          "<h1>EU-Taxonomie: Erdgas ist nicht nachhaltig | Umweltbundesamt</h1>"),
              "confirmed: EU-Taxonomie: Erdgas ist nicht nachhaltig");
    // A one-word part is a site's name, and so is a heading that links to the home page.
    EXPECT_EQ(headline_of("<title>Provence Travel Guide - Beige</title>", "<h1>Beige</h1>"),
              "Provence Travel Guide - Beige");
    EXPECT_EQ(headline_of("<title>Werkzeuge des Neandertalers - Steinzeit & Co</title>",
                          "<h1><a href='http://www.steinzeitwissen.de/'>Steinzeit &amp; Co</a></h1>"
                          "<h1>Werkzeuge des Neandertalers</h1>"),
              "confirmed: Werkzeuge des Neandertalers");
}

TEST(HtmlPage, TheHeadlineTwoTitlesAgreeOn) {
    // og:title is a run of the <title>'s parts, or the other way round: the shorter.
    EXPECT_EQ(headline_of("<title>BSI - Presse - Sicherheits-Check für KI</title>"
                          "<meta property='og:title' content='Sicherheits-Check für KI'>",
                          "<p>Story.</p>"),
              "confirmed: Sicherheits-Check für KI");
    EXPECT_EQ(headline_of("<title>Impfen ist noch überall möglich</title>"
                          "<meta property='og:title' content='Medienmitteilung: Impfen ist noch überall möglich'>",
                          "<p>Story.</p>"),
              "Impfen ist noch überall möglich");  // a kicker after ": " is no part
    // A <title> of a word or two names the site or a section: og:title, unconfirmed.
    EXPECT_EQ(headline_of("<title>\u2022 PepTalks</title>"
                          "<meta property='og:title' content='Haben sich Mozarts Eltern je gesorgt?'>",
                          "<p>Story.</p>"),
              "Haben sich Mozarts Eltern je gesorgt?");
    // Titles that disagree: the <title>, for the cleaner's headline finder to weigh.
    EXPECT_EQ(headline_of("<title>Alajuelense se distancia en el liderato</title>"
                          "<meta property='og:title' content='Everardo Herrera, lo mejor del fútbol'>",
                          "<p>Story.</p>"),
              "Alajuelense se distancia en el liderato");
}

TEST(HtmlPage, FrontMatterFromWhatThePageSaysOfItself) {
    HtmlPage page = read_html_page(saved_page);
    ASSERT_TRUE(page.front_matter.date);
    EXPECT_EQ(page.front_matter.date->iso(), "2020-02-06");  // article:published_time before date
    EXPECT_EQ(page.front_matter.source, "The Daily Example");
    EXPECT_EQ(page.front_matter.url, "https://example.com/story");  // canonical before og:url
    // The <h1> repeats a part of the <title>: the headline, given as front matter.
    EXPECT_EQ(page.front_matter.title, "Minister resigns over leak");
    HtmlPage bare = read_html_page("<p>Text only, <meta name=date content=yesterday></p>");
    EXPECT_FALSE(bare.front_matter.date);
    EXPECT_EQ(bare.text, "Text only,\n");
}

TEST(HtmlPage, TheDateOfItsArticleInJsonLinkedData) {
    HtmlPage page = read_html_page(
        "<html><head><meta name=date content=2001-01-01><script type='application/ld+json'>"
        R"({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2019-10-19T12:09:00+02:00"})"
        "</script></head><body><p>Story.</p></body></html>");
    ASSERT_TRUE(page.front_matter.date);
    EXPECT_EQ(page.front_matter.date->iso(), "2019-10-19");  // datePublished before a plain date
    EXPECT_EQ(page.text, "Story.\n");                        // the block is no text
}

// Microdata on any element, as a meta tag of that name (cleaneval-dev: `<p class="date"
// itemprop="datePublished" content="2022-01-14 10:31:00">Januar 2022</p>`); not in a
// comment thread.
TEST(HtmlPage, TheDateOfItsArticleInMicrodata) {
    HtmlPage page = read_html_page(
        "<html><head><meta name=date content=2001-01-01></head><body><h1>Story</h1>"
        "<p itemprop=datePublished content='2022-01-14 10:31:00'>Januar 2022</p><p>Story.</p></body></html>");
    ASSERT_TRUE(page.front_matter.date);
    EXPECT_EQ(page.front_matter.date->iso(), "2022-01-14");
    HtmlPage time = read_html_page("<p>Story.</p><time itemprop=datePublished datetime=2021-03-04>4 March</time>");
    ASSERT_TRUE(time.front_matter.date);
    EXPECT_EQ(time.front_matter.date->iso(), "2021-03-04");
    HtmlPage comment = read_html_page(
        "<p>Story.</p><div class=comments><span itemprop=datePublished content=2020-05-06>6 May</span></div>");
    EXPECT_FALSE(comment.front_matter.date);
}

// A page whose metadata states no date: a part of its <title> that is a date alone
// (cleaneval-dev: "Berlin confronts Germany's colonial past … | DW | 19.01.2020").
TEST(HtmlPage, TheDateItsTitleStatesAlone) {
    auto date_of = [](const std::string& title) {
        HtmlPage page =
            read_html_page("<html><head><title>" + title + "</title></head><body><p>Story.</p></body></html>");
        return page.front_matter.date ? page.front_matter.date->iso() : "none";
    };
    EXPECT_EQ(date_of("Berlin confronts its past | DW | 19.01.2020"), "2020-01-19");
    EXPECT_EQ(date_of("Minutes - 2019-12-26 - Example Town"), "2019-12-26");
    EXPECT_EQ(date_of("Concert on 19.01.2020 | Example Hall"), "none");  // not a part alone
    EXPECT_EQ(date_of("Results | 31.02.2020"), "none");                  // no such day
    EXPECT_EQ(date_of("19.01.2020"), "none");                            // no separator
}

/// The date a page with `head` and `body` states of itself, or "none".
std::string page_date(const std::string& head, const std::string& body) {
    HtmlPage page = read_html_page("<html><head>" + head + "</head><body>" + body + "</body></html>");
    return page.front_matter.date ? page.front_matter.date->iso() : "none";
}

// A page whose head states no date: the first <time datetime> under its headline, not a
// sidebar's before it nor a comment's (cleaneval-dev: "<time class="entry-date published"
// datetime="2019-12-26…">" under a meeting's minutes "vom 10. Oktober 2019").
TEST(HtmlPage, TheTimeUnderItsHeadline) {
    const std::string sidebar = "<div><time datetime='2001-01-01'>1 Jan</time></div>";
    const std::string comments = "<div class='comments'><time datetime='2002-02-02'>2 Feb</time></div>";
    EXPECT_EQ(page_date("", sidebar + "<h1>Headline</h1><time datetime='2019-12-26T23:07:45+00:00'>26/12</time>" +
                                "<p>Story.</p>" + comments),
              "2019-12-26");
    EXPECT_EQ(page_date("", sidebar + "<h1>Headline</h1><p>Story.</p>" + comments), "none");
    EXPECT_EQ(page_date("<meta name=date content=2018-05-05>", "<h1>Headline</h1><time datetime='2019-12-26'>x</time>"),
              "2018-05-05");  // the head's word first
}

TEST(LinkedData, AnArticlesDatePublishedFirst) {
    EXPECT_EQ(linked_data_date_published(R"({"@type": "NewsArticle", "datePublished": "2019-10-19"})"), "2019-10-19");
    EXPECT_EQ(linked_data_date_published(R"([{"@type": "WebPage", "datePublished": "2001-01-01"},
                                            {"@type": ["BlogPosting"], "datePublished": "2019-10-19"}])"),
              "2019-10-19");
    EXPECT_EQ(linked_data_date_published(R"({"@graph": [{"@type": "WebSite"},
                                            {"@type": "WebPage", "datePublished": "2020-05-01"}]})"),
              "2020-05-01");  // no article: another top-level object's date
}

TEST(LinkedData, NoDateFromListsPlaceholdersOrBrokenBlocks) {
    // Other articles listed on the page nest their dates deeper.
    EXPECT_FALSE(linked_data_date_published(R"({"@type": "ItemList", "itemListElement": [{"@type": "ListItem",
                                              "item": {"@type": "NewsArticle", "datePublished": "2019-10-19"}}]})"));
    EXPECT_FALSE(linked_data_date_published(R"({"@type": "Article", "datePublished": "1970-01-01T00:00:00Z"})"));
    EXPECT_FALSE(linked_data_date_published(R"({"@type": "Article", "datePublished": 2019})"));
    EXPECT_FALSE(linked_data_date_published(R"({"@type": "Article", "datePublished": "2019-10-19")"));
    EXPECT_FALSE(linked_data_date_published(""));
}

TEST(HtmlPage, KnownByItsNameOrItsFirstTag) {
    EXPECT_TRUE(is_html_page("news/story.html", "Plain words"));
    EXPECT_TRUE(is_html_page("news/STORY.HTM", ""));
    EXPECT_TRUE(is_html_page("story.txt", "\n  <!-- saved --> <!DOCTYPE html><html>"));
    EXPECT_TRUE(is_html_page("story.txt", "<HTML><body>x</body></HTML>"));
    EXPECT_TRUE(is_html_page("story", "\xEF\xBB\xBF<!doctype html><p>x"));
    EXPECT_FALSE(is_html_page("story.txt", "Headline\n\n<p> is how HTML starts a paragraph."));
    EXPECT_FALSE(is_html_page("story.txt", "<!-- never closed"));
}

TEST(HtmlPage, ItsDeclaredCharsetDecodesIt) {
    EXPECT_EQ(declared_charset(R"(<meta charset="windows-1251">)"), "windows-1251");
    EXPECT_EQ(declared_charset(R"(<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">)"), "koi8-r");
    EXPECT_EQ(declared_charset("<p>no declaration</p>"), "");
    // A script's charset is its own: a saved Wayback page's toolbar before the page's meta.
    EXPECT_EQ(declared_charset(R"(<script src="/wombat.js" charset="utf-8"></script>)"
                               R"(<META http-equiv="Content-Type" content="text/html; charset=gb2312"/>)"),
              "gb2312");
    EXPECT_EQ(declared_charset(R"(<script charset="utf-8"></script><p>charset=utf-8</p>)"), "");
    // "Москва" in Windows-1251, which the charset detector is not trusted with.
    std::string page =
        "<html><head><meta charset=\"windows-1251\"></head><body><p>\xcc\xee\xf1\xea\xe2\xe0</p></body></html>";
    Article article = parse_article("moscow.html", page);
    EXPECT_EQ(article.encoding, "windows-1251");
    EXPECT_EQ(article.text, "Москва\n");
    EXPECT_THROW((void)parse_article("moscow.txt", "\xcc\xee\xf1\xea\xe2\xe0 \xcc\xee\xf1\xea\xe2\xe0"), ArticleError);
    // A declared charset makes no text of binary bytes.
    std::string binary = "<meta charset=\"windows-1251\">" + std::string(200, '\x01') + "\xcc";
    EXPECT_THROW((void)parse_article("blob.html", binary), ArticleError);
}

TEST(Article, SignatureChangesWithContent) {
    EXPECT_EQ(signature("abc"), signature("abc"));
    EXPECT_NE(signature("abc"), signature("abd"));
}

TEST(SourceStamp, NoneForAFileJustWrittenOrMissing) {
    testing::TemporaryFolder folder;
    testing::write_file(folder.path(), "fresh.txt", "Just scraped.");
    // Changed within the settling time: it could change again within the same clock tick.
    EXPECT_EQ(source_stamp(folder.path() / "fresh.txt"), "");
    EXPECT_EQ(source_stamp(folder.path() / "missing.txt"), "");
}

TEST(SourceStamp, AnEmptyStampNeverVouchesForAFile) {
    IndexedDocument unstamped{1, "signature", ""};
    EXPECT_FALSE(unstamped.stamped_unchanged(""));
    IndexedDocument stamped{1, "signature", "stamp"};
    EXPECT_TRUE(stamped.stamped_unchanged("stamp"));
    EXPECT_FALSE(stamped.stamped_unchanged(""));
    EXPECT_FALSE(stamped.stamped_unchanged("other"));
}

TEST(CorpusWalk, FindsTextFilesAndPagesRecursivelyAndSkipsHidden) {
    testing::TemporaryFolder folder;
    testing::write_file(folder.path(), "a.txt", "x");
    testing::write_file(folder.path(), "sub/b.txt", "x");
    testing::write_file(folder.path(), "sub/c.html", "x");
    testing::write_file(folder.path(), "sub/D.HTM", "x");
    testing::write_file(folder.path(), "sub/notes.md", "x");
    testing::write_file(folder.path(), "sub/photo.jpg", "x");
    testing::write_file(folder.path(), ".git/c.txt", "x");
    auto listing = walk_corpus(folder.path());
    std::vector<std::string> found;
    for (const auto& article : listing.articles) found.push_back(article.relative_path);
    EXPECT_EQ(found, (std::vector<std::string>{"a.txt", "sub/D.HTM", "sub/b.txt", "sub/c.html"}));
}

TEST(CorpusWalk, ReportsBrokenAndOutsideLinks) {
    testing::TemporaryFolder folder, outside;
    testing::write_file(outside.path(), "secret.txt", "x");
    std::filesystem::create_symlink(folder.path() / "missing.txt", folder.path() / "broken.txt");
    std::filesystem::create_symlink(outside.path() / "secret.txt", folder.path() / "out.txt");
    auto listing = walk_corpus(folder.path());
    EXPECT_TRUE(listing.articles.empty());
    ASSERT_EQ(listing.problems.size(), 2u);
    auto followed = walk_corpus(folder.path(), {true});
    EXPECT_EQ(followed.articles.size(), 1u);
}

}  // namespace
}  // namespace newsdex
