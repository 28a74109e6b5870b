/** @file blocks.cpp
 *  @brief Paragraph segmentation, with hard-wrap detection.
 */
#include "common/clean/blocks.hpp"

#include <unicode/uchar.h>

#include "common/text/letter_case.hpp"
#include "common/text/sentences.hpp"
#include "common/text/utf8.hpp"
#include "common/text/words.hpp"

namespace newsdex {

namespace {

/// A line this long or shorter may be hard-wrapped.
constexpr std::size_t wrap_column = 85;

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\u00a0") == std::string_view::npos;
}

bool ends_sentence(std::string_view line) {
    auto last = line.find_last_not_of(" \t");
    if (last == std::string_view::npos) return false;
    return std::string_view(".!?:\"'\u201d)").find(line[last]) != std::string_view::npos ||
           static_cast<unsigned char>(line[last]) >= 0x80;
}

bool starts_lower(std::string_view line) {
    auto first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) return false;
    std::size_t offset = first;
    return u_islower(static_cast<UChar32>(utf8::next(line, offset)));
}

/// The line after `previous` goes on with its sentence: it starts in lower case, or, in
/// upper-case text, the line before stops mid-sentence.
bool continues_sentence(std::string_view previous, std::string_view line, bool upper_case) {
    if (is_blank(previous)) return false;
    return starts_lower(line) || (upper_case && !ends_sentence(previous));
}

/// Hard-wrapped text: nine lines in ten fit the wrap column, most lines of some length stop
/// mid-sentence (a scraped page's long lines are whole paragraphs, which end one), and one
/// line in ten continues a sentence in lower case (lists of headlines never do).
bool is_hard_wrapped(const std::vector<std::string_view>& lines) {
    bool upper_case = is_upper_case_text(lines);  // no line can start in lower case
    std::size_t non_blank = 0, short_lines = 0, long_lines = 0, open_ended = 0, continuations = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (is_blank(line)) continue;
        ++non_blank;
        if (line.size() <= wrap_column) ++short_lines;
        if (i > 0 && continues_sentence(lines[i - 1], line, upper_case)) ++continuations;
        if (line.size() < 40) continue;
        ++long_lines;
        if (!ends_sentence(line)) ++open_ended;
    }
    return non_blank >= 4 && short_lines * 10 >= non_blank * 9 && long_lines >= 3 && open_ended * 2 > long_lines &&
           continuations * 10 >= non_blank;
}

/// A wrapped paragraph's last line can be short, but only to end the sentence the line
/// before began; a short line after a finished sentence is a line of its own: a
/// sign-off ("Reuter"), a byline, a heading.
bool is_line_after_sentence_end(std::string_view previous, std::string_view line) {
    constexpr std::size_t short_line_words = 3;
    if (is_blank(previous) || !ends_sentence(previous)) return false;
    return count_words(line, short_line_words + 1) <= short_line_words;
}

bool is_indented(std::string_view line) {
    return line.starts_with("  ") || line.starts_with('\t');
}

void flush(std::string& paragraph, std::vector<std::string>& blocks) {
    std::string block = collapse_whitespace(repair_glued_sentences(paragraph));
    if (!block.empty()) blocks.push_back(std::move(block));
    paragraph.clear();
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
    // ASCII (most of any text) without decoding: its white space is TAB to CR and space.
    auto ascii_word = [](unsigned char byte) { return byte < 0x80 && byte != ' ' && (byte < '\t' || byte > '\r'); };
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t offset = 0; offset < text.size();) {
        std::size_t word_end = utf8::run_end(text, offset, ascii_word);
        std::string_view run = text.substr(offset, word_end - offset);
        std::size_t after = word_end;
        char32_t c = run.empty() ? utf8::next(text, after) : 0;
        bool space = run.empty() && (c < 0x80 || c == U'\u00a0' || u_isUWhiteSpace(static_cast<UChar32>(c)));
        offset = after;
        if (space) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        if (run.empty()) {
            utf8::append(out, c);
        } else {
            out.append(run);
        }
    }
    return out;
}

std::vector<std::string> split_blocks(std::string_view text) {
    auto lines = split_lines(text);
    bool wrapped = is_hard_wrapped(lines);
    std::vector<std::string> blocks;
    std::string paragraph;
    std::string_view previous;
    for (auto line : lines) {
        if (is_blank(line) || !wrapped || is_indented(line) || is_line_after_sentence_end(previous, line))
            flush(paragraph, blocks);
        previous = line;
        if (is_blank(line)) continue;
        if (!paragraph.empty()) paragraph += ' ';
        paragraph += line;
        if (!wrapped) flush(paragraph, blocks);
    }
    flush(paragraph, blocks);
    return blocks;
}

}  // namespace newsdex
