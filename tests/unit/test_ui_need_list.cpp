// The needs list: each filter keeps exactly its needs, every column sorts both ways with ties by id, and the
// search matches text and ids regardless of ASCII case.
#include <doctest/doctest.h>

#include <algorithm>

#include "domain/need_lifecycle.h"
#include "test_domain_fixture.h"
#include "ui/need_list.h"

using namespace gj;
using namespace gj::ui;

namespace {

Dataset street() {
  Dataset ds = test::smallStreet();
  Need a = test::reportedNeed("need/10", "community/2");
  a.text = "Street lamp broken 路灯坏了";
  a.urgency = 5;
  a.people_affected = 80;
  a.reported = "2024-08-01";
  REQUIRE(classifyNeed(a, test::edit(), "infrastructure", TargetGroup::general));
  ds.put(a);
  Need b = test::reportedNeed("need/9");
  b.urgency = 2;
  b.reported = "2024-08-01";
  ds.put(b);
  return ds;
}

std::vector<std::string> sortedIds(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end(), [](const auto& x, const auto& y) { return idLess(x, y); });
  return ids;
}

}  // namespace

TEST_CASE("need list: no filter keeps every need; newest first, ties by id") {
  Dataset ds = street();
  auto rows = listNeeds(ds, {}, {});
  CHECK(rows.size() == ds.needs().size());
  REQUIRE(rows.size() >= 2);
  // need/10 and need/9 share the newest date: descending order puts the higher id first.
  CHECK(rows[0] == "need/10");
  CHECK(rows[1] == "need/9");
}

TEST_CASE("need list: filters by community, category, status, open, urgency and text") {
  Dataset ds = street();
  CHECK(listNeeds(ds, {.community = "community/2"}, {}) ==
        std::vector<std::string>{"need/10", "need/3"});
  CHECK(listNeeds(ds, {.category = "infrastructure"}, {}) == std::vector<std::string>{"need/10"});
  auto unclassified = listNeeds(ds, {.category = "-"}, {});
  CHECK(std::find(unclassified.begin(), unclassified.end(), "need/10") == unclassified.end());
  CHECK(std::find(unclassified.begin(), unclassified.end(), "need/9") != unclassified.end());
  CHECK(listNeeds(ds, {.status = NeedStatus::classified}, {}) == std::vector<std::string>{"need/10"});
  CHECK(listNeeds(ds, {.minUrgency = 5}, {}) == std::vector<std::string>{"need/10"});
  CHECK(listNeeds(ds, {.text = "LAMP"}, {}) == std::vector<std::string>{"need/10"});
  CHECK(listNeeds(ds, {.text = "路灯"}, {}) == std::vector<std::string>{"need/10"});
  CHECK(listNeeds(ds, {.text = "need/9"}, {}) == std::vector<std::string>{"need/9"});
  for (const auto& id : listNeeds(ds, {.openOnly = true}, {})) CHECK(isOpenNeed(ds.needs().at(id).status));
}

TEST_CASE("need list: every column sorts both ways, and the two orders are reverses of each other") {
  Dataset ds = street();
  for (NeedColumn c : {NeedColumn::id, NeedColumn::reported, NeedColumn::community, NeedColumn::category,
                       NeedColumn::status, NeedColumn::urgency, NeedColumn::people}) {
    CAPTURE(static_cast<int>(c));
    auto up = listNeeds(ds, {}, {c, false});
    auto down = listNeeds(ds, {}, {c, true});
    CHECK(sortedIds(up) == sortedIds(down));
    std::reverse(down.begin(), down.end());
    CHECK(up == down);
  }
  auto byUrgency = listNeeds(ds, {}, {NeedColumn::urgency, true});
  CHECK(byUrgency.front() == "need/10");
  auto byPeople = listNeeds(ds, {}, {NeedColumn::people, false});
  CHECK(ds.needs().at(byPeople.back()).people_affected == 80);
  // Community sorts by name: 新城社区 (community/1) and 茶都景苑 (community/2) in the names' order.
  auto byCommunity = listNeeds(ds, {}, {NeedColumn::community, false});
  const bool xinchengFirst = std::string("新城社区") < std::string("茶都景苑");
  CHECK((ds.needs().at(byCommunity.front()).community == "community/1") == xinchengFirst);
}
