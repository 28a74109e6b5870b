/** @file position_check.hpp
 *  @brief Phrase, NEAR and ADJ matched against the position maps of a local index.
 *
 * The index keeps word positions in a value slot (index/position_map.hpp), not in
 * Xapian's position table, so Xapian itself treats a phrase as plain AND. Before matching,
 * with_position_checks() turns each PHRASE or NEAR node of the parsed query into
 * FILTER(AND(its terms), PositionCheck): the same weight as Xapian's phrase (the sum of
 * its terms'), and only documents whose map has the terms lined up.
 *
 * A search matches its query twice (searcher.cpp: the page, then the count and facets),
 * so the clones of one check share what it found per document: the second pass looks a
 * verdict up instead of decoding the maps again (a phrase matching 47,000 articles at
 * 100k spent about half its time in the checks).
 */
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/search/position_map_reader.hpp"

namespace newsdex {

/// What a PHRASE, NEAR or ADJ node asks of positions.
struct PositionConstraint {
    std::vector<std::uint32_t> term_hashes;  ///< position_term_hash of each term, in query order
    Xapian::termcount window = 0;            ///< all terms within this many positions
    bool ordered = true;                     ///< PHRASE/ADJ: in query order; NEAR: any order
};

/// True when positions[i] (ascending positions of term i of `constraint`, terms that
/// repeat sharing one list) hold an occurrence of every term within the window: in order
/// for ordered constraints, at distinct positions for NEAR.
[[nodiscard]] bool positions_satisfy(const PositionConstraint& constraint,
                                     const std::vector<const std::vector<Xapian::termpos>*>& positions);

/// Matches the documents of one local database whose position map satisfies a constraint.
/// It is meant to sit under OP_FILTER beside the AND of the constraint's terms, which
/// leads the match; it contributes no weight.
class PositionCheck : public Xapian::PostingSource {
  public:
    /// What the clones of one check found, by docid: unknown, no or yes. Kept for one
    /// database at a time (a check made for several is asked afresh on each); a query
    /// is built for each search, so its database stays at one revision meanwhile.
    struct Verdicts {
        std::string database_uuid;
        std::vector<std::uint8_t> by_document;
    };

    explicit PositionCheck(PositionConstraint constraint,
                           std::shared_ptr<Verdicts> verdicts = std::make_shared<Verdicts>());

    void init(const Xapian::Database& database) override;
    [[nodiscard]] Xapian::doccount get_termfreq_min() const override { return 0; }
    [[nodiscard]] Xapian::doccount get_termfreq_est() const override { return document_count_; }
    [[nodiscard]] Xapian::doccount get_termfreq_max() const override { return document_count_; }
    [[nodiscard]] Xapian::docid get_docid() const override { return current_; }
    [[nodiscard]] bool at_end() const override { return at_end_; }
    void next(double minimum_weight) override;
    void skip_to(Xapian::docid docid, double minimum_weight) override;
    bool check(Xapian::docid docid, double minimum_weight) override;
    [[nodiscard]] PositionCheck* clone() const override;
    [[nodiscard]] std::string get_description() const override;

  private:
    void advance_from(Xapian::docid docid);
    bool matches(Xapian::docid docid);
    bool check_maps(Xapian::docid docid);

    PositionConstraint constraint_;
    std::shared_ptr<Verdicts> verdicts_;
    PositionMapReader maps_;
    Xapian::doccount document_count_ = 0;
    Xapian::docid current_ = 0;
    Xapian::docid next_candidate_ = 1;
    bool at_end_ = false;
};

/// What a PHRASE or NEAR node whose children are terms asks of positions; nothing for
/// any other node.
[[nodiscard]] std::optional<PositionConstraint> position_constraint(const Xapian::Query& node);

/// `query` with every PHRASE and NEAR node whose children are terms checked against the
/// position maps (see the file comment). Nodes without such a descendant stay as they are.
[[nodiscard]] Xapian::Query with_position_checks(const Xapian::Query& query);

/// Whether `query` has a PHRASE or NEAR node: positions to check in every candidate.
[[nodiscard]] bool has_positional_node(const Xapian::Query& query);

}  // namespace newsdex
