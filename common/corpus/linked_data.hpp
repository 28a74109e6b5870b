/** @file linked_data.hpp
 *  @brief The publication date a web page's schema.org JSON-LD gives its article.
 *
 * News sites describe their articles to search engines in a
 * `<script type="application/ld+json">` block (schema.org's NewsArticle, Article,
 * BlogPosting…; Google's news guidelines ask for it), often where no meta tag gives the
 * date. Only the block's top-level objects are read (the block itself, the members of
 * an array or of "@graph"): lists of other articles nest theirs deeper. An article's
 * datePublished comes before that of any other object (a WebPage's). 1970-01-01, the
 * zero of Unix time that templates print for an empty date, is no date.
 */
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsdex {

/// The datePublished of the article a JSON-LD block describes, as written
/// ("2019-10-19T12:09:00+02:00"); nothing when it names none or is no JSON.
[[nodiscard]] std::optional<std::string> linked_data_date_published(std::string_view json_text);

}  // namespace newsdex
