/** @file test_corpus.hpp
 *  @brief Temporary folders holding small corpora for tests.
 */
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace newsdex::testing {

/// A fresh temporary folder, deleted with the object.
class TemporaryFolder {
  public:
    TemporaryFolder();
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

/// Writes `content` to `folder / name`, creating parent folders.
void write_file(const std::filesystem::path& folder, std::string_view name, std::string_view content);

/// Copies the five seed articles of the repository's corpus/ into `folder`.
void copy_seed_corpus(const std::filesystem::path& folder);

/// The repository's corpus/ folder.
[[nodiscard]] std::filesystem::path seed_corpus();

/// An article file as a scraper leaves it: front matter (a date, a source), the headline,
/// a blank line, then `body`.
[[nodiscard]] inline std::string article(std::string_view title, std::string_view body) {
    return "---\ndate: 2022-03-01\nsource: Test Wire\n---\n" + std::string(title) + "\n\n" + std::string(body) + "\n";
}

/// Article `number` of a generated corpus in which every combination of seven words
/// ("economy", "growth", "election", "minister", "airline", "budget", "strike") occurs:
/// the words whose bit is set in `number`, each one to four times, then some filler, so that term frequencies and
/// lengths both vary. Its title
/// ("Report N from COUNTRY on the WORD") names a country and a word, its body another
/// country, its date a year from 2015 to 2018. Tests that compare the walks of
/// conjunctions with Xapian's matcher index such a corpus.
[[nodiscard]] std::string word_combination_article(std::size_t number);

/// Sentences that hold the test phrases ("chief executive", "prime minister", "general
/// election", "interest rates"), the same words apart or reversed, or neither: articles
/// made of a few of them test phrase matching, its split and its word pairs.
extern const std::vector<std::string> phrase_sentences;

/// A sixth article, about a person and place none of the seeds name.
inline constexpr std::string_view sixth_article = R"(---
date: 2021-06-15
source: Test Wire
---
Norway hosts Arctic climate talks

Norwegian Prime Minister Erna Solberg opened talks on Arctic shipping in Tromso on Tuesday, urging a
binding agreement on fuel standards for vessels crossing polar waters.

Solberg said the melting ice opened new routes that needed rules before traffic grew further.
)";

}  // namespace newsdex::testing
