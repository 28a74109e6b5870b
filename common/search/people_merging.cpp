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

/// People already merged, by surname, with the spelling variants of each surname found
/// once per surname: comparisons stay within one family name instead of all pairs.
class PeopleIndex {
  public:
    explicit PeopleIndex(std::vector<PersonCount>& merged) : merged_(merged) {}

    /// The merged entry `count` belongs to, if any.
    PersonCount* find(const PersonCount& count) {
        std::string surname(key_surname(count.key));
        for (const auto& variant : variants(surname)) {
            for (std::size_t index : by_surname_[variant]) {
                if (same_person(merged_[index].key, count.key)) return &merged_[index];
            }
        }
        return nullptr;
    }

    void add(PersonCount count) {
        std::string surname(key_surname(count.key));
        (void)variants(surname);
        by_surname_[surname].push_back(merged_.size());
        merged_.push_back(std::move(count));
    }

  private:
    const std::vector<std::string>& variants(const std::string& surname) {
        auto found = variants_.find(surname);
        if (found != variants_.end()) return found->second;
        std::vector<std::string> related{surname};
        auto& bucket = buckets_[std::string(surname_group(surname))];
        for (const auto& other : bucket) {
            if (!same_name_word(other, surname)) continue;
            related.push_back(other);
            variants_[other].push_back(surname);
        }
        bucket.push_back(surname);
        return variants_[surname] = std::move(related);
    }

    std::vector<PersonCount>& merged_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_surname_;
    std::unordered_map<std::string, std::vector<std::string>> buckets_;   ///< surname start → surnames
    std::unordered_map<std::string, std::vector<std::string>> variants_;  ///< surname → itself and variants
};

}  // namespace

std::vector<PersonCount> merge_people(std::vector<PersonCount> counts) {
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    std::vector<PersonCount> merged;
    merged.reserve(counts.size());
    PeopleIndex index(merged);
    for (auto& count : counts) {
        PersonCount* person = index.find(count);
        if (!person) {
            index.add(std::move(count));
            continue;
        }
        person->count += count.count;
        person->merged_keys.push_back(count.key);
        if (better_display_name(count.name, person->name)) person->name = count.name;
    }
    return merged;
}

/// One count per person key, shown by the best spelling seen for it.
std::vector<PersonCount> people_by_key(const EntryCounts& entries) {
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

std::vector<PersonCount> most_frequent_people(std::vector<PeopleGroup> groups, std::size_t limit) {
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.total > b.total; });
    std::vector<PersonCount> named;
    // The `limit` largest counts named so far; the smallest of them is the bar to beat.
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> best;
    for (const auto& group : groups) {
        if (best.size() >= limit && (limit == 0 || group.total < best.top())) break;
        for (auto& person : merge_people(people_by_key(group.entries()))) {
            best.push(person.count);
            if (best.size() > limit) best.pop();
            named.push_back(std::move(person));
        }
    }
    // The order a merge of everything gives: by count, equal counts in key order.
    std::sort(named.begin(), named.end(),
              [](const auto& a, const auto& b) { return a.count != b.count ? a.count > b.count : a.key < b.key; });
    return named;
}

}  // namespace newsdex
