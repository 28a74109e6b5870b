/** @file split_match.cpp
 *  @brief Matching the two halves of the document ids on two threads.
 */
#include "common/search/split_match.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

#include "common/index/facet_column.hpp"
#include "common/search/docid_range.hpp"
#include "common/search/entry_spy.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/match_count.hpp"
#include "common/search/ranked_walk.hpp"
#include "common/search/side_thread.hpp"

namespace newsdex {

namespace {

/// One half's best documents and match count (its facets went to the counting spies).
struct HalfMatch {
    std::vector<RankedDocument> best;
    Xapian::doccount total = 0;
};

/// One half walked (HalfMatchInputs::walked), its matches counted into `facets`.
HalfMatch walk_half(const Xapian::Database& database, const HalfMatchInputs& inputs, Xapian::docid first,
                    Xapian::docid last, FacetCounter& facets) {
    RankedWalk walk = rank_conjunction(
        database, *inputs.walked, {inputs.column->lengths(), inputs.bitmaps.get()}, inputs.page_end,
        [&facets](Xapian::docid document) { facets.count_match(document); }, first, last);
    return {std::move(walk.best), walk.total};
}

HalfMatch match_half(const Xapian::Database& database, const Xapian::Query& query, Xapian::docid first,
                     Xapian::docid last, Xapian::doccount page_end, Xapian::Enquire& counting) {
    Xapian::Query half(Xapian::Query::OP_FILTER, query, Xapian::Query((new DocidRange(first, last))->release()));
    Xapian::Enquire ranking(database);
    ranking.set_query(half);
    Xapian::MSet best = ranking.get_mset(0, page_end);
    HalfMatch match;
    match.best.reserve(best.size());
    for (auto it = best.begin(); it != best.end(); ++it) match.best.push_back({it.get_weight(), *it});
    match.total = count_every_match(counting, database, half);
    return match;
}

/// The upper half, offered to the side thread: its match and facet counts.
using UpperHalf = OfferedTask<std::pair<HalfMatch, ColumnCounts>>;

/// The side thread's task: the upper half on its own handle, the query built again there.
void match_upper_half(UpperHalf& upper, SideDatabase& side_database, const HalfMatchInputs& inputs,
                      Xapian::rev revision, const std::string& uuid, Xapian::docid first, Xapian::docid last) {
    work_on_side_handle(upper, side_database, revision, uuid, [&](const Xapian::Database& database) {
        std::optional<std::pair<HalfMatch, ColumnCounts>> matched;
        Xapian::Enquire counting(database);
        FacetCounter facets(database, counting, FacetSpyKind::entries, inputs.column);
        HalfMatch match = inputs.walked
                              ? walk_half(database, inputs, first, last, facets)
                              : match_half(database, inputs.query_on(database), first, last, inputs.page_end, counting);
        if (auto counts = facets.take_column_counts()) matched.emplace(std::move(match), std::move(*counts));
        return matched;
    });
}

/// The side thread's upper half, once it is done and if it took no longer than
/// `patience`, its facet counts added to `facets`; nothing otherwise.
std::optional<HalfMatch> side_result(UpperHalf& upper, std::chrono::steady_clock::duration patience,
                                     FacetCounter& facets) {
    auto matched = upper.take(patience);
    if (!matched || !facets.add_column_counts(matched->second)) return std::nullopt;
    return std::move(matched->first);
}

}  // namespace

Xapian::Database* SideDatabase::at(Xapian::rev revision, const std::string& uuid) {
    auto matches = [&] { return xapian_->get_revision() == revision && xapian_->get_uuid() == uuid; };
    if (!xapian_) xapian_.emplace(path_);
    // A handle never goes back: a searching handle older than this one (not reopened since
    // the index moved on) is refused at once, not after opening the index again.
    if (xapian_->get_uuid() == uuid && xapian_->get_revision() > revision) return nullptr;
    if (!matches()) xapian_->reopen();
    if (!matches()) xapian_.emplace(path_);  // a rebuilt index: reopen keeps to the old one
    return matches() ? &*xapian_ : nullptr;
}

SplitMatchResult split_match(const Xapian::Database& database, const Xapian::Query& query,
                             const HalfMatchInputs& inputs, Xapian::Enquire& counting, FacetCounter& facets,
                             SideThread& side_thread, const std::shared_ptr<SideDatabase>& side_database) {
    Xapian::docid last = database.get_lastdocid(), middle = last / 2;
    auto upper = std::make_shared<UpperHalf>();
    WithdrawOnExit withdraw_on_exit{*upper};
    // Only what no Xapian handle of this thread's shares goes across: Xapian counts its
    // references without atomics.
    side_thread.run([upper, side_database, inputs, revision = database.get_revision(), uuid = database.get_uuid(),
                     middle,
                     last] { match_upper_half(*upper, *side_database, inputs, revision, uuid, middle + 1, last); });
    auto started = std::chrono::steady_clock::now();
    auto match_here = [&](Xapian::docid first, Xapian::docid last) {
        return inputs.walked ? walk_half(database, inputs, first, last, facets)
                             : match_half(database, query, first, last, inputs.page_end, counting);
    };
    HalfMatch lower = match_here(1, middle);
    auto patience = std::chrono::steady_clock::now() - started + side_head_start;
    std::optional<HalfMatch> upper_match = side_result(*upper, patience, facets);

    SplitMatchResult result;
    result.side_thread_matched = upper_match.has_value();
    if (!upper_match) upper_match = match_here(middle + 1, last);
    result.total = lower.total + upper_match->total;
    result.best = std::move(lower.best);
    result.best.insert(result.best.end(), upper_match->best.begin(), upper_match->best.end());
    std::sort(result.best.begin(), result.best.end(), [](const RankedDocument& a, const RankedDocument& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.docid < b.docid;
    });
    if (result.best.size() > inputs.page_end) result.best.resize(inputs.page_end);
    return result;
}

}  // namespace newsdex
