/** @file split_match.cpp
 *  @brief Matching the two halves of the document ids on two threads.
 */
#include "common/search/split_match.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "common/index/facet_column.hpp"
#include "common/search/docid_range.hpp"
#include "common/search/entry_spy.hpp"
#include "common/search/facet_counter.hpp"
#include "common/search/match_count.hpp"
#include "common/search/ranked_walk.hpp"
#include "common/search/side_thread.hpp"

namespace newsdex {

namespace {

/// The best documents and match count of the parts one thread matched (their facets went
/// to its counter).
struct PartsMatch {
    std::vector<RankedDocument> best;
    Xapian::doccount total = 0;
};

/// The docid range cut into parts of about equal size that the two threads claim, each
/// the next one free, so that a thread slowed (by the host, or by the other vCPU: at
/// 100,000 articles the halves of "chief executive" took 0.95 ms each alone, 1.0 and
/// 1.4–1.6 side by side) does fewer, and neither waits long for the other.
class DocidParts {
  public:
    DocidParts(Xapian::docid last, std::size_t count)
        : last_(last), count_(std::max<std::size_t>(1, std::min<std::size_t>(count, last))) {}
    /// The next part no thread has claimed, and its number; nothing once all are.
    std::optional<std::pair<std::size_t, DocidPart>> claim() {
        std::size_t number = next_.fetch_add(1);
        if (number >= count_) return std::nullopt;
        return std::pair{number, part(number)};
    }
    [[nodiscard]] DocidPart part(std::size_t number) const {
        auto boundary = [this](std::size_t at) {
            return static_cast<Xapian::docid>(std::uint64_t{last_} * at / count_);
        };
        return {boundary(number) + 1, boundary(number + 1)};
    }
    [[nodiscard]] std::size_t count() const { return count_; }

  private:
    std::atomic<std::size_t> next_{0};
    Xapian::docid last_;
    std::size_t count_;
};

/// Parts for a walked conjunction: a part more costs the walk a restart, next to nothing.
/// Matched by Xapian's matcher, each part is a match of its own: two, as two halves.
constexpr std::size_t walked_parts = 16, matched_parts = 2;

/// `best` with `more` merged in, the `page_end` best kept, by weight, then by docid.
void merge_best(std::vector<RankedDocument>& best, const std::vector<RankedDocument>& more, std::size_t page_end) {
    best.insert(best.end(), more.begin(), more.end());
    std::sort(best.begin(), best.end(), [](const RankedDocument& a, const RankedDocument& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.docid < b.docid;
    });
    if (best.size() > page_end) best.resize(page_end);
}

/// One part matched by Xapian's matcher, its matches counted by `counting`'s spies.
PartsMatch match_part(const Xapian::Database& database, const Xapian::Query& query, DocidPart part,
                      Xapian::doccount page_end, Xapian::Enquire& counting) {
    Xapian::Query within(Xapian::Query::OP_FILTER, query,
                         Xapian::Query((new DocidRange(part.first, part.last))->release()));
    Xapian::Enquire ranking(database);
    ranking.set_query(within);
    Xapian::MSet best = ranking.get_mset(0, page_end);
    PartsMatch match;
    match.best.reserve(best.size());
    for (auto it = best.begin(); it != best.end(); ++it) match.best.push_back({it.get_weight(), *it});
    match.total = count_every_match(counting, database, within);
    return match;
}

/// The parts `next_part` hands out (std::optional<DocidPart>), walked (HalfMatchInputs::
/// walked, counted into `facets`) or else matched with `query` (counted by `counting`).
template <typename NextPart>
PartsMatch match_parts(const Xapian::Database& database, const Xapian::Query& query, const HalfMatchInputs& inputs,
                       NextPart next_part, FacetCounter& facets, Xapian::Enquire& counting) {
    if (inputs.walked) {
        RankedWalk walk = rank_conjunction_parts(
            database, *inputs.walked, {inputs.column->lengths(), inputs.bitmaps.get()}, inputs.page_end,
            [&facets](Xapian::docid document) { facets.count_match(document); }, next_part);
        return {std::move(walk.best), walk.total};
    }
    PartsMatch matched;
    for (auto part = next_part(); part; part = next_part()) {
        PartsMatch one = match_part(database, query, *part, inputs.page_end, counting);
        matched.total += one.total;
        merge_best(matched.best, one.best, inputs.page_end);
    }
    return matched;
}

/// The side thread's parts, offered to it: their match and facet counts.
using SideParts = OfferedTask<std::pair<PartsMatch, ColumnCounts>>;

/// The side thread's task: the parts it claims, on its own handle, the query built again
/// there.
void match_side_parts(SideParts& side, SideDatabase& side_database, const HalfMatchInputs& inputs, Xapian::rev revision,
                      const std::string& uuid, DocidParts& parts) {
    work_on_side_handle(side, side_database, revision, uuid, [&](const Xapian::Database& database) {
        std::optional<std::pair<PartsMatch, ColumnCounts>> matched;
        Xapian::Enquire counting(database);
        FacetCounter facets(database, counting, FacetSpyKind::entries, inputs.column);
        auto claim = [&parts]() -> std::optional<DocidPart> {
            auto claimed = parts.claim();
            return claimed ? std::optional(claimed->second) : std::nullopt;
        };
        Xapian::Query query = inputs.walked ? Xapian::Query() : inputs.query_on(database);
        PartsMatch match = match_parts(database, query, inputs, claim, facets, counting);
        if (auto counts = facets.take_column_counts()) matched.emplace(std::move(match), std::move(*counts));
        return matched;
    });
}

/// The side thread's parts, once it is done and if it took no longer than `patience`,
/// their facet counts added to `facets`; nothing otherwise.
std::optional<PartsMatch> side_result(SideParts& side, std::chrono::steady_clock::duration patience,
                                      FacetCounter& facets) {
    auto matched = side.take(patience);
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
    auto parts = std::make_shared<DocidParts>(database.get_lastdocid(), inputs.walked ? walked_parts : matched_parts);
    auto side = std::make_shared<SideParts>();
    WithdrawOnExit withdraw_on_exit{*side};
    // Only what no Xapian handle of this thread's shares goes across: Xapian counts its
    // references without atomics.
    side_thread.run(
        [side, side_database, inputs, parts, revision = database.get_revision(), uuid = database.get_uuid()] {
            match_side_parts(*side, *side_database, inputs, revision, uuid, *parts);
        });
    auto started = std::chrono::steady_clock::now();
    std::vector<bool> claimed_here(parts->count());
    auto claim_here = [&]() -> std::optional<DocidPart> {
        auto claimed = parts->claim();
        if (!claimed) return std::nullopt;
        claimed_here[claimed->first] = true;
        return claimed->second;
    };
    PartsMatch here = match_parts(database, query, inputs, claim_here, facets, counting);
    auto patience = std::chrono::steady_clock::now() - started + side_head_start;
    std::optional<PartsMatch> there = side_result(*side, patience, facets);

    SplitMatchResult result;
    result.side_thread_matched = there.has_value();
    if (!there) {
        // The side thread's parts, unfinished, failed or none: every part not claimed here.
        std::size_t at = 0;
        auto not_claimed_here = [&]() -> std::optional<DocidPart> {
            while (at < claimed_here.size() && claimed_here[at]) ++at;
            if (at == claimed_here.size()) return std::nullopt;
            return parts->part(at++);
        };
        there = match_parts(database, query, inputs, not_claimed_here, facets, counting);
    }
    result.total = here.total + there->total;
    result.best = std::move(here.best);
    merge_best(result.best, there->best, inputs.page_end);
    return result;
}

}  // namespace newsdex
