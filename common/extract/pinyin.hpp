/** @file pinyin.hpp
 *  @brief Whether a word is spelt like a Chinese given name in pinyin.
 *
 * "Jinping", "Jiabao", "Keqiang": a Chinese given name is one or two syllables, written as
 * one word. A family name that is also an English word ("Xi", "Wen", "Bo") says nothing of
 * the run it starts; the given name after it does (people.hpp). The syllables are built
 * from pinyin's initials and finals, a superset of the syllables Mandarin uses, which is
 * enough to tell them from English and European words: only words of two syllables or
 * more, each with an initial, count, so "Quo", "Dei" and "Konga" do not.
 */
#pragma once

#include <string_view>

namespace newsdex {

/// True when `folded` (lower case, no accents) splits into two or three pinyin syllables,
/// each an initial and a final ("jinping" = jin + ping).
[[nodiscard]] bool is_pinyin_given_name(std::string_view folded);

}  // namespace newsdex
