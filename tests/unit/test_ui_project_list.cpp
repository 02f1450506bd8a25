// The projects list: each filter keeps exactly its projects, every column sorts both ways with ties by id, and
// the needs waiting to be claimed come newest match first, by the instant rather than the text of the time.
#include <doctest/doctest.h>

#include "domain/need_lifecycle.h"
#include "domain/project_lifecycle.h"
#include "test_domain_fixture.h"
#include "ui/project_list.h"

using namespace gj;
using namespace gj::ui;
using Ids = std::vector<std::string>;

namespace {

// project/1 proposed (community/1, no lead); project/2 in progress at 50% (community/2, unit/1, 2024Q3);
// project/3 completed and featured (community/1, unit/2, 2024Q2, 2 problems solved).
Dataset street() {
  Dataset ds = test::smallStreet();
  const Edit e = test::edit();
  Project two = test::made(Project{.title = "Bench repair 座椅维修", .community = "community/2"}, "project/2");
  REQUIRE(claimProject(two, ds, e, "unit/1", Quarter{2024, 3}, "2024-07-06"));
  REQUIRE(addProgress(two, e, {.date = "2024-07-20", .percent = 50, .funds_spent_fen = 300'000}));
  ds.put(two);
  Project three = test::made(Project{.title = "Canteen 长者食堂", .community = "community/1", .featured = true}, "project/3");
  REQUIRE(claimProject(three, ds, e, "unit/2", Quarter{2024, 2}, "2024-04-08"));
  REQUIRE(addProgress(three, e, {.date = "2024-05-20", .percent = 100, .funds_spent_fen = 100'000}));
  REQUIRE(completeProject(three, e, "2024-05-21", 2, {{TargetGroup::elderly, 30}}));
  ds.put(three);
  return ds;
}

Ids sorted(const Dataset& ds, ProjectColumn column, bool descending) {
  return listProjects(ds, {}, {.column = column, .descending = descending});
}

}  // namespace

TEST_CASE("project list: the latest quarter first by default, a project without one last") {
  CHECK(listProjects(street(), {}, {}) == Ids{"project/2", "project/3", "project/1"});
}

TEST_CASE("project list: every column sorts both ways, ties by id in the same direction") {
  const Dataset ds = street();
  CHECK(sorted(ds, ProjectColumn::title, false) == Ids{"project/2", "project/3", "project/1"});
  CHECK(sorted(ds, ProjectColumn::title, true) == Ids{"project/1", "project/3", "project/2"});
  // 新城社区 sorts before 茶都景苑 (by the text of the name).
  CHECK(sorted(ds, ProjectColumn::community, false) == Ids{"project/1", "project/3", "project/2"});
  CHECK(sorted(ds, ProjectColumn::community, true) == Ids{"project/2", "project/3", "project/1"});
  CHECK(sorted(ds, ProjectColumn::lead, false) == Ids{"project/1", "project/3", "project/2"});
  CHECK(sorted(ds, ProjectColumn::quarter, false) == Ids{"project/1", "project/3", "project/2"});
  CHECK(sorted(ds, ProjectColumn::status, false) == Ids{"project/1", "project/2", "project/3"});
  CHECK(sorted(ds, ProjectColumn::progress, true) == Ids{"project/3", "project/2", "project/1"});
  CHECK(sorted(ds, ProjectColumn::funds, false) == Ids{"project/1", "project/3", "project/2"});
  CHECK(sorted(ds, ProjectColumn::problems, true) == Ids{"project/3", "project/2", "project/1"});
  CHECK(sorted(ds, ProjectColumn::problems, false) == Ids{"project/1", "project/2", "project/3"});
}

TEST_CASE("project list: filters by community, status, lead unit and featured") {
  const Dataset ds = street();
  CHECK(listProjects(ds, {.community = "community/1"}, {}) == Ids{"project/3", "project/1"});
  CHECK(listProjects(ds, {.status = ProjectStatus::in_progress}, {}) == Ids{"project/2"});
  CHECK(listProjects(ds, {.lead = "unit/2"}, {}) == Ids{"project/3"});
  CHECK(listProjects(ds, {.featuredOnly = true}, {}) == Ids{"project/3"});
  CHECK(listProjects(ds, {.community = "community/2", .featuredOnly = true}, {}).empty());
}

TEST_CASE("project list: needs to claim are the matched ones, the latest match first") {
  Dataset ds = test::smallStreet();
  auto matchAt = [&](const std::string& id, const std::string& at, const std::string& unit) {
    Need n = ds.needs().at(id);
    REQUIRE(classifyNeed(n, test::edit(), "infrastructure", TargetGroup::elderly));
    REQUIRE(listNeed(n, test::edit()));
    REQUIRE(matchNeed(n, ds, test::edit(at), unit));
    ds.put(n);
  };
  CHECK(needsToClaim(ds).empty());
  matchAt("need/1", "2024-07-06T09:00:00+08:00", "unit/2");
  matchAt("need/2", "2024-07-06T01:30:00Z", "unit/2");  // 09:30 in Beijing: later, though its text sorts first
  matchAt("need/3", "2024-07-06T09:00:00+08:00", "unit/1");
  CHECK(needsToClaim(ds) == Ids{"need/2", "need/1", "need/3"});
}
