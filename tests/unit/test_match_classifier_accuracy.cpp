// Accuracy of the shipped dictionary on need descriptions written for the tests (tests/unit/data):
// the labelled set (top-1 >= 90%, top-2 >= 97%) and two held-out sets never used to pick keywords.
// Second held-out set (63, written after the first tuning): 69.8% top-1 at its blind run, 77.8% after the
// dictionary was broadened with common synonyms from general knowledge; floor 72%.
// Third held-out set (96, unseen phrasings, written before that broadening): 90.6% before, 95.8% after;
// floor 90%. Its author also chose the synonyms, so the second set is the fairer measure of unseen text.
// A need counts as right when the expected category, or its acceptable second one ("also", for genuinely
// ambiguous needs), is ranked first (top-1) or among the first two (top-2).
#include <doctest/doctest.h>

#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "classifier_fixture.h"
#include "match/classifier.h"

namespace {

struct Labelled {
  std::string text, category, also;
};

std::vector<Labelled> readSet(const std::string& name, std::string* error) {
  const std::string path = std::string(GONGJIAN_SOURCE_DIR) + "/tests/unit/data/" + name;
  auto text = gj::io::readTextFile(path, error);
  std::vector<Labelled> out;
  if (!text) return out;
  auto doc = nlohmann::json::parse(*text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc["needs"].is_array()) {
    *error = path + ": expected {\"needs\":[...]}";
    return out;
  }
  for (const auto& n : doc["needs"])
    out.push_back({n.value("text", ""), n.value("category", ""), n.value("also", "")});
  return out;
}

struct Accuracy {
  int total = 0, top1 = 0, top2 = 0;
  std::string misses;  // the top-1 misses, one per line
  double percent(int n) const { return total ? 100.0 * n / total : 0.0; }
};

Accuracy measure(const gj::match::Taxonomy& t, const std::vector<Labelled>& set) {
  Accuracy a;
  for (const auto& n : set) {
    const auto ranked = gj::match::classify(t, n.text);
    auto right = [&](std::size_t i) {
      return i < ranked.size() && (ranked[i].id == n.category || (!n.also.empty() && ranked[i].id == n.also));
    };
    ++a.total;
    if (right(0)) ++a.top1;
    if (right(0) || right(1)) ++a.top2;
    if (!right(0))
      a.misses += "  " + n.category + " <- " + (ranked.empty() ? std::string("-") : ranked[0].id) + ": " + n.text + "\n";
  }
  return a;
}

std::string report(const char* name, const Accuracy& a) {
  char line[160];
  std::snprintf(line, sizeof line, "%s: %d needs, top-1 %d (%.1f%%), top-2 %d (%.1f%%)", name, a.total, a.top1,
                a.percent(a.top1), a.top2, a.percent(a.top2));
  return std::string(line) + (a.misses.empty() ? "" : "\n top-1 misses (expected <- got):\n" + a.misses);
}

}  // namespace

TEST_CASE("classifier accuracy: labelled set, top-1 >= 90% and top-2 >= 97%") {
  std::string error;
  const auto& t = gj::test::shippedTaxonomy(&error);
  REQUIRE_MESSAGE(!t.categories.empty(), error);
  const auto set = readSet("classifier_needs.json", &error);
  REQUIRE_MESSAGE(set.size() >= 320, error);
  std::map<std::string, int> perCategory;
  for (const auto& n : set) {
    CHECK_MESSAGE(t.find(n.category) != nullptr, n.text);
    CHECK_MESSAGE((n.also.empty() || t.find(n.also) != nullptr), n.text);
    ++perCategory[n.category];
  }
  for (const auto& c : t.categories) CHECK_MESSAGE(perCategory[c.id] >= 20, c.id);

  const Accuracy a = measure(t, set);
  MESSAGE(report("labelled set", a));
  CHECK(a.top1 * 100 >= 90 * a.total);
  CHECK(a.top2 * 100 >= 97 * a.total);
}

TEST_CASE("classifier accuracy: held-out set, top-1 >= 72% (regression floor)") {
  std::string error;
  const auto& t = gj::test::shippedTaxonomy(&error);
  REQUIRE_MESSAGE(!t.categories.empty(), error);
  const auto set = readSet("classifier_needs_holdout.json", &error);
  REQUIRE_MESSAGE(set.size() >= 60, error);
  const Accuracy a = measure(t, set);
  MESSAGE(report("held-out set", a));
  CHECK(a.top1 * 100 >= 72 * a.total);
}

TEST_CASE("classifier accuracy: third held-out set (unseen phrasings), top-1 >= 90% (regression floor)") {
  std::string error;
  const auto& t = gj::test::shippedTaxonomy(&error);
  REQUIRE_MESSAGE(!t.categories.empty(), error);
  const auto set = readSet("classifier_needs_holdout3.json", &error);
  REQUIRE_MESSAGE(set.size() >= 80, error);
  const Accuracy a = measure(t, set);
  MESSAGE(report("third held-out set", a));
  CHECK(a.top1 * 100 >= 90 * a.total);
}
