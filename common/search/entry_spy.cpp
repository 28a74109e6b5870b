/** @file entry_spy.cpp
 *  @brief The compact-slot facet spy.
 */
#include "common/search/entry_spy.hpp"

#include "common/index/facet_column.hpp"
#include "common/index/facet_encoding.hpp"
#include "common/schema.hpp"

namespace newsdex {

namespace {

/// A power of two; room for the people of a few hundred matches before the table grows
/// (growing was 3% of a query on the generated articles). Only a search without a facet
/// column counts here (the first of a handle, when the indexer saved none); 1,024 slots
/// saved 12 page faults but lost as much growing: BBC and 2,000-article one-shot p50
/// within ±3% either way, 100k 4% slower.
constexpr std::size_t initial_slots = 4096;
constexpr std::size_t letters = 26;

/// ISO 3166 alpha-2 codes are two capital letters (encode_compact_facets keeps no others).
std::size_t country_index(std::string_view code) {
    return static_cast<std::size_t>(code[0] - 'A') * letters + static_cast<std::size_t>(code[1] - 'A');
}

std::string country_code(std::size_t index) {
    return {static_cast<char>('A' + index / letters), static_cast<char>('A' + index % letters)};
}

}  // namespace

namespace {

/// Spreads group and member numbers (small, dense) over the table's low bits.
std::size_t bucket(std::uint64_t id) {
    std::uint64_t mixed = id * 0x9e3779b97f4a7c15ULL;
    return static_cast<std::size_t>(mixed ^ (mixed >> 29));
}

}  // namespace

void IdCounts::add(std::uint64_t id) {
    if (slots_.empty()) slots_.resize(initial_slots);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t index = bucket(id) & mask;; index = (index + 1) & mask) {
        Slot& slot = slots_[index];
        if (slot.count && slot.id == id) {
            ++slot.count;
            return;
        }
        if (!slot.count) {
            slot = {id, 1};
            if (++used_ * 2 > slots_.size()) grow();
            return;
        }
    }
}

void IdCounts::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const auto& slot : old) {
        if (!slot.count) continue;
        std::size_t index = bucket(slot.id) & mask;
        while (slots_[index].count) index = (index + 1) & mask;
        slots_[index] = slot;
    }
}

EntrySpy::EntrySpy(const Xapian::Database& database, std::shared_ptr<const FacetColumn> column)
    : database_(database), column_(std::move(column)) {
    if (column_) {
        column_counts_.by_entry.resize(column_->entry_count());
    } else {
        values_ = database_.valuestream_begin(schema::slot::compact_facets);
        countries_.resize(letters * letters);
    }
}

std::string EntrySpy::compact_facets(const Xapian::Document& document) {
    Xapian::docid document_id = document.get_docid();
    auto end = database_.valuestream_end(schema::slot::compact_facets);
    if (values_ != end && values_.get_docid() > document_id) return document.get_value(schema::slot::compact_facets);
    if (values_ != end) values_.skip_to(document_id);
    return values_ != end && values_.get_docid() == document_id ? *values_ : std::string();
}

void EntrySpy::count_from_column(Xapian::docid document) {
    // Held in locals: a count written through the array could, for all the compiler
    // knows, change the array itself, which it would then read again for every entry.
    Xapian::doccount* counts = column_counts_.by_entry.data();
    const std::size_t entries = column_counts_.by_entry.size();
    column_->for_each_entry(document, [counts, entries](std::uint32_t entry) {
        if (entry < entries) ++counts[entry];  // past them only in a damaged saved column
    });
}

void EntrySpy::operator()(const Xapian::Document& document, double) {
    if (column_) return count_from_column(document.get_docid());
    std::string value = compact_facets(document);
    CompactFacets facets(value);
    if (!facets.valid()) return;  // only a document without facets (we never write others)
    if (auto year = static_cast<std::size_t>(facets.year())) {
        if (year >= years_.size()) years_.resize(year + 1);
        ++years_[year];
    }
    for (std::size_t i = 0; i < facets.country_count(); ++i) ++countries_[country_index(facets.country(i))];
    PersonNumber person;
    while (facets.next_person(person)) people_.add(std::uint64_t{person.group} << 32 | person.member);
}

ColumnCounts EntrySpy::take_column_counts() {
    ColumnCounts taken = std::move(column_counts_);
    column_counts_ = {};
    if (column_) column_counts_.by_entry.resize(column_->entry_count());
    return taken;
}

bool EntrySpy::add_column_counts(const ColumnCounts& counts) {
    auto& by_entry = column_counts_.by_entry;
    if (!column_ || counts.by_entry.size() != by_entry.size()) return false;
    for (std::size_t entry = 0; entry < by_entry.size(); ++entry) by_entry[entry] += counts.by_entry[entry];
    return true;
}

std::span<const Xapian::doccount> EntrySpy::person_counts() const {
    return std::span(column_counts_.by_entry).subspan(column_->first_person());
}

std::vector<std::pair<std::string, Xapian::doccount>> EntrySpy::countries() const {
    std::vector<std::pair<std::string, Xapian::doccount>> countries;
    if (column_) {
        for (std::uint32_t entry = 0; entry < FacetColumn::first_year; ++entry) {
            if (column_counts_.by_entry[entry])
                countries.emplace_back(FacetColumn::country_code(entry), column_counts_.by_entry[entry]);
        }
        return countries;
    }
    for (std::size_t index = 0; index < countries_.size(); ++index) {
        if (!countries_[index]) continue;
        countries.emplace_back(country_code(index), countries_[index]);
    }
    return countries;
}

std::map<int, Xapian::doccount> EntrySpy::years() const {
    std::map<int, Xapian::doccount> years;
    if (column_) {
        for (std::uint32_t entry = FacetColumn::first_year; entry < column_->first_person(); ++entry) {
            if (column_counts_.by_entry[entry])
                years[static_cast<int>(entry - FacetColumn::first_year)] = column_counts_.by_entry[entry];
        }
        return years;
    }
    for (std::size_t year = 0; year < years_.size(); ++year) {
        if (years_[year]) years[static_cast<int>(year)] = years_[year];
    }
    return years;
}

}  // namespace newsdex
