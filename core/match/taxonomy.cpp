// Reading the category dictionary: labels, weighted keywords and neutral phrases (format in taxonomy.h).
#include "match/taxonomy.h"

#include <set>

#include <nlohmann/json.hpp>

#include "match/text_fold.h"

namespace gj::match {

const Category* Taxonomy::find(const std::string& id) const {
  for (auto const* list : {&categories, &retired})
    for (auto const& c : *list)
      if (c.id == id) return &c;
  return nullptr;
}

int defaultKeywordWeight(const std::u32string& folded) {
  int weight = 0;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == U' ') continue;
    if (!isAsciiAlnum(folded[i])) {
      weight += 1;
    } else if (i == 0 || !isAsciiAlnum(folded[i - 1])) {
      weight += 2;  // start of an English word
    }
  }
  return weight;
}

namespace {

constexpr const char* kKeywordShape = "expected a string or {\"text\",\"weight\"}";

// One keyword entry; "" on success, otherwise what is wrong with it.
std::string readKeyword(const nlohmann::json& k, bool weighted, Keyword* out) {
  if (k.is_string()) {
    out->text = k.get<std::string>();
  } else if (weighted && k.is_object() && k.contains("text") && k["text"].is_string()) {
    out->text = k["text"].get<std::string>();
    if (!k.contains("weight") || !k["weight"].is_number_integer() || k["weight"].get<int>() < 1 ||
        k["weight"].get<int>() > 20)
      return "weight: expected an integer 1..20";
  } else {
    return weighted ? kKeywordShape : "expected a string";
  }
  out->folded = foldText(out->text);
  if (out->folded.empty()) return "expected a keyword with letters or characters";
  out->weight = k.is_object() ? k["weight"].get<int>() : weighted ? defaultKeywordWeight(out->folded) : 0;
  return "";
}

}  // namespace

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
  if (doc.contains("neutral")) {
    if (!doc["neutral"].is_array()) return fail("neutral", "expected an array of strings");
    for (size_t i = 0; i < doc["neutral"].size(); ++i) {
      Keyword k;
      if (auto problem = readKeyword(doc["neutral"][i], false, &k); !problem.empty())
        return fail("neutral[" + std::to_string(i) + "]", problem);
      taxonomy.neutral.push_back(std::move(k));
    }
  }
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
    if (!keywords.is_array()) return fail(where + ".keywords", "expected an array");
    for (size_t k = 0; k < keywords.size(); ++k) {
      Keyword kw;
      if (auto problem = readKeyword(keywords[k], true, &kw); !problem.empty())
        return fail(where + ".keywords[" + std::to_string(k) + "]", problem);
      c.keywords.push_back(std::move(kw));
    }
    if (entry.contains("retired")) {
      if (!entry["retired"].is_boolean()) return fail(where + ".retired", "expected true or false");
      c.retired = entry["retired"].get<bool>();
    }
    (c.retired ? taxonomy.retired : taxonomy.categories).push_back(std::move(c));
  }
  if (taxonomy.categories.empty()) return fail("categories", "expected at least one category in use (not retired)");
  *out = std::move(taxonomy);
  return true;
}

std::string taxonomyJson(const Taxonomy& taxonomy) {
  nlohmann::ordered_json doc = {{"format", "gongjian-categories"}, {"version", 2}};
  doc["neutral"] = nlohmann::ordered_json::array();
  for (const Keyword& k : taxonomy.neutral) doc["neutral"].push_back(k.text);
  doc["categories"] = nlohmann::ordered_json::array();
  for (auto const* list : {&taxonomy.categories, &taxonomy.retired})
    for (const Category& c : *list) {
      nlohmann::ordered_json entry = {{"id", c.id}, {"zh", c.zh}, {"en", c.en}};
      entry["keywords"] = nlohmann::ordered_json::array();
      for (const Keyword& k : c.keywords) {
        if (k.weight == defaultKeywordWeight(k.folded))
          entry["keywords"].push_back(k.text);
        else
          entry["keywords"].push_back({{"text", k.text}, {"weight", k.weight}});
      }
      if (c.retired) entry["retired"] = true;
      doc["categories"].push_back(std::move(entry));
    }
  return doc.dump();
}

}  // namespace gj::match
