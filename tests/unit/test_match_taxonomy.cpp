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
  CHECK(error == "categories[0].keywords: expected an array of strings");
}
