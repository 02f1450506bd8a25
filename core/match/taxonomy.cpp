#include "match/taxonomy.h"

#include <set>

#include <nlohmann/json.hpp>

namespace gj::match {

const Category* Taxonomy::find(const std::string& id) const {
  for (auto const& c : categories)
    if (c.id == id) return &c;
  return nullptr;
}

bool parseTaxonomy(const std::string& jsonText, Taxonomy* out, std::string* error) {
  auto doc = nlohmann::json::parse(jsonText, nullptr, false);
  auto fail = [&](const std::string& where, const std::string& what) {
    *error = where + ": " + what;
    return false;
  };
  if (doc.is_discarded()) return fail("categories", "not valid JSON");
  if (!doc.is_object() || doc.value("format", "") != "gongjian-categories")
    return fail("categories.format", "expected \"gongjian-categories\"");
  auto const& list = doc["categories"];
  if (!list.is_array() || list.empty()) return fail("categories", "expected a non-empty array");

  Taxonomy taxonomy;
  std::set<std::string> seen;
  for (size_t i = 0; i < list.size(); ++i) {
    std::string where = "categories[" + std::to_string(i) + "]";
    auto const& entry = list[i];
    Category c;
    for (auto [field, target] : {std::pair{"id", &c.id}, std::pair{"zh", &c.zh}, std::pair{"en", &c.en}}) {
      if (!entry.contains(field) || !entry[field].is_string() || entry[field].get<std::string>().empty())
        return fail(where + "." + field, "expected a non-empty string");
      *target = entry[field].get<std::string>();
    }
    if (!seen.insert(c.id).second) return fail(where + ".id", "duplicate id \"" + c.id + "\"");
    auto const& keywords = entry.contains("keywords") ? entry["keywords"] : nlohmann::json();
    if (!keywords.is_array()) return fail(where + ".keywords", "expected an array of strings");
    for (auto const& k : keywords) {
      if (!k.is_string()) return fail(where + ".keywords", "expected an array of strings");
      c.keywords.push_back(k.get<std::string>());
    }
    taxonomy.categories.push_back(std::move(c));
  }
  *out = std::move(taxonomy);
  return true;
}

}  // namespace gj::match
