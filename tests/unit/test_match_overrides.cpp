// The categories and weights edited in Settings: written back in the assets' format, read again, laid over
// the assets at load (match/overrides.h), and retired categories kept out of the classifier's suggestions.
#include <doctest/doctest.h>

#include "classifier_fixture.h"
#include "match/classifier.h"
#include "match/overrides.h"

using namespace gj::match;

namespace {

Taxonomy parsed(const std::string& text) {
  Taxonomy t;
  std::string error;
  REQUIRE_MESSAGE(parseTaxonomy(text, &t, &error), error);
  return t;
}

std::vector<std::string> ids(const std::vector<Category>& list) {
  std::vector<std::string> out;
  for (const auto& c : list) out.push_back(c.id);
  return out;
}

std::vector<std::string> suggested(const Taxonomy& t, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : classify(t, text)) out.push_back(s.id);
  return out;
}

const char* const kTwo =
    R"({"format":"gongjian-categories","neutral":["健康码"],"categories":[)"
    R"({"id":"a","zh":"甲","en":"A","keywords":["垃圾",{"text":"灯","weight":1},{"text":"老人","weight":5}]},)"
    R"({"id":"b","zh":"乙","en":"B","keywords":["垃圾分类"],"retired":true}]})";

}  // namespace

TEST_CASE("overrides: a taxonomy is written in the assets' format and reads back the same") {
  const Taxonomy t = parsed(kTwo);
  CHECK(ids(t.categories) == std::vector<std::string>{"a"});
  CHECK(ids(t.retired) == std::vector<std::string>{"b"});
  REQUIRE(t.find("b") != nullptr);  // retired, still readable
  CHECK(t.find("b")->zh == "乙");
  CHECK(t.find("b")->retired);
  // "灯" has the default weight (1 per character): written as a plain string; "老人" keeps its object.
  const std::string expected =
      R"({"format":"gongjian-categories","version":2,"neutral":["健康码"],"categories":[)"
      R"({"id":"a","zh":"甲","en":"A","keywords":["垃圾","灯",{"text":"老人","weight":5}]},)"
      R"({"id":"b","zh":"乙","en":"B","keywords":["垃圾分类"],"retired":true}]})";
  CHECK(taxonomyJson(t) == expected);
  CHECK(taxonomyJson(parsed(taxonomyJson(t))) == expected);

  std::string error;
  Taxonomy out;
  CHECK_FALSE(parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"甲","en":"A","keywords":[],"retired":true}]})", &out, &error));
  CHECK(error == "categories: expected at least one category in use (not retired)");
  CHECK_FALSE(parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"甲","en":"A","keywords":[],"retired":"yes"}]})", &out, &error));
  CHECK(error == "categories[0].retired: expected true or false");
}

TEST_CASE("overrides: the shipped dictionary survives a write and a read unchanged") {
  std::string error;
  const Taxonomy& shipped = gj::test::shippedTaxonomy(&error);
  REQUIRE_MESSAGE(!shipped.categories.empty(), error);
  const std::string once = taxonomyJson(shipped);
  const Taxonomy back = parsed(once);
  CHECK(taxonomyJson(back) == once);
  REQUIRE(back.categories.size() == 12);
  CHECK(back.retired.empty());
  CHECK(back.neutral.size() == shipped.neutral.size());
  for (std::size_t c = 0; c < 12; ++c) {
    REQUIRE(back.categories[c].keywords.size() == shipped.categories[c].keywords.size());
    for (std::size_t k = 0; k < back.categories[c].keywords.size(); ++k) {
      CHECK(back.categories[c].keywords[k].text == shipped.categories[c].keywords[k].text);
      CHECK(back.categories[c].keywords[k].weight == shipped.categories[c].keywords[k].weight);
    }
  }
}

TEST_CASE("overrides: a retired category is never suggested, and no longer hides a shorter keyword") {
  const char* both =
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"甲","en":"A","keywords":["垃圾"]},)"
      R"({"id":"b","zh":"乙","en":"B","keywords":["垃圾分类"]}]})";
  // In use, b's longer keyword covers a's "垃圾" inside it: only b.
  CHECK(suggested(parsed(both), "垃圾分类没人管") == std::vector<std::string>{"b"});
  // Retired, b is not looked for at all: a's keyword counts.
  CHECK(suggested(parsed(kTwo), "垃圾分类没人管") == std::vector<std::string>{"a"});
  CHECK(suggested(parsed(kTwo), "垃圾分类") == std::vector<std::string>{"a"});
}

TEST_CASE("overrides: stored categories over the assets; a category the assets gained is added") {
  const Taxonomy assets = parsed(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"甲","en":"A","keywords":["垃圾"]},)"
      R"({"id":"b","zh":"乙","en":"B","keywords":["停车"]},{"id":"d","zh":"丁","en":"D","keywords":["路灯"]}]})");
  Taxonomy out;
  std::string error;
  REQUIRE(applyCategoryOverride("", assets, &out, &error));
  CHECK(taxonomyJson(out) == taxonomyJson(assets));

  // Stored before "d" existed: a relabelled, b retired, c added.
  const std::string stored =
      R"({"_rev":3,"format":"gongjian-categories","categories":[{"id":"a","zh":"甲改","en":"A2","keywords":["垃圾","垃圾桶"]},)"
      R"({"id":"c","zh":"丙","en":"C","keywords":["宠物"]},{"id":"b","zh":"乙","en":"B","keywords":["停车"],"retired":true}]})";
  REQUIRE_MESSAGE(applyCategoryOverride(stored, assets, &out, &error), error);
  CHECK(ids(out.categories) == std::vector<std::string>{"a", "c", "d"});
  CHECK(ids(out.retired) == std::vector<std::string>{"b"});
  CHECK(out.find("a")->zh == "甲改");
  CHECK(out.find("a")->keywords.size() == 2);

  const Taxonomy before = out;
  CHECK_FALSE(applyCategoryOverride(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"","en":"A","keywords":["垃圾"]}]})", assets, &out,
      &error));
  CHECK(error == "settings/categories: categories[0].zh: expected a non-empty string");
  CHECK(taxonomyJson(out) == taxonomyJson(before));  // unchanged
}

TEST_CASE("overrides: stored weights over the assets' ones, bad values named, ranges per weight") {
  MatchingWeights assets;
  assets.needs.pairing = 200;  // an asset file that differs from the built-in defaults
  MatchingWeights out;
  std::string error;
  REQUIRE(applyWeightsOverride("", assets, &out, &error));
  CHECK(matchingWeightsJson(out) == matchingWeightsJson(assets));
  REQUIRE_MESSAGE(applyWeightsOverride(R"({"_rev":2,"format":"gongjian-matching-weights","needs":{"elderly":70}})",
                                       assets, &out, &error), error);
  CHECK(out.needs.pairing == 200);  // the document lacks it: the assets' value
  CHECK(out.needs.elderly == 70);
  CHECK(out.needs.children == 50);

  const std::string before = matchingWeightsJson(out);
  CHECK_FALSE(applyWeightsOverride(R"({"format":"gongjian-matching-weights","volunteers":{"hours_per_assignment":0}})",
                                   assets, &out, &error));
  CHECK(error == "settings/matching_weights: volunteers.hours_per_assignment: expected an integer 1..24, got 0");
  CHECK(matchingWeightsJson(out) == before);

  const auto fields = weightFields(MatchingWeights{});
  REQUIRE(fields.size() == 23);  // 16 need -> unit, 7 volunteer -> activity
  CHECK(std::string(fields[0].section) + "." + fields[0].key == "needs.category_primary");
  CHECK(fields[0].value == 100);
  CHECK(fields[0].max == 100000);
  CHECK(std::string(fields[14].key) == "funds_fen_per_slot");
  CHECK(fields[14].value == 1000000);
  CHECK(fields[14].min == 1);
  CHECK(fields[14].max == 1099511627776);
  CHECK(std::string(fields[22].section) + "." + fields[22].key == "volunteers.hours_per_assignment");

  MatchingWeights w;
  CHECK(setWeight(&w, "needs", "pairing", 300, &error));
  CHECK(w.needs.pairing == 300);
  CHECK_FALSE(setWeight(&w, "volunteers", "weekly_cap_hours", 169, &error));
  CHECK(error == "volunteers.weekly_cap_hours: expected an integer 0..168, got 169");
  CHECK(w.volunteers.weekly_cap_hours == 6);
  CHECK_FALSE(setWeight(&w, "needs", "nope", 1, &error));
  CHECK(error == "needs.nope: no such weight");
}
