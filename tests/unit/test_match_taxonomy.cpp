// The category dictionary in assets/ parses, has the twelve fixed ids, and bad entries are named.
#include <doctest/doctest.h>

#include "io/text_file.h"
#include "match/taxonomy.h"

using gj::match::Taxonomy;

TEST_CASE("taxonomy: the shipped dictionary has the twelve fixed categories in order") {
  std::string error;
  auto text = gj::io::readTextFile(std::string(GONGJIAN_TEST_ASSETS) + "/categories.json", &error);
  REQUIRE_MESSAGE(text, error);
  Taxonomy t;
  REQUIRE_MESSAGE(gj::match::parseTaxonomy(*text, &t, &error), error);
  std::vector<std::string> ids;
  for (auto const& c : t.categories) ids.push_back(c.id);
  CHECK(ids == std::vector<std::string>{"infrastructure", "environment", "safety", "property", "parking", "elderly",
                                        "children", "health", "legal", "policy", "employment", "culture"});
  REQUIRE(t.find("health") != nullptr);
  CHECK(t.find("health")->zh == "医疗健康");
  CHECK(t.find("nope") == nullptr);
  for (auto const& c : t.categories) CHECK_MESSAGE(c.keywords.size() >= 5, c.id);
}

TEST_CASE("taxonomy: errors name the entry and field") {
  Taxonomy t;
  std::string error;
  CHECK_FALSE(gj::match::parseTaxonomy("{", &t, &error));
  CHECK(error == "categories: not valid JSON");
  CHECK_FALSE(gj::match::parseTaxonomy(R"({"format":"x"})", &t, &error));
  CHECK(error == "categories.format: expected \"gongjian-categories\"");
  CHECK_FALSE(gj::match::parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"甲","en":"A","keywords":[]},{"id":"a","zh":"乙","en":"B"}]})",
      &t, &error));
  CHECK(error == "categories[1].id: duplicate id \"a\"");
  CHECK_FALSE(gj::match::parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"","en":"A"}]})", &t, &error));
  CHECK(error == "categories[0].zh: expected a non-empty string");
  CHECK_FALSE(gj::match::parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"甲","en":"A","keywords":[1]}]})", &t, &error));
  CHECK(error == "categories[0].keywords[0]: expected a string or {\"text\",\"weight\"}");
}

TEST_CASE("taxonomy: keyword weights, neutral phrases, and their errors") {
  Taxonomy t;
  std::string error;
  REQUIRE_MESSAGE(gj::match::parseTaxonomy(
      R"({"format":"gongjian-categories","neutral":["健康码"],"categories":[{"id":"a","zh":"甲","en":"A",
          "keywords":["垃圾分类","Waste Sorting",{"text":"老人","weight":5}]}]})", &t, &error), error);
  REQUIRE(t.categories[0].keywords.size() == 3);
  CHECK(t.categories[0].keywords[0].weight == 4);  // one per Chinese character
  CHECK(t.categories[0].keywords[1].weight == 4);  // two per English word
  CHECK(t.categories[0].keywords[1].folded == U"waste sorting");
  CHECK(t.categories[0].keywords[2].weight == 5);
  REQUIRE(t.neutral.size() == 1);
  CHECK(t.neutral[0].weight == 0);
  CHECK_FALSE(gj::match::parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"甲","en":"A","keywords":[{"text":"x","weight":0}]}]})",
      &t, &error));
  CHECK(error == "categories[0].keywords[0]: weight: expected an integer 1..20");
  CHECK_FALSE(gj::match::parseTaxonomy(
      R"({"format":"gongjian-categories","categories":[{"id":"a","zh":"甲","en":"A","keywords":["，"]}]})", &t, &error));
  CHECK(error == "categories[0].keywords[0]: expected a keyword with letters or characters");
  CHECK_FALSE(gj::match::parseTaxonomy(
      R"({"format":"gongjian-categories","neutral":[1],"categories":[{"id":"a","zh":"甲","en":"A","keywords":[]}]})",
      &t, &error));
  CHECK(error == "neutral[0]: expected a string");
}

TEST_CASE("taxonomy: no keyword of the shipped dictionary is listed twice in a category once folded") {
  std::string error;
  auto text = gj::io::readTextFile(std::string(GONGJIAN_TEST_ASSETS) + "/categories.json", &error);
  REQUIRE_MESSAGE(text, error);
  Taxonomy t;
  REQUIRE_MESSAGE(gj::match::parseTaxonomy(*text, &t, &error), error);
  for (auto const& c : t.categories)
    for (std::size_t i = 0; i < c.keywords.size(); ++i)
      for (std::size_t j = i + 1; j < c.keywords.size(); ++j) {
        const std::string where = c.id + ": " + c.keywords[i].text;
        CHECK_MESSAGE(c.keywords[i].folded != c.keywords[j].folded, where);
      }
}
