/** @file people_merging.cpp
 *  @brief Merging spellings, group by group.
 */
#include "common/search/people_merging.hpp"

#include <algorithm>
#include <cstdint>
#include <queue>

#include "common/extract/person_identity.hpp"
#include "common/index/facet_encoding.hpp"

namespace newsdex {

namespace {

/// One surname group's counts (a run of the key-sorted list, as every key of a group
/// starts with the group's letters), merged in key order. A count is compared only with
/// people already merged under its own surname, then under the group's other surnames
/// that are one name word with it (same_name_word), in key order.
class SurnameGroupMerger {
  public:
    /// `order`: indexes of `counts` in key order.
    SurnameGroupMerger(std::vector<PersonCount>& counts, const std::vector<std::uint32_t>& order)
        : counts_(counts), order_(order) {}

    /// Merges the counts order[begin, end) of one group; appends the index in counts of
    /// each merged person.
    void merge(std::size_t begin, std::size_t end, std::vector<std::uint32_t>& merged_counts) {
        find_surnames(begin, end);
        merged_.clear();
        for (std::size_t surname = 0; surname < surnames_.size(); ++surname) {
            surnames_[surname].merged_begin = surnames_[surname].merged_end = merged_.size();
            for (std::size_t at = surnames_[surname].begin; at < surnames_[surname].end; ++at) {
                std::uint32_t index = order_[at];
                if (PersonCount* person = merged_person(surname, index)) {
                    add_to(*person, counts_[index]);
                    continue;
                }
                merged_.push_back(index);
                surnames_[surname].merged_end = merged_.size();
                merged_counts.push_back(index);
            }
        }
    }

  private:
    struct Surname {
        std::string_view word;
        std::size_t begin = 0, end = 0;  ///< its counts in order_: keys "word" and "word …" sort together
        std::size_t merged_begin = 0, merged_end = 0;  ///< its people in merged_ (a surname's are adjacent)
    };

    void find_surnames(std::size_t begin, std::size_t end) {
        surnames_.clear();
        for (std::size_t at = begin; at < end; ++at) {
            std::string_view word = key_surname(counts_[order_[at]].key);
            if (surnames_.empty() || surnames_.back().word != word) surnames_.push_back({word, at, at, 0, 0});
            surnames_.back().end = at + 1;
        }
    }

    /// The person already merged that counts_[index], under surnames_[surname], is.
    PersonCount* merged_person(std::size_t surname, std::uint32_t index) {
        if (PersonCount* person = merged_under(surname, index)) return person;
        for (std::size_t other = 0; other < surname; ++other) {  // later ones have none yet
            if (!same_name_word(surnames_[other].word, surnames_[surname].word)) continue;
            if (PersonCount* person = merged_under(other, index)) return person;
        }
        return nullptr;
    }

    PersonCount* merged_under(std::size_t surname, std::uint32_t index) {
        const PersonCount& count = counts_[index];
        std::string_view given = key_given(count.key);
        const Surname& under = surnames_[surname];
        for (std::size_t at = under.merged_begin; at < under.merged_end; ++at) {
            // The surnames are one name word, so same_person reduces to this.
            PersonCount& person = counts_[merged_[at]];
            if (person.key == count.key ||
                (same_given_part(key_given(person.key), given) && key_suffix(person.key) == key_suffix(count.key)))
                return &person;
        }
        return nullptr;
    }

    static void add_to(PersonCount& person, const PersonCount& count) {
        person.count += count.count;
        person.merged_keys.push_back(count.key);
        if (better_display_name(count.name, person.name)) person.name = count.name;
    }

    std::vector<PersonCount>& counts_;
    const std::vector<std::uint32_t>& order_;
    std::vector<Surname> surnames_;
    std::vector<std::uint32_t> merged_;  ///< merged people of the group, surname by surname
};

}  // namespace

std::vector<PersonCount> merge_people(std::vector<PersonCount> counts) {
    // Indexes sorted rather than the counts: moving a count moves three containers.
    std::vector<std::uint32_t> order(counts.size());
    for (std::uint32_t index = 0; index < order.size(); ++index) order[index] = index;
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
        int compared = counts[a].key.compare(counts[b].key);
        return compared != 0 ? compared < 0 : a < b;  // equal keys (several hits) as given
    });
    std::vector<std::uint32_t> merged_counts;  ///< index in counts of each merged person, in key order
    merged_counts.reserve(counts.size());
    SurnameGroupMerger merger(counts, order);
    for (std::size_t begin = 0; begin < order.size();) {
        std::string_view group = surname_group(counts[order[begin]].key);
        std::size_t end = begin + 1;
        while (end < order.size() && surname_group(counts[order[end]].key) == group) ++end;
        merger.merge(begin, end, merged_counts);
        begin = end;
    }
    std::vector<PersonCount> merged;
    merged.reserve(merged_counts.size());
    for (auto index : merged_counts) merged.push_back(std::move(counts[index]));
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

Xapian::doccount person_count_bound(const PeopleGroup& group) {
    if (!group.distinct_counts) return group.most.value_or(group.total);
    if (group.distinct_counts->empty()) return group.total;
    return *std::max_element(group.distinct_counts->begin(), group.distinct_counts->end());
}

std::vector<PersonCount> most_frequent_people(std::vector<PeopleGroup> groups, std::size_t limit) {
    // Groups are taken largest bound first, from a heap: the walk stops after a few dozen
    // of the hundreds met, so sorting them all would be wasted.
    std::vector<std::pair<Xapian::doccount, PeopleGroup*>> by_bound;
    by_bound.reserve(groups.size());
    for (auto& group : groups) by_bound.emplace_back(person_count_bound(group), &group);
    auto smaller_bound = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::make_heap(by_bound.begin(), by_bound.end(), smaller_bound);
    std::vector<PersonCount> named;
    // The `limit` largest counts known so far; the smallest of them is the bar to beat.
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> best;
    auto count = [&](Xapian::doccount person_count) {
        if (person_count == 0) return;  // a person a distinct group's counts list but no match holds
        best.push(person_count);
        if (best.size() > limit) best.pop();
    };
    std::vector<const PeopleGroup*> distinct;  ///< counted, to be named once the bar is known
    for (auto heap_end = by_bound.end(); heap_end != by_bound.begin(); --heap_end) {
        std::pop_heap(by_bound.begin(), heap_end, smaller_bound);
        auto [most, group] = *(heap_end - 1);
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
        if (person_count_bound(*group) < bar) continue;
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
