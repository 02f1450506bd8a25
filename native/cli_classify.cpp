// gongjian-cli classify: the categories of a need's text, best first, with the keywords that decided them,
// as {"categories":[{"id":…,"score":…,"keywords":[…]},…]} (--json) or as a table in Chinese or English.
// Uses the categories as edited in the data folder's Settings (retired ones are never suggested).
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli_commands.h"
#include "cli_overrides.h"
#include "match/classifier.h"

namespace gj::cli {

int runClassify(const ClassifyOptions& o) {
  std::string text;
  for (const auto& word : o.text) text += (text.empty() ? "" : " ") + word;
  // The dictionary as the program uses it: the assets' one with the categories edited in Settings.
  match::Taxonomy taxonomy;
  if (!loadTaxonomy(o.data_dir, o.asset_dir, "classify", &taxonomy)) return 1;
  const auto ranked = match::classify(taxonomy, text);

  if (o.json) {
    // ordered_json keeps the documented key order (id, score, keywords)
    nlohmann::ordered_json out{{"categories", nlohmann::ordered_json::array()}};
    for (const auto& c : ranked)
      out["categories"].push_back({{"id", c.id}, {"score", c.score}, {"keywords", c.keywords}});
    std::cout << out.dump() << "\n";
    return 0;
  }
  const bool en = o.lang == "en";
  if (ranked.empty()) {
    std::cout << (en ? "No category: no keyword found.\n" : "未能归类：没有找到关键词。\n");
    return 0;
  }
  std::cout << (en ? "Rank  Score  Category" : "排名  得分  类别") << "\n";
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const auto* c = taxonomy.find(ranked[i].id);
    std::string label = (en ? c->en : c->zh) + " (" + c->id + ")";
    std::string keywords;
    for (const auto& k : ranked[i].keywords) keywords += (keywords.empty() ? "" : en ? ", " : "、") + k;
    char head[32];
    std::snprintf(head, sizeof head, "%4zu  %5d  ", i + 1, ranked[i].score);
    std::cout << head << label << (en ? "  keywords: " : "  关键词：") << keywords << "\n";
  }
  return 0;
}

}  // namespace gj::cli
