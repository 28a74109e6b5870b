/** @file searcher.cpp
 *  @brief Matching, facets and snippets.
 */
#include "common/search/searcher.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <thread>
#include <unordered_map>

#include "common/error.hpp"
#include "common/index/database_check.hpp"
#include "common/index/database_layout.hpp"
#include "common/index/facet_column.hpp"
#include "common/index/term_bitmaps.hpp"
#include "common/schema.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/hit_page.hpp"
#include "common/search/match_count.hpp"
#include "common/search/person_table.hpp"
#include "common/search/position_check.hpp"
#include "common/search/proximity.hpp"
#include "common/search/query_builder.hpp"
#include "common/search/ranked_walk.hpp"
#include "common/search/remote_shards.hpp"
#include "common/search/same_text.hpp"
#include "common/search/side_count.hpp"
#include "common/search/side_proximity.hpp"
#include "common/search/side_thread.hpp"
#include "common/search/snippet.hpp"
#include "common/search/spelling.hpp"
#include "common/search/split_match.hpp"
#include "common/search/word_pair_terms.hpp"

namespace newsdex {

namespace {

/// The page's hits as ranked, their articles left for the thread that builds each to read.
std::vector<StoredHit> stored_hits(const Xapian::MSet& matches) {
    std::vector<StoredHit> stored;
    stored.reserve(matches.size());
    for (auto it = matches.begin(); it != matches.end(); ++it) {
        stored.push_back({it.get_rank() + 1, it.get_weight(), *it, std::nullopt});
    }
    return stored;
}

/// The page's hits from the best documents of a walk or a split match.
std::vector<StoredHit> stored_hits(const std::vector<RankedDocument>& best, std::size_t offset) {
    std::vector<StoredHit> stored;
    for (std::size_t rank = offset; rank < best.size(); ++rank) {
        stored.push_back({rank + 1, best[rank].weight, best[rank].docid, std::nullopt});
    }
    return stored;
}

/// Whether the machine has a second core: asked once, and only by a handle that searches
/// again or a phrase search that may be split, as glibc reads /sys for it (three system
/// calls other one-shot searches need not make).
bool has_two_cores() {
    static const bool two_cores = std::thread::hardware_concurrency() > 1;
    return two_cores;
}

/// The handle's side thread, started on first use.
SideThread& side_thread(SearchDatabase& opened) {
    if (!opened.side_thread) opened.side_thread = std::make_shared<SideThread>();
    return *opened.side_thread;
}

/// The side thread's handle on the index, made on first use (opened by its first task).
const std::shared_ptr<SideDatabase>& side_database(SearchDatabase& opened) {
    if (!opened.side_database) opened.side_database = std::make_shared<SideDatabase>(opened.path);
    return opened.side_database;
}

/// The hits of `page`, built by this thread (and the side thread's if it started); a
/// damaged stored article names its document and the way out.
std::vector<Hit> take_hits(const SearchDatabase& opened, HitPage& page, const Highlighter& highlighter) {
    Xapian::docid failed = 0;
    try {
        return page.take(highlighter, stored_article_reader(opened.xapian), failed);
    } catch (const std::runtime_error& error) {
        throw DatabaseError(fmt::format("{} (document {}): {}; re-run newsdex-index --rebuild",
                                        opened.xapian.get_document(failed).get_value(schema::slot::path), failed,
                                        error.what()));
    }
}

/// The hits of `page`: the side thread builds some (hit_page.hpp) while this one counts
/// the matches and their facets (`count_facets`), for a handle that searches again (as
/// for its warm state, a one-shot process would pay more to start the thread, about
/// 60 µs, and to give it a Zstandard context than it saves), unless there is one hit or
/// one core. The side thread reads its hits' articles through its own handle when
/// `side_reads` (one local index with revisions); else this one reads them all first.
/// When the side thread counts (`side_counting`), this one builds the page first, then
/// takes the count.
std::vector<Hit> build_hits(SearchDatabase& opened, const std::shared_ptr<HitPage>& page,
                            const Highlighter& highlighter, const std::function<void()>& count_facets,
                            bool side_counting, bool side_reads) {
    if (side_counting) {
        std::vector<Hit> hits = take_hits(opened, *page, highlighter);
        count_facets();
        return hits;
    }
    if (opened.searches > 1 && page->size() > 1 && has_two_cores()) {
        Highlighter own = highlighter.with_stemmer(Xapian::Stem(std::string(schema::stemmer_language)));
        if (side_reads) {
            side_thread(opened).run([page, own = std::move(own), side = side_database(opened),
                                     revision = opened.xapian.get_revision(), uuid = opened.xapian.get_uuid()] {
                // A handle that moved on, or could not be opened, leaves the page to the
                // searching thread; nothing may escape a task of the side thread.
                try {
                    if (Xapian::Database* database = side->at(revision, uuid)) {
                        page->build_some(own, stored_article_reader(*database));
                    }
                } catch (...) {  // NOLINT(bugprone-empty-catch): as when it moved on
                }
            });
        } else {
            page->read_all(stored_article_reader(opened.xapian));
            side_thread(opened).run([page, own = std::move(own)] { page->build_some(own, {}); });
        }
    }
    count_facets();
    return take_hits(opened, *page, highlighter);
}

/// Shows each hit's people by one name per person: the facet list's name for the people
/// the facet counter named, and for the others the best spelling among the hits shown.
void use_match_set_names(std::vector<Hit>& hits, const std::vector<PersonCount>& named) {
    // Only the hits' keys are looked up: the counter may have named hundreds of people.
    std::unordered_map<std::string_view, const std::string*> names;
    for (const auto& hit : hits) {
        for (const auto& person : hit.article.people) names.try_emplace(person.key, nullptr);
    }
    auto learn = [&](const std::vector<PersonCount>& people) {
        for (const auto& person : people) {
            auto give_name = [&](std::string_view key) {
                if (auto found = names.find(key); found != names.end()) found->second = &person.name;
            };
            give_name(person.key);
            for (const auto& key : person.merged_keys) give_name(key);
        }
    };
    learn(named);
    std::vector<PersonCount> unnamed;
    for (const auto& hit : hits) {
        for (const auto& person : hit.article.people) {
            if (!names[person.key]) unnamed.push_back({person.name, person.key, 1, {}});
        }
    }
    const std::vector<PersonCount> merged = merge_people(std::move(unnamed));
    learn(merged);
    for (auto& hit : hits) {
        for (auto& person : hit.article.people) person.name = *names[person.key];
    }
}

/// At most this much memory for a facet column: about two million articles.
constexpr std::size_t facet_column_budget = std::size_t{64} << 20;

/// What a handle that searches one local index more than once keeps (SearchDatabase::
/// WarmState), read again when the index has moved on; none for a first search: loading
/// the column reads every document's facets, which a one-shot search (a newsdex-search
/// run) would pay for nothing.
const SearchDatabase::WarmState* warm_state(SearchDatabase& opened) {
    if (opened.searches < 2) return nullptr;
    Xapian::rev revision = 0;
    try {
        revision = opened.xapian.get_revision();
    } catch (const Xapian::UnimplementedError&) {
        return nullptr;  // a backend without revisions (in-memory): no telling when it changes
    }
    if (!opened.warm || opened.warm->revision != revision) {
        auto column = FacetColumn::open_saved(opened.path, opened.xapian, FacetColumn::Use::many_searches);
        if (!column) column = FacetColumn::load(opened.xapian, facet_column_budget);
        opened.warm = {revision, std::move(column), TermBitmaps::open_saved(opened.path, opened.xapian),
                       std::make_shared<PersonTable>(opened.xapian)};
    }
    return &*opened.warm;
}

/// Whether the index's phrases are ours to match: a standalone index has no Xapian
/// positions, so its phrases are matched by its word pairs' terms (word_pair_terms.hpp)
/// or checked against its position maps. Shards (schema::Layout) keep Xapian's positions,
/// and remote ones could not run our check anyway: Xapian matches their phrases itself.
bool matches_own_phrases(const Xapian::Database& database, bool has_remote_shards) {
    return !has_remote_shards && !database.has_positions();
}

/// The typed query with the phrases of the index's word pairs matched by their terms.
Xapian::Query paired_query(const Xapian::Database& database, bool has_remote_shards, const Xapian::Query& typed) {
    return matches_own_phrases(database, has_remote_shards) ? with_word_pair_terms(database, typed) : typed;
}

/// The paired query as matched: its other phrases checked against the position maps.
Xapian::Query checked_query(const Xapian::Database& database, bool has_remote_shards, const Xapian::Query& paired) {
    return matches_own_phrases(database, has_remote_shards) ? with_position_checks(paired) : paired;
}

Xapian::Query matched_query(const Xapian::Database& database, bool has_remote_shards, const BuiltQuery& built) {
    return checked_query(database, has_remote_shards, paired_query(database, has_remote_shards, built.query));
}

Xapian::Query matched_query(const SearchDatabase& opened, const BuiltQuery& built) {
    return matched_query(opened.xapian, opened.has_remote_shards, built);
}

/// How a search matches its query (searcher.cpp, search_once).
enum class MatchPlan {
    one_pass,      ///< the page ranked, then every match counted, on this thread
    split,         ///< each thread ranks and counts half the document ids (split_match.hpp)
    count_beside,  ///< the side thread counts while this one ranks the page (side_count.hpp)
    walk,          ///< a conjunction ranked and counted in one walk on this thread (ranked_walk.hpp)
};

/// The paired query as a conjunction that one walk of its posting lists can both rank and count
/// (ranked_walk.hpp): words and phrases that must all appear (filters and words left out
/// allowed), ranked by relevance, on one local index whose facet column holds document
/// lengths. Any other query is ranked by Xapian's matcher, as are phrases in an index
/// with Xapian's positions (a shard), which keeps no position maps to check.
std::optional<Conjunction> ranked_walk_conjunction(const Xapian::Database& database, const FacetColumn* column,
                                                   const Xapian::Query& paired, bool has_words,
                                                   const SearchRequest& request) {
    if (!column || column->lengths().empty() || !has_words || request.sort != SortOrder::relevance) {
        return std::nullopt;
    }
    auto conjunction = as_conjunction(paired);
    if (!conjunction || !conjunction->plain_weights) return std::nullopt;
    if (!conjunction->positions.empty() && database.has_positions()) return std::nullopt;
    return conjunction;
}

/// Xapian's estimate of how many articles `query` matches, from its posting lists'
/// lengths (no match is run: tens of µs at 100,000 articles). It decides whether a later
/// search that is not walked shares its match with the side thread (plan_match).
Xapian::doccount estimated_matches(const Xapian::Database& database, const Xapian::Query& query) {
    Xapian::Enquire estimate(database);
    estimate.set_query(query);
    return estimate.get_mset(0, 0).get_matches_estimated();
}

/// How many articles a walked conjunction matches at most: its rarest required term's.
/// Xapian's estimate takes the terms as independent, which the words of one query are
/// not: at 100,000 articles it put "prime minister" as a phrase matched by its word
/// pair's term (17,339 matches) at about 700, and "tony blair" (11,212) under 5,000.
Xapian::doccount most_matches(const Xapian::Database& database, const Conjunction& conjunction) {
    Xapian::doccount most = database.get_doccount();
    for (const auto& required : conjunction.required) {
        if (!required.term.empty()) most = std::min(most, database.get_termfreq(required.term));
    }
    return most;
}

/// How to match. A large match set is worth two cores to a handle that searches again, on
/// one local index with a facet column (counts are added by entry number), when Xapian
/// estimates it (an estimate costs it no matching; for a walked conjunction, its
/// rarest term's frequency, most_matches) at `split_match_from` candidates or
/// more for a phrase or NEAR query, split if ranked by relevance (the halves' pages are
/// merged by weight); else at `count_beside_from` matches or more: split too if the walk
/// ranks it (`walked`, ranked_walk.hpp; each half walked: at
/// 100,000 articles, warm, "election" 3.0 → 1.9 ms, "labour party" 3.3 → 2.3 ms), else
/// counted beside. Otherwise a query the walk ranks is walked on this thread. Below these
/// the side thread's handle, query and posting lists would cost more than they save. A
/// one-shot search (a newsdex-search run) gained nothing counting beside: 13 one-word
/// queries matching 12,000 to 37,000 of 100,000 articles, one process each, p50 2-5%
/// slower in three alternations (the thread's start and handle, and the two cores' cold
/// reads slowing each other on the benchmark VM), nor splitting a walk: 12 such queries
/// of one and two words, one process each, two alternations of five turns, p50 5.24 →
/// 5.50 ms and 4.94 → 5.24 ms; nor, since phrases read 128 position slots' maps instead
/// of 32, splitting a phrase: 8 phrases matching 581 to 47,000 articles, nine turns each,
/// 7 faster alone by 8-15% ("chief executive" 20.2 → 18.7 ms), one no different.
MatchPlan plan_match(const SearchDatabase& opened, const FacetColumn* column, const Xapian::Query& paired,
                     bool has_words, const SearchRequest& request, const Xapian::Query& query,
                     const std::optional<Conjunction>& walked) {
    MatchPlan alone = walked ? MatchPlan::walk : MatchPlan::one_pass;
    if (!column || opened.searches < 2) return alone;
    bool phrase = has_words && has_positional_node(paired) && !opened.xapian.has_positions() &&
                  request.sort == SortOrder::relevance;
    Xapian::doccount from = phrase ? opened.split_match_from : opened.count_beside_from;
    if (opened.xapian.get_doccount() < from) return alone;
    Xapian::doccount estimate = walked ? most_matches(opened.xapian, *walked) : estimated_matches(opened.xapian, query);
    if (estimate < from || !has_two_cores()) return alone;
    return phrase || walked ? MatchPlan::split : MatchPlan::count_beside;
}

/// The query of `request` as another handle on the same index matches it: a side thread
/// builds its own (Xapian queries count their references without atomics).
std::function<Xapian::Query(const Xapian::Database&)> query_for_other_handle(const SearchDatabase& opened,
                                                                             const SearchRequest& request) {
    return [request, remote = opened.has_remote_shards](const Xapian::Database& other) {
        return matched_query(other, remote, build_query(other, request));
    };
}

/// The query with the default AND between words read as OR, as --any does (explicit
/// operators, phrases, +word and filters kept); none when that changes nothing in the
/// query described as `all_words`.
std::optional<BuiltQuery> some_words_query(const SearchDatabase& opened, const SearchRequest& request,
                                           const std::string& all_words) {
    if (request.any_word) return std::nullopt;
    SearchRequest some_words = request;
    some_words.any_word = true;
    BuiltQuery built = build_query(opened.xapian, some_words);
    if (!built.has_words || built.query.get_description() == all_words) return std::nullopt;
    return built;
}

/// The words whose proximity re-ranks the best matches of `built` (proximity.hpp): none
/// for a date listing or a query without words.
std::vector<std::string> ranking_words(const SearchRequest& request, const BuiltQuery& built) {
    if (!request.proximity || !built.has_words || request.sort == SortOrder::date) return {};
    return proximity_words(built.query);
}

/// How many of the best documents by BM25 a page ending at `page_end` ranks: whole blocks
/// of `proximity_window` to re-rank by the proximity of `words`, or the page alone.
Xapian::doccount ranked_end(const std::vector<std::string>& words, std::size_t page_end) {
    auto end = static_cast<Xapian::doccount>(page_end);
    if (words.empty()) return end;
    auto window = static_cast<Xapian::doccount>(proximity_window);
    return (end + window - 1) / window * window;
}

/// Ranks `offset` to `page_end` of the match of `ranking` by BM25 alone.
std::vector<StoredHit> ranked_page(Xapian::Enquire& ranking, std::size_t offset, std::size_t page_end) {
    return stored_hits(
        ranking.get_mset(static_cast<Xapian::doccount>(offset), static_cast<Xapian::doccount>(page_end - offset)));
}

/// The ranked_end best documents of the match of `ranking` by BM25, in rank order.
std::vector<RankedDocument> best_by_weight(Xapian::Enquire& ranking, const std::vector<std::string>& words,
                                           std::size_t page_end) {
    Xapian::MSet matches = ranking.get_mset(0, ranked_end(words, page_end));
    std::vector<RankedDocument> best;
    for (auto it = matches.begin(); it != matches.end(); ++it) best.push_back({it.get_weight(), *it});
    return best;
}

/// Fills the page that the articles with every word left short (or empty) with those that
/// have only some of the words, best first, ranked after the whole match set and marked
/// Hit::partial; counts them into total_with_some_words. A user who types a question
/// ("why did the dollar fall against the euro") gets the closest articles instead of
/// nothing. The total and the facets stay those of the articles with every word. A date
/// listing is the match set's own: it gets only the count, when nothing matched.
/// `all_words` is the query the match set was matched with.
void add_partial_hits(SearchDatabase& opened, const SearchRequest& request, const SnippetMarkers& markers,
                      const Xapian::Query& all_words, SearchResult& result) {
    std::size_t page_end = request.offset + request.limit;
    bool fill_page = result.total < page_end && request.sort == SortOrder::relevance;
    if (result.total > 0 && !fill_page) return;
    auto relaxed = some_words_query(opened, request, result.query_description);
    if (!relaxed) return;
    Xapian::Query partial(Xapian::Query::OP_AND_NOT, matched_query(opened, *relaxed), all_words);
    Xapian::Enquire counting(opened.xapian);
    Xapian::doccount partial_total = count_every_match(counting, opened.xapian, partial);
    if (partial_total == 0) return;
    result.total_with_some_words = result.total + partial_total;
    if (!fill_page) return;
    std::size_t skip = request.offset > result.total ? request.offset - result.total : 0;
    Xapian::Enquire ranking(opened.xapian);
    ranking.set_query(partial);
    // By BM25 alone: proximity re-ranks queries of two words (proximity.hpp), and an
    // article with only some of two words never has both together.
    std::vector<StoredHit> stored = ranked_page(ranking, skip, page_end - result.total);
    for (auto& hit : stored) hit.rank += result.total;
    HitPage page(std::move(stored), request.snippet_words, markers);
    std::vector<Hit> hits = take_hits(opened, page, Highlighter::for_query(relaxed->query, relaxed->stemmer));
    use_match_set_names(hits, result.facets.people);
    for (auto& hit : hits) {
        hit.partial = true;
        result.hits.push_back(std::move(hit));
    }
}

/// The page of best documents, or the best to re-rank by proximity first; and the total
/// when the match counted it already.
struct RankedPage {
    std::vector<StoredHit> stored;  ///< the page, when no words are to be re-ranked
    /// Else the ranked_end best by BM25, in rank order, and the words re-ranking them.
    std::vector<RankedDocument> best;
    std::vector<std::string> words;
    std::optional<Xapian::doccount> total;
};

/// Ranks the matches of `query` for the page asked: in one walk of the posting lists of
/// `walked` that also counts every match into `facets` (MatchPlan::walk); in two halves
/// at once (MatchPlan::split; the halves' facets then counted by `counting`'s spies);
/// else in one pass stopping early, leaving the count to `counting`. One pass asked for
/// both (an exact count and the page, spies attached) took a one-word query matching
/// 37,000 of 100,000 articles 10-18 ms in Xapian 1.4, against 3 ms for the page and
/// 3.5 ms for the count apart. A query of two words ranks whole blocks of
/// `proximity_window` matches, for proximity to re-rank (rerank_page).
RankedPage rank_page(SearchDatabase& opened, const SearchRequest& request, const BuiltQuery& built,
                     const Xapian::Query& query, const std::shared_ptr<const FacetColumn>& column,
                     const std::shared_ptr<const TermBitmaps>& bitmaps, Xapian::Enquire& counting, FacetCounter& facets,
                     MatchPlan plan, const std::optional<Conjunction>& walked) {
    const Xapian::Database& database = opened.xapian;
    std::size_t page_end = request.offset + request.limit;
    RankedPage ranked;
    ranked.words = ranking_words(request, built);
    const auto& words = ranked.words;
    std::span<const std::uint32_t> lengths = column_lengths(column.get());
    if (plan == MatchPlan::walk) {
        RankedWalk walk = rank_conjunction(database, *walked, {lengths, bitmaps.get()}, ranked_end(words, page_end),
                                           [&facets](Xapian::docid document) { facets.count_match(document); });
        ranked.best = std::move(walk.best);
        ranked.total = walk.total;
    } else if (plan == MatchPlan::split) {
        HalfMatchInputs inputs{query_for_other_handle(opened, request), column, bitmaps, ranked_end(words, page_end),
                               walked};
        SplitMatchResult split_result =
            split_match(database, query, inputs, counting, facets, side_thread(opened), side_database(opened));
        ranked.best = std::move(split_result.best);
        ranked.total = split_result.total;
    } else {
        Xapian::Enquire ranking(database);
        ranking.set_query(query);
        if (!built.has_words || request.sort == SortOrder::date) {
            ranking.set_sort_by_value_then_relevance(schema::slot::date, true);
        }
        if (words.empty()) {
            ranked.stored = ranked_page(ranking, request.offset, page_end);
            return ranked;
        }
        ranked.best = best_by_weight(ranking, words, page_end);
    }
    if (words.empty()) ranked.stored = stored_hits(ranked.best, request.offset);
    return ranked;
}

/// Re-ranks a page's best documents by proximity, if it has words to, and keeps the page
/// (`request`'s offset to its end). `collect_facets` is called once, here or after: on
/// two cores, when the side thread reads the index through its own handle (`side_reads`:
/// one local index with revisions) and is not counting the match (`side_counting`), this
/// thread collects while the side thread re-ranks (side_proximity.hpp).
void rerank_page(SearchDatabase& opened, const SearchRequest& request, const std::shared_ptr<const FacetColumn>& column,
                 RankedPage& ranked, bool side_counting, bool side_reads, std::function<void()>& collect_facets) {
    if (ranked.words.empty()) return;
    const Xapian::Database& database = opened.xapian;
    if (side_reads && !side_counting && has_two_cores()) {
        ++opened.side_reranks;
        SideProximity beside(side_thread(opened), side_database(opened), database, ranked.words, column,
                             std::move(ranked.best));
        collect_facets();
        collect_facets = [] {};
        ranked.best = beside.take(database);
    } else {
        rank_by_proximity(database, ranked.words, ranked.best, column_lengths(column.get()));
    }
    std::size_t page_end = request.offset + request.limit;
    if (ranked.best.size() > page_end) ranked.best.resize(page_end);
    ranked.stored = stored_hits(ranked.best, request.offset);
}

/// One search; `matched` is set to the query it matched (for add_partial_hits).
SearchResult search_once(SearchDatabase& opened, const SearchRequest& request, const SnippetMarkers& markers,
                         Xapian::Query& matched) {
    const Xapian::Database& database = opened.xapian;
    BuiltQuery built = build_query(database, request);
    Xapian::Query paired = paired_query(database, opened.has_remote_shards, built.query);
    Xapian::Query query = checked_query(database, opened.has_remote_shards, paired);
    matched = query;
    // A conjunction of words and phrases is ranked and counted in one walk of its
    // posting lists when the facet column holds document lengths (ranked_walk.hpp; in
    // two halves at once when large, as below). Otherwise the page's pass asks for no
    // exact count and is watched by no spy, so Xapian's matcher stops weighing articles
    // that cannot reach the page. Then the count, while
    // the side thread builds the page's hits: every match, walked from the posting lists
    // for a plain conjunction, else unweighed and seen by the facet spies (count_matches).
    // A phrase with many candidates is ranked and counted in two halves at once instead
    // (rank_page).
    Xapian::Enquire counting(database);
    // Person numbers belong to one index: several databases searched together (remote
    // shards, or local ones in a stub) are counted by whole values instead.
    bool one_local = !opened.has_remote_shards && database.size() == 1;
    const SearchDatabase::WarmState* warm = one_local ? warm_state(opened) : nullptr;
    // A first search opens the column the indexer saved, if it is of this revision.
    std::shared_ptr<const FacetColumn> column = warm        ? warm->facet_column
                                                : one_local ? FacetColumn::open_saved(opened.path, database)
                                                            : nullptr;
    FacetCounter facets(database, counting, one_local ? FacetSpyKind::entries : FacetSpyKind::built_in, column,
                        warm ? warm->person_table.get() : nullptr);
    std::optional<Conjunction> walked =
        ranked_walk_conjunction(database, column.get(), paired, built.has_words, request);
    // The frequent terms' bitmaps, which only a walk reads (saved, as the column, by the indexer).
    std::shared_ptr<const TermBitmaps> bitmaps = warm     ? warm->term_bitmaps
                                                 : walked ? TermBitmaps::open_saved(opened.path, database)
                                                          : nullptr;
    MatchPlan plan = plan_match(opened, column.get(), paired, built.has_words, request, query, walked);
    if (plan == MatchPlan::split || plan == MatchPlan::count_beside) ++opened.shared_matches;
    std::optional<SideCount> side_count;
    if (plan == MatchPlan::count_beside) {
        side_count.emplace(side_thread(opened), side_database(opened), database,
                           query_for_other_handle(opened, request), column);
    }
    RankedPage ranked = rank_page(opened, request, built, query, column, bitmaps, counting, facets, plan, walked);
    SearchResult result;
    result.query_description = built.query.get_description();
    Highlighter highlighter =
        built.has_words ? Highlighter::for_query(built.query, built.stemmer) : Highlighter({}, built.stemmer);
    std::vector<PersonCount> named_people;
    std::function<void()> count_facets = [&] {
        result.total = ranked.total ? *ranked.total
                       : side_count ? side_count->take(counting, database, query, facets)
                                    : count_matches(counting, database, query, facets);
        result.facets = facets.collect(request.facet_limit, named_people);
    };
    rerank_page(opened, request, column, ranked, side_count.has_value(), warm != nullptr, count_facets);
    auto page = std::make_shared<HitPage>(std::move(ranked.stored), request.snippet_words, markers);
    result.hits = build_hits(opened, page, highlighter, count_facets, side_count.has_value(), warm != nullptr);
    use_match_set_names(result.hits, named_people);
    return result;
}

/// Whether `path`'s stub names a generation folder that exists now (a plain database
/// counts as its own); false for a stub newsdex did not write, or a folder it cannot
/// look at: the caller then reports the open's own error.
bool names_existing_generation(const std::string& path) {
    try {
        auto live = DatabaseLayout(path).current();
        std::error_code unreadable;
        return live && std::filesystem::exists(*live, unreadable);
    } catch (const std::exception&) {
        return false;
    }
}

/// Opens the database at `path`. A rebuild that publishes a new generation deletes the
/// one the old stub named (database_layout.hpp), so an open that read the old stub can
/// find that generation's tables gone: it is tried again while the stub names a
/// generation that exists, which the new one does. A database that fails on its own
/// fails the same way each time.
Xapian::Database open_published(const std::string& path) {
    constexpr int attempts = 4;
    for (int attempt = 1;; ++attempt) {
        try {
            return Xapian::Database(path);
        } catch (const Xapian::DatabaseOpeningError&) {
            if (attempt == attempts || !names_existing_generation(path)) throw;
        }
    }
}

}  // namespace

SearchDatabase open_database(const std::string& path) {
    if (!std::filesystem::exists(path)) {
        throw DatabaseError(fmt::format("{}: no database here; run newsdex-index --db {} first", path, path));
    }
    try {
        Xapian::Database database = open_published(path);
        check_schema(database);
        bool remote = has_remote_shards(path);
        // Stock servers and several indexes at once need what only shards keep: Xapian's
        // own positions and whole-value facets (schema::Layout). Xapian reads the
        // metadata of the first database listed.
        if ((remote || database.size() > 1) && read_layout(database) != schema::Layout::shard) {
            throw DatabaseError(
                "searches several indexes or a remote one, which must each be built with "
                "newsdex-index --shard");
        }
        return {database, remote, path};
    } catch (const DatabaseError& error) {
        throw in_database(path, error);
    } catch (const Xapian::DatabaseOpeningError& error) {
        throw DatabaseError(fmt::format("{}: cannot open as a database ({})", path, error.get_msg()));
    } catch (const Xapian::DatabaseCorruptError& error) {
        throw DatabaseError(
            fmt::format("{}: database is corrupt ({}); re-run newsdex-index --rebuild", path, error.get_msg()));
    }
}

SearchResult run_search(SearchDatabase& database, const SearchRequest& request, const SnippetMarkers& markers) {
    ++database.searches;  // a retry is part of the same search
    auto search_for = [&](const SearchRequest& asked) {
        Xapian::Query all_words;
        SearchResult result = search_once(database, asked, markers, all_words);
        add_partial_hits(database, asked, markers, all_words, result);
        mark_same_text(result.hits);
        return result;
    };
    // A query that no article matches whole, spelt one edit from one that some do, is
    // searched as that one ("chancelor budget"), as a user retyping it would; the typed
    // words' partial matches are worth less than the intended query's.
    auto search = [&] {
        SearchResult result = search_for(request);
        result.did_you_mean = suggest_spelling(database.xapian, request.query);
        if (result.total > 0 || !result.did_you_mean) return result;
        SearchRequest corrected = request;
        corrected.query = *result.did_you_mean;
        SearchResult instead = search_for(corrected);
        if (instead.total == 0) return result;
        instead.did_you_mean = std::move(result.did_you_mean);
        instead.corrected = true;
        return instead;
    };
    try {
        try {
            return search();
        } catch (const Xapian::DatabaseModifiedError&) {
            // The indexer committed twice while we read: read the newest revision instead.
            database.xapian.reopen();
            return search();
        }
    } catch (const DatabaseError& error) {
        throw in_database(database.path, error);  // a damaged stored article or person table
    }
}

}  // namespace newsdex
