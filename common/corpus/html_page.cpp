/** @file html_page.cpp
 *  @brief A web page's text dump and metadata, through libxml2's HTML parser.
 */
#include "common/corpus/html_page.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

#include "common/corpus/deep_elements.hpp"
#include "common/corpus/html_element.hpp"
#include "common/corpus/linked_data.hpp"
#include "common/corpus/page_furniture.hpp"
#include "common/corpus/page_headline.hpp"
#include "common/corpus/story_element.hpp"
#include "common/error.hpp"
#include "common/text/ascii.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

/// libxml2 sets up its globals on first use; done once before any indexing thread
/// parses, as its documentation asks of threaded programs.
[[maybe_unused]] const bool parser_ready = [] {
    xmlInitParser();
    return true;
}();

/// Elements that start a line of their own in the dump, as a browser lays them out.
bool is_block(std::string_view name) {
    return is_one_of(name, {"p",       "div",      "section",    "article", "header",  "footer",     "nav",   "aside",
                            "main",    "h1",       "h2",         "h3",      "h4",      "h5",         "h6",    "li",
                            "ul",      "ol",       "dl",         "dt",      "dd",      "table",      "tr",    "td",
                            "th",      "caption",  "blockquote", "pre",     "figure",  "figcaption", "form",  "hr",
                            "address", "fieldset", "legend",     "details", "summary", "body",       "option"});
}

/// A line whose text is at least this share link text is a menu, a list of other
/// pages or a row of tags, and is left out of the dump. Link density is the boilerplate
/// cue a text dump loses (jusText and Boilerpipe weigh it too); on cleaneval-dev read
/// from its HTML, shares of 0.5–0.75 gave F1 0.881–0.882, 1.0 (only lines that are all
/// links) 0.873, none 0.872.
constexpr std::size_t link_line_percent = 60;

/// Whether a line of link text is a date line: a post's date linked to the post or its
/// month's archive ("5. November 2021", "Donnerstag, 31. Mai 2012", "19.01.2020"), which
/// the cleaner's date finder reads under a headline, maybe with a one-word author and
/// section ("5. November 2021 admin News 0"). Three words at most besides numbers, one
/// of these a year of 19xx or 20xx: with an author's full name the line is a byline the
/// cleaner may keep as story, and the name a person ("16. Mai 2019 Markus Elsberger
/// Netzwerk, Windows 2").
bool is_linked_date(std::string_view line) {
    constexpr std::size_t max_words = 3;
    std::size_t words = 0, numbers = 0;
    bool year = false;
    for (const auto& span : split_words(line)) {
        std::string_view word = span.in(line);
        if (!std::all_of(word.begin(), word.end(), is_ascii_digit)) {
            ++words;
            continue;
        }
        year |= word.size() == 4 && (word.starts_with("19") || word.starts_with("20"));
        ++numbers;
    }
    return words <= max_words && year && numbers >= 2;
}

/// A linked date line is kept only this close under the page's first <h1>: a date
/// linked elsewhere on a page is a list's or a box's ("DW News on Facebook 11.07.2017").
constexpr std::size_t max_lines_to_date_line = 3;

/// The dump, a line per block, white space within a line collapsed; lines mostly of
/// link text left out, but for a date line under the headline.
class TextDump {
  public:
    /// `whole_lines`: every line kept, link text or not (a title, a heading).
    explicit TextDump(bool whole_lines = false) : whole_lines_(whole_lines) {}

    void add(std::string_view text, bool in_link = false) {
        for (char c : text) {
            if (is_ascii_space(c)) {
                pending_space_ = !line_.empty();
                continue;
            }
            if (pending_space_) line_ += ' ';
            pending_space_ = false;
            line_ += c;
            if (in_link) ++link_bytes_;
        }
    }
    void end_line() {
        bool links = link_bytes_ * 100 >= link_line_percent * line_.size();
        bool date_line =
            lines_after_headline_ && *lines_after_headline_ < max_lines_to_date_line && is_linked_date(line_);
        if (!line_.empty() && (whole_lines_ || !links || date_line)) {
            text_ += line_ + "\n";
            if (lines_after_headline_) ++*lines_after_headline_;
        }
        line_.clear();
        link_bytes_ = 0;
        pending_space_ = false;
    }
    /// The first <h1> has just ended: a linked date line may follow (is_linked_date).
    void headline_ended() {
        if (!lines_after_headline_) lines_after_headline_ = 0;
    }
    std::string take() {
        end_line();
        return std::move(text_);
    }

  private:
    std::string text_, line_;
    std::size_t link_bytes_ = 0;  ///< of line_, inside a link
    /// Lines written since the first <h1> ended; none before it.
    std::optional<std::size_t> lines_after_headline_;
    bool whole_lines_ = false;
    bool pending_space_ = false;
};

void dump_visible_text(const xmlNode* parent, TextDump& dump, bool in_link = false) {
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) dump.add(reinterpret_cast<const char*>(node->content), in_link);
            continue;
        }
        if (node->type != XML_ELEMENT_NODE) continue;  // comments, processing instructions
        std::string_view name = element_name(node);
        if (is_left_out(node)) continue;
        if (name == "br") {
            dump.end_line();
            continue;
        }
        bool block = is_block(name);
        if (block) dump.end_line();
        dump_visible_text(node, dump, in_link || name == "a");
        if (block) dump.end_line();
        if (name == "h1") dump.headline_ended();
    }
}

/// `text` on one line, its white space collapsed.
std::string one_line(std::string_view text) {
    TextDump line(true);
    line.add(text);
    std::string joined = line.take();
    if (joined.ends_with('\n')) joined.pop_back();
    return joined;
}

/// The visible text of an element on one line (a <br> in a heading is a space).
std::string visible_line(const xmlNode* element) {
    TextDump dump(true);
    dump_visible_text(element, dump);
    return one_line(dump.take());
}

/// Whether an address is a site's home page: "/", "https://example.com/", or an
/// archived copy of one ("https://web.archive.org/web/2015…/http://example.com/").
bool is_home_address(std::string_view address) {
    if (auto scheme = address.rfind("://"); scheme != std::string_view::npos) {
        address.remove_prefix(scheme + 3);
        auto path = address.find('/');
        address = path == std::string_view::npos ? std::string_view() : address.substr(path);
    }
    return address.empty() || address == "/";
}

/// Whether an element holds a link to its site's home page: an <h1> that does is the
/// site's logo or name, not the story's headline.
bool links_home(const xmlNode* parent) {
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        if (element_name(node) == "a") {
            auto address = element_attribute(node, "href");
            if (address && is_home_address(*address)) return true;
        }
        if (links_home(node)) return true;
    }
    return false;
}

/// The page's <h1> elements looked at for its headline: a headline is among the first.
constexpr std::size_t max_headings = 3;

/// The keys of meta tags that give the publication date, the most specific first.
constexpr std::array<std::string_view, 6> date_keys = {"article:published_time", "datepublished", "date", "pubdate",
                                                       "dc.date.issued",         "dc.date"};

/// The day an ISO date or time starts with: "2019-10-19T12:09:00+02:00" is 2019-10-19,
/// the calendar day being what an article's date holds.
std::optional<PartialDate> calendar_day(std::string_view value) {
    return parse_iso_date(value.substr(0, 10));
}

/// What the page says of itself, gathered from its head (meta and link elements, the
/// <title>, JSON-LD blocks) and its first <h1> elements.
struct PageMetadata {
    PageTitles titles;
    std::optional<PartialDate> date;
    std::size_t date_rank = date_keys.size();  ///< the key `date` came from
    /// The first <time datetime="…"> after the first <h1> and in no furniture: the date
    /// line under a headline ("<time class="entry-date published" datetime="2014-03-20…">"),
    /// for pages whose head states none.
    std::optional<PartialDate> time_after_headline;
    std::optional<std::string> canonical, og_url, twitter_title;

    void note_meta(const xmlNode* meta) {
        auto content = element_attribute(meta, "content");
        if (!content) return;
        for (const char* key_attribute : {"property", "name", "itemprop"}) {
            auto key = element_attribute(meta, key_attribute);
            if (key) note(lower_ascii(*key), *content);
        }
    }

    /// Microdata on any element: `<p itemprop="datePublished" content="2022-01-14 10:31">`
    /// and `<time itemprop="datePublished" datetime="…">` count as the meta tag of that
    /// name (meta elements go through note_meta), but not in furniture, where it dates
    /// a teaser of another page.
    void note_microdata(const xmlNode* element) {
        auto property = element_attribute(element, "itemprop");
        if (!property || lower_ascii(*property) != "datepublished" || in_furniture(element)) return;
        auto value = element_attribute(element, "content");
        if (!value) value = element_attribute(element, "datetime");
        if (value) note("datepublished", *value);
    }

    /// A JSON-LD block: its article's datePublished counts as the meta tag of that name.
    void note_linked_data(const xmlNode* script) {
        std::string json;
        for (const xmlNode* child = script->children; child; child = child->next) {
            if (child->content) json += reinterpret_cast<const char*>(child->content);
        }
        if (auto published = linked_data_date_published(json)) note("datepublished", *published);
    }

    void note_time(const xmlNode* time) {
        if (time_after_headline || titles.headings.empty()) return;
        auto datetime = element_attribute(time, "datetime");
        if (!datetime || in_furniture(time)) return;
        time_after_headline = calendar_day(*datetime);
    }

    /// A comment's or a footer's time is not the story's.
    static bool in_furniture(const xmlNode* node) {
        for (; node && node->type == XML_ELEMENT_NODE; node = node->parent) {
            if (is_left_out(node)) return true;
        }
        return false;
    }

    void note(const std::string& key, const std::string& content) {
        if (key == "og:site_name" && !titles.site_name) titles.site_name = content;
        if (key == "og:url" && !og_url) og_url = content;
        if (key == "og:title" && !titles.share_title) titles.share_title = one_line(content);
        if (key == "twitter:title" && !twitter_title) twitter_title = one_line(content);
        auto rank = static_cast<std::size_t>(std::find(date_keys.begin(), date_keys.end(), key) - date_keys.begin());
        if (rank >= date_rank) return;
        if (auto day = calendar_day(content)) {
            date = day;
            date_rank = rank;
        }
    }
};

void gather_metadata(const xmlNode* parent, PageMetadata& metadata) {
    for (const xmlNode* node = parent->children; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE) continue;
        std::string_view name = element_name(node);
        if (name == "meta") {
            metadata.note_meta(node);
        } else if (name == "link") {
            auto relation = element_attribute(node, "rel");
            if (relation && lower_ascii(*relation) == "canonical" && !metadata.canonical) {
                metadata.canonical = element_attribute(node, "href");
            }
        } else if (name == "title" && metadata.titles.title.empty()) {
            metadata.titles.title = visible_line(node);
        } else if (name == "h1" && metadata.titles.headings.size() < max_headings && !links_home(node)) {
            metadata.titles.headings.push_back(visible_line(node));
        } else if (name == "time") {
            metadata.note_time(node);
            metadata.note_microdata(node);
            gather_metadata(node, metadata);
        } else if (name == "script") {
            auto type = element_attribute(node, "type");
            if (type && lower_ascii(*type) == "application/ld+json") metadata.note_linked_data(node);
        } else if (name != "style") {
            metadata.note_microdata(node);
            gather_metadata(node, metadata);
        }
    }
}

struct DocumentFree {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};

/// The value after "charset=" in a lower-cased tag ("<meta charset=utf-8", "<meta
/// http-equiv=... content='text/html; charset=gb2312'"), or empty.
std::string_view charset_in_tag(std::string_view tag) {
    for (std::size_t at = tag.find("charset"); at != std::string_view::npos; at = tag.find("charset", at + 1)) {
        std::size_t value = at + 7;
        while (value < tag.size() && is_ascii_space(tag[value])) ++value;
        if (value >= tag.size() || tag[value] != '=') continue;
        ++value;
        while (value < tag.size() && (is_ascii_space(tag[value]) || tag[value] == '"' || tag[value] == '\'')) ++value;
        std::size_t end = value;
        while (end < tag.size() && (is_ascii_letter(tag[end]) || is_ascii_digit(tag[end]) || tag[end] == '-' ||
                                    tag[end] == '_' || tag[end] == '.' || tag[end] == ':')) {
            ++end;
        }
        if (end > value) return tag.substr(value, end - value);
    }
    return {};
}

}  // namespace

bool is_html_page(std::string_view path, std::string_view bytes) {
    std::string extension = lower_ascii(path.substr(std::min(path.size(), path.rfind('.'))));
    if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return true;
    std::size_t at = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a UTF-8 byte order mark
    while (at < bytes.size()) {
        while (at < bytes.size() && is_ascii_space(bytes[at])) ++at;
        if (bytes.substr(at, 4) != "<!--") break;
        std::size_t end = bytes.find("-->", at + 4);
        if (end == std::string_view::npos) return false;
        at = end + 3;
    }
    std::string start = lower_ascii(bytes.substr(at, 14));
    return start.starts_with("<!doctype html") || start.starts_with("<html");
}

std::string declared_charset(std::string_view bytes) {
    constexpr std::size_t head_bytes = 4096;
    std::string head = lower_ascii(bytes.substr(0, head_bytes));
    // Only a <meta> tag declares the page's charset, as a browser's prescan reads it:
    // <script charset="utf-8"> names its script's (a saved Wayback page's toolbar).
    for (std::size_t tag = head.find("<meta"); tag != std::string::npos; tag = head.find("<meta", tag + 1)) {
        std::string_view meta = std::string_view(head).substr(tag, head.find('>', tag) - tag);
        if (auto charset = charset_in_tag(meta); !charset.empty()) return std::string(charset);
    }
    return {};
}

HtmlPage read_html_page(std::string_view html) {
    // XML_PARSE_HUGE: a page nested deeper than 256 levels is read whole, then made
    // shallow (deep_elements.hpp), instead of cut off there.
    constexpr int options =
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
    std::unique_ptr<xmlDoc, DocumentFree> document(
        htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
    xmlNode* root = document ? xmlDocGetRootElement(document.get()) : nullptr;
    if (!root) throw ArticleError("web page without an element to read");
    flatten_deep_elements(root);
    PageMetadata metadata;
    gather_metadata(reinterpret_cast<const xmlNode*>(document.get()), metadata);
    metadata.titles.address = metadata.canonical ? metadata.canonical : metadata.og_url;
    if (!metadata.titles.share_title) metadata.titles.share_title = metadata.twitter_title;
    PageHeadline headline = page_headline(metadata.titles);
    TextDump dump;
    if (!headline.confirmed) {
        dump.add(headline.text);
        dump.end_line();
    }
    const xmlNode* story = story_element(root);
    dump_visible_text(story ? story : root, dump);
    HtmlPage page;
    page.text = dump.take();
    if (headline.confirmed) page.front_matter.title = headline.text;
    page.front_matter.date = metadata.date ? metadata.date : metadata.time_after_headline;
    if (!page.front_matter.date) page.front_matter.date = date_in_title(metadata.titles.title);
    page.front_matter.source = metadata.titles.site_name;
    page.front_matter.url = metadata.canonical ? metadata.canonical : metadata.og_url;
    return page;
}

}  // namespace newsdex
