/** @file people_merging.cpp
 *  @brief Merging spellings, group by group.
 */
#include "common/search/people_merging.hpp"

#include <algorithm>
#include <queue>

#include "common/extract/person_identity.hpp"
#include "common/index/facet_encoding.hpp"

namespace newsdex {

namespace {

/// The distinct surnames of a sorted list of counts, numbered in order of appearance,
/// each with the surnames that may be one name with it (same_name_word, within one
/// surname group), itself first. Found once per surname, so merging compares a count only
/// with people under those surnames, by number, without a lookup per comparison.
class SurnameVariants {
  public:
    explicit SurnameVariants(const std::vector<PersonCount>& counts) {
        surname_of_.reserve(counts.size());
        std::unordered_map<std::string_view, std::size_t> numbers;
        for (const auto& count : counts) {
            std::string_view surname = key_surname(count.key);
            auto [found, added] = numbers.try_emplace(surname, variants_.size());
            if (added) add(surname);
            surname_of_.push_back(found->second);
        }
    }

    [[nodiscard]] std::size_t size() const { return variants_.size(); }
    /// The surname number of the i-th count.
    [[nodiscard]] std::size_t surname_of(std::size_t count) const { return surname_of_[count]; }
    /// Surname numbers that may be one name with `surname`: itself, then others in order.
    [[nodiscard]] const std::vector<std::size_t>& variants(std::size_t surname) const { return variants_[surname]; }

  private:
    void add(std::string_view surname) {
        std::size_t number = variants_.size();
        variants_.push_back({number});
        auto& bucket = buckets_[surname_group(surname)];
        for (const auto& [other, other_number] : bucket) {
            if (!same_name_word(other, surname)) continue;
            variants_[number].push_back(other_number);
            variants_[other_number].push_back(number);
        }
        bucket.emplace_back(surname, number);
    }

    std::vector<std::size_t> surname_of_;
    std::vector<std::vector<std::size_t>> variants_;
    /// surname group → its surnames with their numbers (views into the counts' keys)
    std::unordered_map<std::string_view, std::vector<std::pair<std::string_view, std::size_t>>> buckets_;
};

}  // namespace

std::vector<PersonCount> merge_people(std::vector<PersonCount> counts) {
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    const SurnameVariants surnames(counts);  // views into counts: read before any is moved
    std::vector<std::string_view> given_names;
    given_names.reserve(counts.size());
    for (const auto& count : counts) given_names.push_back(key_given(count.key));
    std::vector<std::vector<std::size_t>> merged_by_surname(surnames.size());
    std::vector<std::size_t> merged_counts;  ///< index in counts of each merged person
    merged_counts.reserve(counts.size());
    // The person already merged that counts[index] is, if any.
    auto merged_person = [&](std::size_t index) -> PersonCount* {
        for (std::size_t variant : surnames.variants(surnames.surname_of(index))) {
            for (std::size_t merged : merged_by_surname[variant]) {
                // Surnames are variants of one another, so same_person reduces to this.
                if (counts[merged].key == counts[index].key || same_given_part(given_names[merged], given_names[index]))
                    return &counts[merged];
            }
        }
        return nullptr;
    };
    for (std::size_t index = 0; index < counts.size(); ++index) {
        PersonCount& count = counts[index];
        PersonCount* person = merged_person(index);
        if (!person) {
            merged_by_surname[surnames.surname_of(index)].push_back(index);
            merged_counts.push_back(index);
            continue;
        }
        person->count += count.count;
        person->merged_keys.push_back(count.key);
        if (better_display_name(count.name, person->name)) person->name = count.name;
    }
    std::vector<PersonCount> merged;
    merged.reserve(merged_counts.size());
    for (std::size_t index : merged_counts) merged.push_back(std::move(counts[index]));
    return merged;
}

/// One count per person key, shown by the best spelling seen for it.
std::vector<PersonCount> people_by_key(const EntryList& entries) {
    std::unordered_map<std::string, PersonCount, ViewHash, std::equal_to<>> people;
    for (const auto& [entry, count] : entries) {
        auto [key, name] = decode_person_entry(entry);
        auto found = people.find(key);
        if (found == people.end())
            found = people.emplace(std::string(key), PersonCount{std::string(name), std::string(key), 0, {}}).first;
        PersonCount& person = found->second;
        person.count += count;
        // Spellings of one key are nearly always identical: compare only when they differ.
        if (name != person.name && better_display_name(name, person.name)) person.name = std::string(name);
    }
    std::vector<PersonCount> counts;
    counts.reserve(people.size());
    for (auto& [key, person] : people) counts.push_back(std::move(person));
    return counts;
}

namespace {

/// The most any person of `group` can count.
Xapian::doccount bound(const PeopleGroup& group) {
    if (!group.distinct_counts) return group.most.value_or(group.total);
    if (group.distinct_counts->empty()) return group.total;
    return *std::max_element(group.distinct_counts->begin(), group.distinct_counts->end());
}

}  // namespace

std::vector<PersonCount> most_frequent_people(std::vector<PeopleGroup> groups, std::size_t limit) {
    std::vector<std::pair<Xapian::doccount, PeopleGroup*>> by_bound;
    for (auto& group : groups) by_bound.emplace_back(bound(group), &group);
    std::sort(by_bound.begin(), by_bound.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<PersonCount> named;
    // The `limit` largest counts known so far; the smallest of them is the bar to beat.
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> best;
    auto count = [&](Xapian::doccount person_count) {
        best.push(person_count);
        if (best.size() > limit) best.pop();
    };
    std::vector<const PeopleGroup*> distinct;  ///< counted, to be named once the bar is known
    for (const auto& [most, group] : by_bound) {
        if (best.size() >= limit && (limit == 0 || most < best.top())) break;
        if (group->distinct_counts) {
            for (auto person_count : *group->distinct_counts) count(person_count);
            distinct.push_back(group);
            continue;
        }
        for (auto& person : merge_people(people_by_key(group->entries()))) {
            count(person.count);
            named.push_back(std::move(person));
        }
    }
    // A distinct group's entries are its people: name those reaching the bar (ties too,
    // for the key order), without merging.
    std::size_t bar = limit > 0 && best.size() >= limit ? best.top() : 0;
    for (const auto* group : distinct) {
        if (bound(*group) < bar) continue;
        EntryList reaching = group->entries();
        std::erase_if(reaching, [&](const auto& entry) { return entry.second < bar; });
        for (auto& person : people_by_key(reaching)) named.push_back(std::move(person));
    }
    // The order a merge of everything gives: by count, equal counts in key order.
    std::sort(named.begin(), named.end(),
              [](const auto& a, const auto& b) { return a.count != b.count ? a.count > b.count : a.key < b.key; });
    return named;
}

}  // namespace newsdex
