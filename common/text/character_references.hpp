/** @file character_references.hpp
 *  @brief HTML character references left in scraped text, decoded.
 *
 * Text dumps of web pages keep the page's character references where the scraper did not
 * decode them: "Jos&#233; Manuel Barroso", "AT&amp;T", "&quot;No&quot;". Left as they
 * are, a name loses its accent and the person extractor its end, a search for "José"
 * misses the article, and snippets show markup. Decoded here: numeric references,
 * decimal and hexadecimal (128 to 159 read as Windows-1252, as browsers read them), and
 * the named entities of data/html_entities.tsv. A reference to no printable character
 * (a control, a surrogate, past U+10FFFF), a name the table does not hold, or one without
 * its semicolon stays as written.
 */
#pragma once

#include <string>
#include <string_view>

namespace newsdex {

/// `text` (UTF-8) with its character references decoded.
[[nodiscard]] std::string decode_character_references(std::string_view text);

}  // namespace newsdex
