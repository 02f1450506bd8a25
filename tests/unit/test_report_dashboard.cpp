// Dashboard figures: the article's figures computed from the demo dataset (exact numbers), breakdowns that add
// up, quarter filtering, and the definitions on a small hand-built street.
#include <doctest/doctest.h>

#include "demo_fixture.h"
#include "report/dashboard.h"
#include "report/money_format.h"
#include "report_fixture.h"

using namespace gj;
using report::computeDashboard;
using report::CountedFigures;

namespace {

CountedFigures sum(const std::vector<CountedFigures>& rows) {
  CountedFigures s;
  for (const auto& r : rows) {
    s.projects_claimed += r.projects_claimed;
    s.projects_completed += r.projects_completed;
    s.funds_fen += r.funds_fen;
    s.problems_solved += r.problems_solved;
    s.person_times_served += r.person_times_served;
    s.activities += r.activities;
  }
  return s;
}

const report::FeaturedFigures& featured(const report::DashboardFigures& f, const std::string& title) {
  for (const auto& p : f.featured)
    if (p.title == title) return p;
  throw std::runtime_error("no featured project " + title);
}

}  // namespace

TEST_CASE("dashboard: the article's figures from the demo dataset") {
  const auto f = computeDashboard(test::demoDataset());
  CHECK(f.communities == 4);
  CHECK(f.units_paired == 34);
  CHECK(f.units_assessable == 49);
  CHECK(f.counted.projects_claimed == 49);
  CHECK(f.counted.funds_fen == 154'100'000);  // 154.1万元
  CHECK(report::formatWanYuan(f.counted.funds_fen) == "154.1");
  CHECK(f.counted.problems_solved == 132);
  CHECK(f.counted.person_times_served == 10'222);  // 1万余人次
  CHECK(f.counted.activities == 430);
  CHECK(f.counted.projects_completed == 40);
}

TEST_CASE("dashboard: featured projects of the demo dataset") {
  const Dataset& ds = test::demoDataset();
  const auto f = computeDashboard(ds);
  REQUIRE(f.featured.size() == 3);

  const auto& station = featured(f, "壹基金“儿童服务站”");
  CHECK(station.since_year == 2020);
  CHECK(station.funds_fen == 36'000'000);  // 36万元 since 2020
  CHECK(station.activities == 584);
  CHECK(station.beneficiaries.at(TargetGroup::children) == 8'475);
  CHECK(ds.find<Community>(station.community)->name == "新城社区");
  CHECK_FALSE(report::isCoBuildingProject(ds, *ds.find<Project>(station.project)));

  const auto& chadu = featured(f, "茶都景苑人居环境改造");
  CHECK(chadu.households == 34);
  CHECK(chadu.funds_fen == 10'300'000);  // 10万余元
  CHECK(chadu.funds_fen > 10'000'000);
  const Project& p = *ds.find<Project>(chadu.project);
  CHECK(ds.find<Unit>(p.lead_unit)->name == "雅安市政务服务管理局");
  CHECK(p.exemplary);

  const auto& school = featured(f, "新城社区“邻里学堂”");
  CHECK(school.activities == 14);
  CHECK(report::isCoBuildingProject(ds, *ds.find<Project>(school.project)));
}

TEST_CASE("dashboard: breakdowns add up to the totals, in a fixed order") {
  const auto f = computeDashboard(test::demoDataset());
  std::vector<CountedFigures> rows;
  std::vector<std::string> names;
  std::vector<int> paired;
  for (const auto& c : f.by_community) {
    rows.push_back(c.counted);
    names.push_back(c.name);
    paired.push_back(c.units_paired);
  }
  CHECK(names == std::vector<std::string>{"新城社区", "城东社区", "蒙泉社区", "永兴社区"});
  CHECK(paired == std::vector<int>{10, 9, 9, 10});  // 38 pairings of 34 units: some pair with two communities
  CHECK(sum(rows) == f.counted);

  rows.clear();
  std::vector<std::string> quarters;
  for (const auto& q : f.by_quarter) {
    rows.push_back(q.counted);
    quarters.push_back(q.quarter.text());
    CHECK(q.counted.projects_claimed == 7);
  }
  CHECK(quarters == std::vector<std::string>{"2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3"});
  CHECK(sum(rows) == f.counted);
}

TEST_CASE("dashboard: a quarter counts only what happened in it") {
  const Dataset& ds = test::demoDataset();
  const auto all = computeDashboard(ds);
  const auto q3 = computeDashboard(ds, Quarter{2024, 3});
  REQUIRE(q3.quarter);
  CHECK(q3.communities == 4);  // the structure stays
  CHECK(q3.units_paired == 34);
  CHECK(q3.units_assessable == 49);
  REQUIRE(q3.by_quarter.size() == 1);
  CHECK(q3.by_quarter[0].quarter == Quarter{2024, 3});
  CHECK(q3.counted == all.by_quarter.back().counted);
  CHECK(q3.counted.projects_claimed == 7);
  CHECK(q3.counted.funds_fen == 14'080'000);
  CHECK(q3.counted.problems_solved == 2);
  CHECK(q3.counted.person_times_served == 1'302);
  CHECK(featured(q3, "壹基金“儿童服务站”").funds_fen == 6'000'000);  // the 2024 entry is dated 2024-08-02

  for (const auto& row : all.by_quarter) CHECK(computeDashboard(ds, row.quarter).counted == row.counted);

  const auto empty = computeDashboard(ds, Quarter{2022, 1});
  CHECK(empty.counted == CountedFigures{});
  REQUIRE(empty.by_quarter.size() == 1);
  CHECK(empty.by_quarter[0].counted == CountedFigures{});
}

TEST_CASE("dashboard: definitions on a small street") {
  using namespace gj::test;
  Dataset ds = smallStreet();  // unit/1 pairs with community/2, unit/2 with community/1
  ds.put(made(Unit{.name = "名山区妇女联合会", .level = UnitLevel::district}, "unit/3"));  // in no pairing
  auto claimed = [&](std::string id, std::string community, std::string lead, std::string date) {
    Project p = madeEarly(Project{.title = "楼道照明改造 " + id, .community = community}, id);
    must(claimProject(p, ds, edit(at(date)), lead, *Quarter::ofDate(date), date), id);
    return p;
  };
  Project a = claimed("project/2", "community/1", "unit/2", "2024-03-20");
  must(addProgress(a, edit(at("2024-03-25")), {.date = "2024-03-25", .percent = 40, .funds_spent_fen = 100'000}), "a");
  must(addProgress(a, edit(at("2024-04-10")), {.date = "2024-04-10", .percent = 100, .funds_spent_fen = 50'000}), "a");
  must(completeProject(a, edit(at("2024-04-12")), "2024-04-12", 3, {{TargetGroup::elderly, 20}}), "a");
  ds.put(a);
  Project b = claimed("project/3", "community/1", "unit/3", "2024-03-21");  // lead not in co-building
  must(addProgress(b, edit(at("2024-03-26")), {.date = "2024-03-26", .percent = 10, .funds_spent_fen = 70'000}), "b");
  ds.put(b);
  Activity other = ds.activities().at("activity/1");
  other.id = "activity/2";
  other.organisers = {"unit/3"};  // not a co-building activity
  ds.put(other);

  const auto f = computeDashboard(ds);
  CHECK(f.communities == 2);
  CHECK(f.units_paired == 2);
  CHECK(f.units_assessable == 2);
  CHECK(f.counted == CountedFigures{.projects_claimed = 1, .projects_completed = 1, .funds_fen = 150'000,
                                    .problems_solved = 3, .person_times_served = 40, .activities = 1});
  // Funds count in the quarter they were spent; the project in the quarter it was claimed.
  const auto q1 = computeDashboard(ds, Quarter{2024, 1});
  CHECK(q1.counted == CountedFigures{.projects_claimed = 1, .funds_fen = 100'000});
  const auto q2 = computeDashboard(ds, Quarter{2024, 2});
  CHECK(q2.counted == CountedFigures{.projects_completed = 1, .funds_fen = 50'000, .problems_solved = 3});
  REQUIRE(f.by_quarter.size() == 3);  // 2024Q1 .. 2024Q3 (activity/1 is on 2024-07-05), no gaps
  CHECK(f.by_quarter[1].counted == q2.counted);
}

TEST_CASE("dashboard: JSON has the article's keys") {
  const Json j = report::dashboardJson(computeDashboard(test::demoDataset()));
  CHECK(j.at("communities") == 4);
  CHECK(j.at("units_paired") == 34);
  CHECK(j.at("person_times_served") == 10'222);
  CHECK(j.at("projects_claimed") == 49);
  CHECK(j.at("funds_fen") == 154'100'000);
  CHECK(j.at("problems_solved") == 132);
  CHECK(j.at("quarter") == "");
  CHECK(j.at("by_community").size() == 4);
  CHECK(j.at("by_quarter").size() == 7);
  CHECK(j.at("featured").size() == 3);
  CHECK(j.at("by_community")[0].at("name") == "新城社区");
}
