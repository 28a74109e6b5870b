/** @file linked_data.cpp
 *  @brief datePublished from a JSON-LD block's top-level objects.
 */
#include "common/corpus/linked_data.hpp"

#include <nlohmann/json.hpp>
#include <vector>

namespace newsdex {

namespace {

bool is_article_type(const std::string& type) {
    return type.ends_with("Article") || type.ends_with("Posting") || type == "Report";
}

/// Whether an object's @type (a string or a list of them) is an article kind.
bool describes_article(const nlohmann::json& object) {
    auto type = object.find("@type");
    if (type == object.end()) return false;
    if (type->is_string()) return is_article_type(type->get<std::string>());
    if (!type->is_array()) return false;
    for (const auto& each : *type) {
        if (each.is_string() && is_article_type(each.get<std::string>())) return true;
    }
    return false;
}

/// The block's top-level objects, in order: itself, or its array's members, and the
/// members of each one's "@graph".
std::vector<const nlohmann::json*> top_level_objects(const nlohmann::json& block) {
    std::vector<const nlohmann::json*> objects;
    auto add = [&](const nlohmann::json& value) {
        if (!value.is_object()) return;
        objects.push_back(&value);
        if (auto graph = value.find("@graph"); graph != value.end() && graph->is_array()) {
            for (const auto& member : *graph) {
                if (member.is_object()) objects.push_back(&member);
            }
        }
    };
    if (block.is_array()) {
        for (const auto& member : block) add(member);
    } else {
        add(block);
    }
    return objects;
}

std::optional<std::string> date_published(const nlohmann::json& object) {
    auto date = object.find("datePublished");
    if (date == object.end() || !date->is_string()) return std::nullopt;
    std::string text = date->get<std::string>();
    if (text.empty() || text.starts_with("1970-01-01")) return std::nullopt;
    return text;
}

}  // namespace

std::optional<std::string> linked_data_date_published(std::string_view json_text) {
    auto block = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    if (block.is_discarded()) return std::nullopt;
    auto objects = top_level_objects(block);
    for (const auto* object : objects) {
        if (!describes_article(*object)) continue;
        if (auto date = date_published(*object)) return date;
    }
    for (const auto* object : objects) {
        if (auto date = date_published(*object)) return date;
    }
    return std::nullopt;
}

}  // namespace newsdex
