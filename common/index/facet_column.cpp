/** @file facet_column.cpp
 *  @brief Reading the compact facets slot into entry numbers.
 */
#include "common/index/facet_column.hpp"

#include <unordered_map>

#include "common/schema.hpp"

namespace newsdex {

namespace {

/// Marks a person entry during the read, before the years (and so where people start)
/// are all known.
constexpr std::uint32_t person_mark = 0x80000000U;

/// Entry numbers for the people met, in order of first appearance.
class PersonNumbering {
  public:
    std::uint32_t number(PersonNumber person) {
        auto [found, added] = numbers_.try_emplace(std::uint64_t{person.group} << 32 | person.member, people_.size());
        if (added) people_.push_back(person);
        return found->second;
    }
    std::vector<PersonNumber> take() { return std::move(people_); }

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
    for (auto person : people.take()) {
        column->read_people_.push_back(person.group);
        column->read_people_.push_back(person.member);
    }
    column->first_person_ = first_year + last_year + 1;
    for (auto& entry : entries) {
        if (entry & person_mark) entry = column->first_person_ + (entry & ~person_mark);
    }
    column->read_lengths_ = document_lengths(database, document_slots - 1);
    column->starts_ = starts;
    column->entries_ = entries;
    column->people_ = column->read_people_;
    column->lengths_ = column->read_lengths_;
    return column;
}

std::string FacetColumn::country_code(std::uint32_t entry) {
    return {static_cast<char>('A' + entry / letters), static_cast<char>('A' + entry % letters)};
}

}  // namespace newsdex
