/** @file facet_column.cpp
 *  @brief Reading the compact facets slot into entry numbers.
 */
#include "common/index/facet_column.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "common/schema.hpp"

namespace newsdex {

namespace {

/// Marks a person entry during the read, before the years (and so where people start)
/// are all known.
constexpr std::uint32_t person_mark = 0x80000000U;

/// Entry numbers for the people met: numbered in order of first appearance while the
/// slot is read, then in person-table order once all are known.
class PersonNumbering {
  public:
    std::uint32_t number(PersonNumber person) {
        auto [found, added] = numbers_.try_emplace(std::uint64_t{person.group} << 32 | person.member, people_.size());
        if (added) people_.push_back(person);
        return found->second;
    }

    /// Fills `groups` and `members` in person-table order; returns where each number
    /// given out by number() now stands in them.
    std::vector<std::uint32_t> sort(std::vector<std::uint32_t>& groups, std::vector<std::uint32_t>& members) const {
        std::vector<std::uint32_t> order(people_.size());
        for (std::uint32_t number = 0; number < order.size(); ++number) order[number] = number;
        std::sort(order.begin(), order.end(), [this](auto a, auto b) {
            return std::pair(people_[a].group, people_[a].member) < std::pair(people_[b].group, people_[b].member);
        });
        std::vector<std::uint32_t> place(order.size());
        for (std::uint32_t at = 0; at < order.size(); ++at) {
            groups.push_back(people_[order[at]].group);
            members.push_back(people_[order[at]].member);
            place[order[at]] = at;
        }
        return place;
    }

  private:
    std::unordered_map<std::uint64_t, std::uint32_t> numbers_;
    std::vector<PersonNumber> people_;
};

/// Each document's length by docid, `count` of them (docid 0 and deleted documents: 0),
/// read along the length list in one pass.
std::vector<std::uint32_t> document_lengths(const Xapian::Database& database, std::size_t count) {
    std::vector<std::uint32_t> lengths(count);
    for (auto document = database.postlist_begin(""); document != database.postlist_end(""); ++document) {
        if (*document < count) lengths[*document] = document.get_doclength();
    }
    return lengths;
}

}  // namespace

std::shared_ptr<const FacetColumn> FacetColumn::load(const Xapian::Database& database, std::size_t byte_budget) {
    std::size_t document_slots = std::size_t{database.get_lastdocid()} + 2;
    // Each document has a start and a length.
    if (2 * sizeof(std::uint32_t) * document_slots > byte_budget) return nullptr;
    auto column = std::make_shared<FacetColumn>();
    auto& starts = column->read_starts_;
    auto& entries = column->read_entries_;
    starts.reserve(document_slots);
    starts.push_back(0);  // docid 0 is never used
    PersonNumbering people;
    std::uint32_t last_year = 0;
    auto end = database.valuestream_end(schema::slot::compact_facets);
    for (auto value = database.valuestream_begin(schema::slot::compact_facets); value != end; ++value) {
        while (starts.size() <= value.get_docid()) starts.push_back(static_cast<std::uint32_t>(entries.size()));
        const std::string bytes = *value;
        CompactFacets facets(bytes);
        if (!facets.valid()) continue;
        if (auto year = static_cast<std::uint32_t>(facets.year())) {
            entries.push_back(first_year + year);
            last_year = std::max(last_year, year);
        }
        for (std::size_t i = 0; i < facets.country_count(); ++i) {
            std::string_view code = facets.country(i);
            entries.push_back(static_cast<std::uint32_t>(code[0] - 'A') * letters +
                              static_cast<std::uint32_t>(code[1] - 'A'));
        }
        PersonNumber person;
        while (facets.next_person(person)) entries.push_back(person_mark | people.number(person));
        if (sizeof(std::uint32_t) * (entries.size() + 2 * starts.capacity()) > byte_budget) return nullptr;
    }
    while (starts.size() < document_slots) starts.push_back(static_cast<std::uint32_t>(entries.size()));
    std::vector<std::uint32_t> place = people.sort(column->read_person_groups_, column->read_person_members_);
    column->first_person_ = first_year + last_year + 1;
    for (auto& entry : entries) {
        if (entry & person_mark) entry = column->first_person_ + place[entry & ~person_mark];
    }
    column->read_lengths_ = document_lengths(database, document_slots - 1);
    column->starts_ = starts;
    column->entries_ = entries;
    column->person_groups_ = column->read_person_groups_;
    column->person_members_ = column->read_person_members_;
    column->lengths_ = column->read_lengths_;
    return column;
}

std::string FacetColumn::country_code(std::uint32_t entry) {
    return {static_cast<char>('A' + entry / letters), static_cast<char>('A' + entry % letters)};
}

}  // namespace newsdex
