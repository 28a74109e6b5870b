/** @file docid_range.hpp
 *  @brief Matches every document id in a range: put under OP_FILTER, it keeps a query's
 *  matches to one part of the index, so that two threads can each match a part
 *  (split_match.hpp). Xapian 1.4 has no such query of its own.
 */
#pragma once

#include <xapian.h>

namespace newsdex {

class DocidRange final : public Xapian::PostingSource {
  public:
    /// Document ids `first` to `last`, both included (`first` at least 1).
    DocidRange(Xapian::docid first, Xapian::docid last);

    void init(const Xapian::Database& database) override;
    [[nodiscard]] Xapian::doccount get_termfreq_min() const override { return 0; }
    [[nodiscard]] Xapian::doccount get_termfreq_est() const override { return every_document_; }
    [[nodiscard]] Xapian::doccount get_termfreq_max() const override { return every_document_; }
    [[nodiscard]] Xapian::docid get_docid() const override { return current_; }
    [[nodiscard]] bool at_end() const override { return current_ > last_; }
    void next(double minimum_weight) override;
    void skip_to(Xapian::docid docid, double minimum_weight) override;
    bool check(Xapian::docid docid, double minimum_weight) override;
    [[nodiscard]] DocidRange* clone() const override;
    [[nodiscard]] std::string get_description() const override;

  private:
    Xapian::docid first_, last_;
    /// 0 before the first next() or skip_to(). Ids of deleted documents are not skipped:
    /// the query beside this one under OP_FILTER matches none of them.
    Xapian::docid current_ = 0;
    Xapian::doccount every_document_ = 0;
};

}  // namespace newsdex
