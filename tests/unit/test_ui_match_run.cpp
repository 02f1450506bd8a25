// The Matching screen's phased run: one phase per step, progress per phase, and exactly the bytes of
// match::planNeeds (small street and the demo dataset, with locks and forbids).
#include <doctest/doctest.h>

#include "demo_fixture.h"
#include "match/plan_json.h"
#include "plan_fixture.h"
#include "ui/match_proposals.h"
#include "ui/match_run.h"

using namespace gj;
using namespace gj::ui;

namespace {
match::NeedPlanOptions optionsFor(const char* quarter) {
  match::NeedPlanOptions o;
  o.quarter = *Quarter::parse(quarter);
  return o;
}
}  // namespace

TEST_CASE("match run: build, solve, explain, one step each, then the plan") {
  test::MiniStreet m;
  m.unit(1, {"community/1"}, {"elderly"}, 1);
  m.unit(2, {"community/2"}, {"elderly"}, 1);
  m.need(1, "community/1", "elderly", 5);
  m.need(2, "community/2", "elderly", 2);
  m.need(3, "community/1", "elderly", 1);
  m.need(4, "community/3", "");
  MatchRun run;
  CHECK(run.phase() == MatchPhase::idle);
  CHECK_FALSE(run.running());
  CHECK_FALSE(run.step());
  run.start(m.ds, optionsFor("2024Q3"), 7, "2026-11-27T10:00:00+08:00");
  CHECK(run.phase() == MatchPhase::build);
  CHECK(run.progress() == 0.0f);
  CHECK_FALSE(run.step());
  CHECK(run.phase() == MatchPhase::solve);
  CHECK(run.progress() == doctest::Approx(1.0 / 3));
  CHECK_FALSE(run.step());
  CHECK(run.phase() == MatchPhase::explain);
  CHECK(run.progress() == doctest::Approx(2.0 / 3));
  CHECK_FALSE(run.hasPlan());
  CHECK(run.step());
  CHECK(run.phase() == MatchPhase::done);
  CHECK_FALSE(run.running());
  CHECK(run.progress() == 1.0f);
  REQUIRE(run.hasPlan());
  CHECK(run.planVersion() == 7);
  CHECK(run.planAt() == "2026-11-27T10:00:00+08:00");
  CHECK(std::string(matchPhaseId(run.phase())) == "done");

  const match::NeedPlan& plan = run.plan();
  CHECK(match::planJson(plan) == match::planJson(match::planNeeds(m.ds, optionsFor("2024Q3"))));
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].need == "need/1");
  CHECK(plan.assignments[0].unit == "unit/1");  // paired with community/1
  CHECK(plan.assignments[1].need == "need/2");
  CHECK(plan.assignments[1].unit == "unit/2");  // paired with community/2
  REQUIRE(plan.unmatched.size() == 2);
  CHECK(plan.unmatched[0].need == "need/3");
  CHECK(plan.unmatched[0].reason == match::UnmatchedReason::outscored);
  CHECK(plan.unmatched[0].candidates == std::vector<std::string>{"unit/1", "unit/2"});
  CHECK(plan.unmatched[1].need == "need/4");
  CHECK(plan.unmatched[1].reason == match::UnmatchedReason::not_classified);

  // Run again: the old plan stays readable until the new one is done.
  match::NeedPlanOptions locked = optionsFor("2024Q3");
  locked.locked = {{"need/3", "unit/1"}};
  run.start(m.ds, locked, 8, "2026-11-27T10:05:00+08:00");
  CHECK(run.hasPlan());
  CHECK(run.planVersion() == 7);
  while (!run.step()) {
  }
  CHECK(run.planVersion() == 8);
  CHECK(match::planJson(run.plan()) == match::planJson(match::planNeeds(m.ds, locked)));
  // need/3 keeps unit/1's only slot; need/2 (paired) beats need/1 to unit/2.
  REQUIRE(run.plan().assignments.size() == 2);
  CHECK(run.plan().assignments[0].need == "need/2");
  CHECK(run.plan().assignments[1].need == "need/3");
  CHECK(run.plan().assignments[1].unit == "unit/1");
  CHECK(run.plan().assignments[1].locked);
  REQUIRE(run.plan().unmatched.size() == 2);
  CHECK(run.plan().unmatched[0].need == "need/1");
  CHECK(run.plan().unmatched[0].candidates == std::vector<std::string>{"unit/2"});
}

TEST_CASE("match run: the demo dataset's plan, byte for byte, with locks and forbids") {
  const Dataset& ds = test::demoDataset();
  match::NeedPlanOptions o = optionsFor(defaultMatchQuarter(ds, "2026-11-27").text().c_str());
  MatchRun run;
  run.start(ds, o, 1, "t");
  while (!run.step()) {
  }
  const match::NeedPlan first = run.plan();
  CHECK(match::planJson(first) == match::planJson(match::planNeeds(ds, o)));
  REQUIRE(first.assignments.size() >= 2);
  // Lock the first proposal to the second's unit, forbid the second: the same as planNeeds again.
  o.locked = {{first.assignments[0].need, first.assignments[1].unit}};
  o.forbidden = {{first.assignments[1].need, first.assignments[1].unit}};
  run.start(ds, o, 2, "t");
  while (!run.step()) {
  }
  CHECK(match::planJson(run.plan()) == match::planJson(match::planNeeds(ds, o)));
  CHECK(run.plan().assignments[0].locked);
}
