/** @file schema.hpp
 *  @brief The index schema: every term prefix, value slot and metadata key, in one place.
 *
 * This header is the single contract between newsdex-index and newsdex-search. Nobody else
 * spells a prefix or a slot number. Prefixes follow Xapian's conventions (omega's
 * termprefixes.rst): Q unique id, S title, N ISO-3166 country, Y/M/D year/month/day, and
 * X... for our own.
 *
 * A document holds:
 *   terms    English stems of the words of title (weight 5) and body (as TermGenerator's
 *            STEM_ALL files them, unprefixed: index/text_terms.hpp), folded first (NFKD, marks removed, case-folded) so
 *            search is accent- and case-insensitive. A standalone index keeps their
 *            positions in the position slots below, not in Xapian's position table; a
 *            shard (Layout) keeps them in Xapian's table.
 *            Stems only, not each word twice (raw + Z-stem): half the terms to invert,
 *            which is most of the indexing cost (see docs/performance.md);
 *            S-prefixed title words; boolean filter terms listed in `fields` below;
 *            in a standalone index, the frequent word pairs as boolean terms
 *            (prefix::word_pair).
 *   values   the slots below, the stored article among them (slot::stored_article).
 *   data     empty.
 * Metadata keys record how the index was built; the searcher refuses a mismatch.
 */
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <string_view>

namespace newsdex::schema {

/// Bump when terms, values or document data change shape: old indexes need --rebuild.
inline constexpr std::string_view version = "9";
/// The stemmer language used at index and query time.
inline constexpr std::string_view stemmer_language = "english";
/// Names the folding applied before the words are read (text/acronyms.hpp, then text/fold.hpp).
inline constexpr std::string_view folding = "acronyms-joined-nfkd-strip-marks-casefold-2";

namespace prefix {
/// Unique id: the article's path relative to the corpus (hashed when too long).
inline constexpr std::string_view unique_id = "Q";
/// Words of the title, for `title:` searches.
inline constexpr std::string_view title = "S";
/// A person's identity key (folded full name), for `person:` and --person.
inline constexpr std::string_view person = "XP";
/// A person's folded surname, so `--person maduro` matches every Maduro.
inline constexpr std::string_view person_surname = "XPS";
/// ISO 3166-1 alpha-2 country code, upper case.
inline constexpr std::string_view country = "N";
/// Publication year, YYYY.
inline constexpr std::string_view year = "Y";
/// Publication month, YYYYMM.
inline constexpr std::string_view month = "M";
/// Publication day, YYYYMMDD.
inline constexpr std::string_view day = "D";
/// Two terms filed at positions side by side, as one boolean term: "XW" and the pair's
/// number (word_pair_term), short, as most documents hold a few dozen. Only the pairs
/// that the run that first filled the index chose as frequent (metadata::word_pair,
/// index/word_pairs.hpp), in every document that has them, so that a phrase of such a
/// pair matches by one posting list instead of every candidate's position maps.
inline constexpr std::string_view word_pair = "XW";
}  // namespace prefix

namespace slot {
/// Publication year, sortable_serialise(double): year ranges and the years facet.
inline constexpr Xapian::valueno year = 0;
/// Publication date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD): sorts newest first.
inline constexpr Xapian::valueno date = 1;
/// People facet: the sorted "key<US>display" entries joined by <RS> (see facet_encoding).
/// Shards only (Layout::shard), for Xapian's built-in spies.
inline constexpr Xapian::valueno people = 2;
/// Countries facet: the sorted ISO codes joined by <RS>. Shards only.
inline constexpr Xapian::valueno countries = 3;
/// Content signature of the source file, for incremental indexing.
inline constexpr Xapian::valueno signature = 4;
/// Path relative to the corpus (the full path even when the Q term is hashed).
inline constexpr Xapian::valueno path = 5;
/// The three facets again, compact, for the searcher's entry spy on local databases:
/// year, ISO codes and each people entry's number (facet_encoding.hpp, numbered by
/// index/person_registry.hpp). An eighth of the bytes of the slots above, and one read
/// per match instead of three.
inline constexpr Xapian::valueno compact_facets = 6;
/// Word positions of the title and body terms (index/position_map.hpp) in
/// `position_slot_count` slots from here, a term's slot chosen by its hash: a value per
/// slot and document instead of one position-table entry per term and document, and a
/// phrase check reads only its terms' slots. The searcher checks phrases, NEAR and ADJ
/// against them (search/position_check.hpp). Standalone indexes only: shards keep
/// positions in Xapian's position table.
inline constexpr Xapian::valueno positions_first = 7;
inline constexpr unsigned position_slot_count = 128;
/// The stored article as CBOR-encoded JSON in a Zstandard frame (index/stored_article.hpp,
/// index/document_compression.hpp): what the searcher shows and builds snippets from, so
/// it never reads the original file. A value rather than the document data: Xapian's
/// glass backend deflates every data tag on writing, and again at each compaction when the
/// first try did not shrink it, as a frame never does; values it stores as they are.
inline constexpr Xapian::valueno stored_article = positions_first + position_slot_count;
/// The source file's stamp when it was read (corpus/source_stamp.hpp), or none when it had
/// changed too recently to be trusted: an update run skips a file whose stamp is the same
/// without reading it. Indexes written before this slot have none, and their files are
/// read and compared by content signature, as before.
inline constexpr Xapian::valueno source_stamp = stored_article + 1;
}  // namespace slot

namespace metadata {
inline constexpr std::string_view version = "newsdex:schema";
/// "standalone" or "shard" (Layout below).
inline constexpr std::string_view layout = "newsdex:layout";
inline constexpr std::string_view stemmer = "newsdex:stemmer";
inline constexpr std::string_view folding = "newsdex:folding";
/// Files that failed last run, one "path<TAB>reason" per line (index/indexed_documents.hpp).
inline constexpr std::string_view failed = "newsdex:failed";
/// Followed by a person group number (decimal): that group's people entries in member
/// order, joined by the record separator (index/person_registry.hpp).
inline constexpr std::string_view person_group_prefix = "newsdex:people:";
/// The person groups holding two entries that may be one person (same_person), as
/// "merging:" and then the group numbers, each followed by ':', the members that may be
/// one person with another joined by ',', and a space ("merging:4:0,3 17:1,2 "; indexes
/// written before the members were recorded have the numbers alone). The searcher
/// merges spellings only in these groups, and only those members; every other entry is
/// its own person.
inline constexpr std::string_view merging_person_groups = "newsdex:people-merging";
/// The rules of same_person the table above was made by (person_identity_version): a
/// table made by others says nothing, and every group may merge until the indexer makes
/// it again.
inline constexpr std::string_view person_identity = "newsdex:people-identity";
/// Followed by a word pair (word_pair: two terms as filed, a space between): the
/// prefix::word_pair term the index files it as. None when no pairs were chosen (or the
/// index is older than them).
inline constexpr std::string_view word_pair = "newsdex:word-pair:";
}  // namespace metadata

/// What an index is built for. A standalone index is searched on its own by
/// newsdex-search: word positions in the position slots, which only newsdex reads, and
/// facets counted from the compact slot. A shard (newsdex-index --shard) is searched
/// together with others, through a stub file or a stock xapian-tcpsrv, which only run
/// Xapian's own phrase matching and built-in spies: positions in Xapian's position table
/// and the whole-value people and countries slots, a bigger index.
enum class Layout { standalone, shard };

/// Separators inside multi-valued facet slots (ASCII record and unit separators, which
/// never occur in cleaned text).
inline constexpr char facet_record_separator = '\x1e';
inline constexpr char facet_unit_separator = '\x1f';

/// Weight of title words relative to body words (omega uses 5 too).
inline constexpr Xapian::termcount title_weight = 5;
/// Gap in term positions between title and body, so phrases cannot span them.
inline constexpr Xapian::termpos field_gap = 100;

/// A search field: how users name it and what it maps to. --help and docs iterate this.
struct Field {
    std::string_view name;         ///< the query prefix users type, e.g. "person"
    std::string_view prefix;       ///< Xapian term prefix
    bool boolean;                  ///< filter (true) or free text (false)
    std::string_view description;  ///< one line for --help
    std::string_view example;      ///< an example query
};

inline constexpr std::array<Field, 4> fields{{
    {"title", prefix::title, false, "words in the headline", "title:sanctions"},
    {"person", prefix::person, true, "a person named in the article (any spelling)", "person:\"nicolas maduro\""},
    {"country", prefix::country, true, "a country, by ISO code, name or demonym", "country:VE"},
    {"year", prefix::year, true, "publication year or range", "year:2017..2020"},
}};

/// The unique-id term for a corpus-relative path; long paths are hashed to stay under
/// Xapian's 245-byte term limit.
[[nodiscard]] std::string unique_id_term(std::string_view relative_path);

/// Prefix + value for a boolean term.
[[nodiscard]] std::string boolean_term(std::string_view prefix, std::string_view value);

/// The word pair of `first` filed just before `second` (terms as filed: stems, title
/// ones with their prefix), as metadata::word_pair names it: a space parts them, which
/// no term holds.
[[nodiscard]] std::string word_pair(std::string_view first, std::string_view second);
/// The same into `pair`, reusing its buffer.
void word_pair(std::string& pair, std::string_view first, std::string_view second);

/// The metadata key that records `pair` (a word_pair) with its term (metadata::word_pair).
[[nodiscard]] std::string word_pair_key(std::string_view pair);

/// The prefix::word_pair term of the pair numbered `number`.
[[nodiscard]] std::string word_pair_term(std::size_t number);

}  // namespace newsdex::schema
