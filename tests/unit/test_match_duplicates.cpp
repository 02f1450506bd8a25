// Duplicate suggestions: which needs are candidates (community, status, the 90-day window for closed ones),
// the exact similarity figures, the category bonus, the threshold and the order.
#include <doctest/doctest.h>

#include "classifier_fixture.h"
#include "match/duplicates.h"

using gj::Need;
using gj::NeedStatus;
using gj::match::DuplicateMatch;

namespace {

Need need(const char* id, const char* community, const char* text, NeedStatus status = NeedStatus::listed,
          const char* category = "") {
  Need n;
  n.id = id;
  n.community = community;
  n.text = text;
  n.status = status;
  n.category = category;
  n.reported = "2024-06-01";
  n.updated = "2024-06-01T09:00:00+08:00";
  return n;
}

// A closed need whose history says when it was resolved.
Need resolvedOn(Need n, const char* at) {
  gj::Change c;
  c.at = at;
  c.by = "tester";
  c.field = "status";
  c.before = "in_progress";
  c.after = "resolved";
  n.history.push_back(c);
  n.status = NeedStatus::resolved;
  return n;
}

std::string summary(const std::vector<DuplicateMatch>& matches) {
  std::string out;
  for (const auto& m : matches)
    out += m.need + ":" + std::to_string(m.similarity) + "=" + std::to_string(m.text_similarity) +
           (m.same_category ? "+bonus " : " ");
  return out;
}

}  // namespace

TEST_CASE("duplicates: bigram Dice on folded text") {
  CHECK(gj::match::textSimilarity("楼道灯坏了，晚上看不见", "楼道灯坏了好几天了") == 47);  // 2*4/(10+7)
  CHECK(gj::match::textSimilarity("楼道灯坏了，晚上看不见", "楼道灯坏了，晚上看不见路") == 94);  // 2*10/(10+11)
  CHECK(gj::match::textSimilarity("樓道燈壞了！", "楼道灯坏了") == 100);  // traditional, punctuation folded
  CHECK(gj::match::textSimilarity("Street LIGHT", "streetlight") == 100);
  CHECK(gj::match::textSimilarity("垃圾", "楼道") == 0);
  CHECK(gj::match::textSimilarity("灯", "燈") == 100);
  CHECK(gj::match::textSimilarity("灯", "路") == 0);
  CHECK(gj::match::textSimilarity("", "") == 0);
}

TEST_CASE("duplicates: candidates, similarity, bonus, threshold and order") {
  std::string error;
  const auto& taxonomy = gj::test::shippedTaxonomy(&error);
  REQUIRE_MESSAGE(!taxonomy.categories.empty(), error);
  gj::Dataset ds;
  ds.put(need("need/1", "community/1", "楼道灯坏了好几天了"));  // category from the classifier
  ds.put(need("need/2", "community/2", "楼道灯坏了，晚上看不见"));  // another community
  ds.put(need("need/3", "community/1", "楼道灯坏了，晚上看不见", NeedStatus::withdrawn));
  ds.put(resolvedOn(need("need/4", "community/1", "三单元楼道灯坏了", NeedStatus::listed, "infrastructure"),
                    "2024-05-02T10:00:00+08:00"));  // 30 days before: kept
  ds.put(resolvedOn(need("need/5", "community/1", "楼道灯坏了，晚上看不见"), "2024-02-01T10:00:00+08:00"));  // 121 days
  ds.put(need("need/6", "community/1", "垃圾桶满了没人清"));
  ds.put(need("need/7", "community/1", "楼道灯坏了，晚上看不见", NeedStatus::rejected));
  ds.put(need("need/8", "community/1", "楼道灯坏了，晚上看不见", NeedStatus::duplicate));
  ds.put(need("need/9", "community/1", "楼道灯坏了，晚上看不见路", NeedStatus::in_progress, "safety"));
  ds.put(need("need/10", "community/1", "晚上楼道里黑，灯坏了"));

  gj::match::DuplicateQuery q{"community/1", "楼道灯坏了，晚上看不见", "", "2024-06-01", ""};
  // need/9: 94, its stored category differs, no bonus; need/4: 50 + 10; need/1 and need/10: 47 + 10, by id
  CHECK(summary(gj::match::findDuplicates(ds, taxonomy, q)) ==
        "need/9:94=94 need/4:60=50+bonus need/1:57=47+bonus need/10:57=47+bonus ");

  // the window counts from the reference date: 91 days after need/4 was resolved it is no longer suggested
  q.date = "2024-08-01";
  CHECK(summary(gj::match::findDuplicates(ds, taxonomy, q)) == "need/9:94=94 need/1:57=47+bonus need/10:57=47+bonus ");

  // a stored need: itself left out, its own date and category used
  const Need* self = ds.find<Need>("need/9");
  REQUIRE(self != nullptr);
  // need/9 is "safety" by its stored category, the others infrastructure: no bonus; 2*4/(10+7), 2*4/(10+8)
  CHECK(summary(gj::match::findDuplicates(ds, taxonomy, *self)) == "need/4:47=47 need/1:44=44 need/10:44=44 ");
}

TEST_CASE("duplicates: the threshold and the cap") {
  std::string error;
  const auto& taxonomy = gj::test::shippedTaxonomy(&error);
  REQUIRE_MESSAGE(!taxonomy.categories.empty(), error);
  gj::Dataset ds;
  ds.put(need("need/1", "community/1", "楼道灯坏了"));
  ds.put(need("need/2", "community/1", "楼道灯坏了"));
  ds.put(need("need/3", "community/1", "路灯坏了很久"));  // 2*2/(4+5) = 44 + 10
  ds.put(need("need/4", "community/1", "灯坏了，请修"));   // 2*2/(4+4) = 50 + 10
  ds.put(need("need/5", "community/1", "厕所灯坏"));      // 2*1/(4+3) = 28 + 10 = 38: below the threshold
  ds.put(need("need/6", "community/1", "灯坏的"));        // 2*1/(4+2) = 33 + 10 = 43
  const auto matches = gj::match::findDuplicates(ds, taxonomy, *ds.find<Need>("need/1"));
  // identical text: 100 + bonus capped at 100
  CHECK(summary(matches) == "need/2:100=100+bonus need/4:60=50+bonus need/3:54=44+bonus need/6:43=33+bonus ");
}
