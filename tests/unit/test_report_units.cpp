// Resources and Units screens: project slots used / left per quarter (the matcher's own figures), the units'
// results (projects by status, problems solved, funds, satisfaction with its minimum sample), the lists'
// filters and total orders, capacity amounts in each kind's unit, and the quarters offered.
#include <doctest/doctest.h>

#include "demo_fixture.h"
#include "match/plan_needs.h"
#include "match/unit_load.h"
#include "report/dashboard.h"
#include "report/unit_performance.h"
#include "report_fixture.h"
#include "ui/resource_list.h"
#include "ui/resource_quantity.h"
#include "ui/unit_list.h"
#include "ui/unit_quarter.h"

using namespace gj;

namespace {

const Quarter kQ2 = *Quarter::parse("2024Q2");
const Quarter kQ3 = *Quarter::parse("2024Q3");

void addResource(Dataset& ds, const std::string& id, const std::string& unit, ResourceKind kind, std::int64_t amount,
                 std::vector<std::string> categories = {"housing"}, const std::string& title = "资源") {
  ds.put(test::made(Resource{.unit = unit, .kind = kind, .title = title, .categories = std::move(categories),
                             .capacity_per_quarter = amount},
                    id));
}

// unit/1 (district, paired with community 1): 2.5万元 (2 slots) + 20h50min (2 slots) + 3 services = 7 slots.
// unit/2 (city): a material with capacity 0 (no slot). unit/3: no resource. resource/9 names no unit.
// Projects: project/1 unit/1 2024Q3 claimed; project/2 unit/1 2024Q2 completed (3 problems, 3000 yuan);
// project/3 proposed; project/4 unit/3 2024Q3 in progress (1200 yuan); project/5 unit/1 2024Q3 claimed for
// need/2. Needs: need/1 matched to unit/1 (holds a slot), need/2 matched to unit/1 and then claimed.
Dataset street() {
  Dataset ds = test::emptyStreet();
  test::addUnit(ds, "unit/1", "名山区民政局", UnitLevel::district, {"community/1"});
  test::addUnit(ds, "unit/2", "雅安市交通运输局", UnitLevel::city, {"community/2"});
  test::addUnit(ds, "unit/3", "名山区应急管理局", UnitLevel::district, {});
  addResource(ds, "resource/1", "unit/1", ResourceKind::funds, 2'500'000, {"elderly", "children"});
  addResource(ds, "resource/2", "unit/1", ResourceKind::volunteer_hours, 1'250, {"elderly"});
  addResource(ds, "resource/3", "unit/1", ResourceKind::service, 3, {"housing"});
  addResource(ds, "resource/4", "unit/2", ResourceKind::material, 0, {"parking"});
  addResource(ds, "resource/9", "unit/9", ResourceKind::service, 5, {"housing"});
  test::claimedProject(ds, "project/1", "unit/1", "2024-07-10");
  test::claimedProject(ds, "project/2", "unit/1", "2024-04-10");
  test::progress(ds, "project/2", "2024-05-01", 60, 300'000);
  test::complete(ds, "project/2", "2024-06-01", 3);
  ds.put(test::madeEarly(Project{.title = "提议中的项目", .community = "community/1", .category = "housing"}, "project/3"));
  test::claimedProject(ds, "project/4", "unit/3", "2024-07-12");
  test::progress(ds, "project/4", "2024-07-20", 30, 120'000);
  test::matchedNeed(ds, "need/1", "unit/1", "2024-07-01", "2024-07-03");
  test::matchedNeed(ds, "need/2", "unit/1", "2024-07-01", "2024-07-03");
  test::claimedProject(ds, "project/5", "unit/1", "2024-07-15", "community/1", {"need/2"});
  test::claimNeedOn(ds, "need/2", "project/5", "2024-07-15");
  return ds;
}

const Unit& unitNamed(const Dataset& ds, const std::string& name) {
  const Unit* u = test::findRecord<Unit>(ds, [&](const Unit& x) { return x.name == name; });
  REQUIRE(u != nullptr);
  return *u;
}

}  // namespace

TEST_CASE("unit slots: resources give slots, claimed projects of the quarter and pending matches use them") {
  const Dataset ds = street();
  const match::NeedWeights w;
  const auto q3 = match::unitSlots(ds, kQ3, w);
  REQUIRE(q3.size() == 2);  // unit/2 has no slot and uses none; resource/9's unit does not exist
  CHECK(q3.at("unit/1") == match::UnitSlots{7, 3});  // project/1, project/5, need/1 (need/2 counts as project/5)
  CHECK(q3.at("unit/1").left() == 4);
  CHECK(q3.at("unit/3") == match::UnitSlots{0, 1});  // leads a project without offering anything
  CHECK(q3.at("unit/3").left() == 0);
  const auto q2 = match::unitSlots(ds, kQ2, w);
  REQUIRE(q2.size() == 1);
  CHECK(q2.at("unit/1") == match::UnitSlots{7, 2});  // project/2 (completed still counts) + need/1
  const auto q1 = match::unitSlots(ds, *Quarter::parse("2024Q1"), w);
  CHECK(q1.at("unit/1") == match::UnitSlots{7, 1});  // a match holds its slot in every quarter until claimed

  // Used beyond the slots: left stays 0.
  CHECK(match::UnitSlots{2, 5}.left() == 0);

  // Other weights, other slots: funds per 5000 yuan -> 5 slots, hours per 5 -> 4 slots.
  match::NeedWeights finer;
  finer.funds_fen_per_slot = 500'000;
  finer.volunteer_minutes_per_slot = 300;
  CHECK(match::unitSlots(ds, kQ3, finer).at("unit/1") == match::UnitSlots{12, 3});
}

TEST_CASE("unit slots: the plan starts from the same figures") {
  for (const Dataset* ds : {&test::demoDataset()}) {
    for (const char* text : {"2023Q1", "2024Q2", "2024Q3", "2026Q4"}) {
      CAPTURE(text);
      match::NeedPlanOptions o;
      o.quarter = *Quarter::parse(text);
      const match::NeedPlan plan = match::planNeeds(*ds, o);
      const auto slots = match::unitSlots(*ds, o.quarter, o.weights);
      std::size_t withSlots = 0;
      for (const auto& [unit, s] : slots) withSlots += s.slots > 0;
      REQUIRE(plan.units.size() == withSlots);
      for (const match::UnitLoad& load : plan.units) {
        CAPTURE(load.unit);
        CHECK(slots.at(load.unit) == match::UnitSlots{load.slots, load.used});
      }
    }
  }
}

TEST_CASE("unit slots: the demo dataset") {
  const Dataset& ds = test::demoDataset();
  const match::NeedWeights w;
  const auto q3 = match::unitSlots(ds, kQ3, w);
  int slots = 0, used = 0, withSlots = 0;
  for (const auto& [unit, s] : q3) {
    slots += s.slots;
    used += s.used;
    withSlots += s.slots > 0;
  }
  CHECK(withSlots == 34);  // every unit in co-building relations offers something
  CHECK(slots == 170);
  CHECK(used == 9);  // 7 projects of 2024Q3 + 2 matched needs
  // 名山区民政局: 20万元 a quarter (20 slots) + 8 visits; need n08 is matched to it.
  const Unit& mz = unitNamed(ds, "名山区民政局");
  CHECK(q3.at(mz.id) == match::UnitSlots{28, 1});
  CHECK(match::unitSlots(ds, kQ2, w).at(mz.id) == match::UnitSlots{28, 2});  // + its 2024Q2 project
  const Unit& zjj = unitNamed(ds, "雅安市住房和城乡建设局");
  CHECK(q3.at(zjj.id) == match::UnitSlots{4, 1});
  CHECK(q3.at(zjj.id).left() == 3);
  // The current quarter of the clock has no project: only the pending matches.
  const auto later = match::unitSlots(ds, *Quarter::parse("2026Q4"), w);
  CHECK(later.at(mz.id) == match::UnitSlots{28, 1});
  CHECK(later.at(zjj.id) == match::UnitSlots{4, 0});
}

TEST_CASE("unit performance: projects by status, problems, funds and satisfaction on a small street") {
  Dataset ds = street();
  test::rateMany(ds, 1, 5, FeedbackTarget::project, "project/2", Rating::satisfied, "2024-06-10");
  test::rate(ds, "feedback/6", FeedbackTarget::project, "project/2", Rating::basic, "2024-06-11");
  test::rate(ds, "feedback/7", FeedbackTarget::project, "project/4", Rating::unsatisfied, "2024-07-25");
  test::addActivity(ds, "activity/1", "2024-07-05", {"unit/1"}, {}, 30);
  test::rate(ds, "feedback/8", FeedbackTarget::activity, "activity/1", Rating::satisfied, "2024-07-05");

  const auto all = report::unitPerformance(ds);
  REQUIRE(all.size() == 3);
  CHECK(all[0] == report::UnitPerformance{.unit = "unit/1", .claimed = 2, .in_progress = 0, .completed = 1,
                                          .evaluated = 0, .problems_solved = 3, .funds_fen = 300'000,
                                          .ratings = 6, .satisfied = 5});
  CHECK(all[0].projects() == 3);
  CHECK_FALSE(all[0].insufficientSample());
  CHECK(all[0].satisfiedPercent() == 83);  // 5 of 6; activities' ratings are not the unit's projects'
  CHECK(all[1] == report::UnitPerformance{.unit = "unit/2"});
  CHECK(all[2] == report::UnitPerformance{.unit = "unit/3", .in_progress = 1, .funds_fen = 120'000, .ratings = 1});
  CHECK(all[2].insufficientSample());

  const auto q3 = report::unitPerformance(ds, kQ3);
  CHECK(q3[0] == report::UnitPerformance{.unit = "unit/1", .claimed = 2});
  CHECK(q3[0].insufficientSample());
  CHECK(q3[0].satisfiedPercent() == 0);
  CHECK(report::unitPerformance(ds, kQ2)[0] ==
        report::UnitPerformance{.unit = "unit/1", .completed = 1, .problems_solved = 3, .funds_fen = 300'000,
                                .ratings = 6, .satisfied = 5});

  // Half up: 1 of 8 is 12.5% -> 13%; 2 of 3 is 66.7% -> 67%; 4 ratings are too few, 5 are enough.
  CHECK(report::UnitPerformance{.ratings = 8, .satisfied = 1}.satisfiedPercent() == 13);
  CHECK(report::UnitPerformance{.ratings = 3, .satisfied = 2}.satisfiedPercent() == 67);
  CHECK(report::UnitPerformance{.ratings = 4, .satisfied = 4}.insufficientSample());
  CHECK_FALSE(report::UnitPerformance{.ratings = 5, .satisfied = 0}.insufficientSample());
}

TEST_CASE("unit performance: the demo dataset adds up to the dashboard's figures") {
  const Dataset& ds = test::demoDataset();
  const auto all = report::unitPerformance(ds);
  CHECK(all.size() == 57);
  int projects = 0, problems = 0;
  std::int64_t funds = 0;
  for (const auto& p : all) {
    if (!report::inCoBuilding(*ds.find<Unit>(p.unit))) continue;
    projects += p.projects();
    problems += p.problems_solved;
    funds += p.funds_fen;
  }
  const report::DashboardFigures dash = report::computeDashboard(ds);
  CHECK(projects == 49);
  CHECK(problems == 132);
  CHECK(funds == 154'100'000);  // 154.1万元
  CHECK(projects == dash.counted.projects_claimed);
  CHECK(problems == dash.counted.problems_solved);
  CHECK(funds == dash.counted.funds_fen);

  const auto row = [&](const std::string& name, const std::vector<report::UnitPerformance>& rows) {
    const std::string id = unitNamed(ds, name).id;
    for (const auto& p : rows)
      if (p.unit == id) return p;
    FAIL("no row");
    return report::UnitPerformance{};
  };
  const report::UnitPerformance mz = row("名山区民政局", all);
  CHECK(mz.claimed == 0);
  CHECK(mz.in_progress == 1);
  CHECK(mz.completed == 0);
  CHECK(mz.evaluated == 2);
  CHECK(mz.funds_fen == 19'260'000);  // 192,600 yuan
  CHECK(mz.ratings == 16);
  CHECK(mz.satisfied == 15);
  CHECK(mz.satisfiedPercent() == 94);
  const report::UnitPerformance zjj = row("雅安市住房和城乡建设局", all);
  CHECK(zjj.projects() == 5);
  CHECK(zjj.evaluated == 4);
  CHECK(zjj.in_progress == 1);
  CHECK(zjj.funds_fen == 22'500'000);
  CHECK(zjj.ratings == 27);
  CHECK(zjj.satisfiedPercent() == 89);  // 24 of 27
  const report::UnitPerformance zjjQ3 = row("雅安市住房和城乡建设局", report::unitPerformance(ds, kQ3));
  CHECK(zjjQ3.projects() == 1);
  CHECK(zjjQ3.in_progress == 1);
}

TEST_CASE("resource list: filters by unit, kind and any listed category; every column sorts with ties by id") {
  const Dataset ds = street();
  const ui::UnitLoads loads = match::unitSlots(ds, kQ3, match::NeedWeights{});
  using ui::ResourceColumn;
  auto list = [&](ui::ResourceFilter f, ResourceColumn c = ResourceColumn::unit, bool descending = false) {
    return ui::listResources(ds, loads, f, ui::ResourceSort{c, descending});
  };
  using V = std::vector<std::string>;
  // By unit name in code point order (名山区民政局 < 雅安市交通运输局), a missing unit by its id ("unit/9" sorts
  // before Chinese text); then by resource id.
  CHECK(list({}) == V{"resource/9", "resource/1", "resource/2", "resource/3", "resource/4"});
  CHECK(list({.unit = "unit/1"}) == V{"resource/1", "resource/2", "resource/3"});
  CHECK(list({.kind = ResourceKind::service}) == V{"resource/9", "resource/3"});
  CHECK(list({.category = "children"}) == V{"resource/1"});  // not its first category
  CHECK(list({.unit = "unit/3"}).empty());
  CHECK(list({}, ResourceColumn::kind) == V{"resource/1", "resource/2", "resource/3", "resource/9", "resource/4"});
  CHECK(list({}, ResourceColumn::kind, true) == V{"resource/4", "resource/9", "resource/3", "resource/2", "resource/1"});
  // Capacity: by kind first (fen, minutes and counts do not compare), then amount: 3 services before 5.
  CHECK(list({.kind = ResourceKind::service}, ResourceColumn::capacity, true) == V{"resource/9", "resource/3"});
  // Left this quarter: unit/1 has 4, the others none; ties by resource id.
  CHECK(list({}, ResourceColumn::left, true) == V{"resource/3", "resource/2", "resource/1", "resource/9", "resource/4"});
  CHECK(list({}, ResourceColumn::left) == V{"resource/4", "resource/9", "resource/1", "resource/2", "resource/3"});
  // Category lists compare element by element: {elderly} before {elderly, children}.
  CHECK(list({}, ResourceColumn::categories) == V{"resource/2", "resource/1", "resource/3", "resource/9", "resource/4"});
  CHECK(ui::slotsOf(loads, "unit/2") == match::UnitSlots{});
}

TEST_CASE("unit list: one row per unit with its figures; sorts with ties by id") {
  Dataset ds = street();
  test::rateMany(ds, 1, 5, FeedbackTarget::project, "project/2", Rating::satisfied, "2024-06-10");
  test::rate(ds, "feedback/6", FeedbackTarget::project, "project/4", Rating::satisfied, "2024-07-25");
  const ui::UnitLoads loads = match::unitSlots(ds, kQ3, match::NeedWeights{});
  const auto perf = report::unitPerformance(ds);
  auto order = [&](ui::UnitColumn c, bool descending) {
    std::vector<std::string> ids;
    for (const auto& r : ui::listUnits(ds, loads, perf, ui::UnitSort{c, descending})) ids.push_back(r.unit);
    return ids;
  };
  using V = std::vector<std::string>;
  const auto rows = ui::listUnits(ds, loads, perf, ui::UnitSort{});
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].unit == "unit/3");  // code point order: 名山区应急管理局 < 名山区民政局 < 雅安市交通运输局
  CHECK(rows[0].resources == 0);
  CHECK(rows[0].slots == match::UnitSlots{0, 1});
  CHECK(rows[1].unit == "unit/1");
  CHECK(rows[1].resources == 3);
  CHECK(rows[1].slots == match::UnitSlots{7, 3});
  CHECK(rows[1].performance.projects() == 3);
  CHECK(rows[2].unit == "unit/2");
  CHECK(rows[2].resources == 1);
  CHECK(order(ui::UnitColumn::level, false) == V{"unit/2", "unit/1", "unit/3"});  // city first
  CHECK(order(ui::UnitColumn::left, true) == V{"unit/1", "unit/3", "unit/2"});
  CHECK(order(ui::UnitColumn::used, true) == V{"unit/1", "unit/3", "unit/2"});
  CHECK(order(ui::UnitColumn::communities, false) == V{"unit/3", "unit/1", "unit/2"});
  // unit/1: 5 of 5 satisfied (100%); unit/3: 1 rating (too few) sorts with unit/2 (none) below any share.
  CHECK(order(ui::UnitColumn::satisfaction, true) == V{"unit/1", "unit/3", "unit/2"});
  CHECK(order(ui::UnitColumn::satisfaction, false) == V{"unit/2", "unit/3", "unit/1"});
  CHECK(order(ui::UnitColumn::funds, true) == V{"unit/1", "unit/3", "unit/2"});
}

TEST_CASE("resource capacity: shown and typed in the kind's unit, exactly") {
  using ui::CapacityInput;
  CHECK(ui::capacityNumber(ResourceKind::funds, 20'000'000) == "20");
  CHECK(ui::capacityNumber(ResourceKind::funds, 2'500'000) == "2.5");
  CHECK(ui::capacityNumber(ResourceKind::funds, 1) == "0.000001");
  CHECK(ui::capacityNumber(ResourceKind::volunteer_hours, 750) == "12.5");
  CHECK(ui::capacityNumber(ResourceKind::volunteer_hours, 1'250) == "20.83");
  CHECK(ui::capacityNumber(ResourceKind::volunteer_hours, 63) == "1.05");
  CHECK(ui::capacityNumber(ResourceKind::volunteer_hours, 0) == "0");
  CHECK(ui::capacityNumber(ResourceKind::service, 6) == "6");
  CHECK(ui::capacityUnitKey(ResourceKind::venue) == "res.unit.venue");

  std::int64_t v = -1;
  CHECK(ui::parseCapacity(ResourceKind::funds, " 2.5 ", &v) == CapacityInput::ok);
  CHECK(v == 2'500'000);
  CHECK(ui::parseCapacity(ResourceKind::funds, "0.000001", &v) == CapacityInput::ok);
  CHECK(v == 1);
  CHECK(ui::parseCapacity(ResourceKind::funds, "0.0000001", &v) == CapacityInput::too_precise);
  CHECK(ui::parseCapacity(ResourceKind::volunteer_hours, "12.5", &v) == CapacityInput::ok);
  CHECK(v == 750);
  CHECK(ui::parseCapacity(ResourceKind::volunteer_hours, "20.83", &v) == CapacityInput::ok);
  CHECK(v == 1'250);  // 1249.8 minutes, to the nearest minute
  CHECK(ui::parseCapacity(ResourceKind::volunteer_hours, "1.125", &v) == CapacityInput::too_precise);
  CHECK(ui::parseCapacity(ResourceKind::service, "6", &v) == CapacityInput::ok);
  CHECK(v == 6);
  CHECK(ui::parseCapacity(ResourceKind::service, "0", &v) == CapacityInput::ok);
  CHECK(v == 0);
  v = 42;
  CHECK(ui::parseCapacity(ResourceKind::service, "6.5", &v) == CapacityInput::not_a_number);
  CHECK(ui::parseCapacity(ResourceKind::material, "-1", &v) == CapacityInput::not_a_number);
  CHECK(ui::parseCapacity(ResourceKind::funds, "2,5", &v) == CapacityInput::not_a_number);
  CHECK(ui::parseCapacity(ResourceKind::funds, ".", &v) == CapacityInput::not_a_number);
  CHECK(ui::parseCapacity(ResourceKind::venue, "  ", &v) == CapacityInput::empty);
  CHECK(ui::parseCapacity(ResourceKind::funds, "99999999999", &v) == CapacityInput::too_large);
  CHECK(v == 42);  // untouched unless ok
  // Round trip of what is shown.
  for (std::int64_t amount : {0LL, 1LL, 999'999LL, 2'500'000LL, 154'100'000LL}) {
    CHECK(ui::parseCapacity(ResourceKind::funds, ui::capacityNumber(ResourceKind::funds, amount), &v) == CapacityInput::ok);
    CHECK(v == amount);
  }
}

TEST_CASE("quarters offered: the current one and every quarter with a project or a meeting, newest first") {
  Dataset ds = street();
  test::addMeeting(ds, "meeting/1", "2023-10-08", {"unit/1"});
  const auto quarters = ui::selectableQuarters(ds, *Quarter::parse("2026Q4"));
  std::vector<std::string> texts;
  for (const Quarter& q : quarters) texts.push_back(q.text());
  CHECK(texts == std::vector<std::string>{"2026Q4", "2024Q3", "2024Q2", "2023Q4"});
  const auto inData = ui::selectableQuarters(ds, kQ3);
  CHECK(inData.size() == 3);
  CHECK(inData.front() == kQ3);
  std::vector<std::string> demo;
  for (const Quarter& q : ui::selectableQuarters(test::demoDataset(), *Quarter::parse("2026Q4"))) demo.push_back(q.text());
  // The demo's projects and meetings run 2023Q1..2024Q3; the children's station's project since 2020.
  CHECK(demo == std::vector<std::string>{"2026Q4", "2024Q3", "2024Q2", "2024Q1", "2023Q4", "2023Q3", "2023Q2", "2023Q1",
                                         "2020Q1"});
}
