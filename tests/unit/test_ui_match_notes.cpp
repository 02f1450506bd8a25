// The plan's notes, as planNeeds writes them, read back into kind, need, unit and status.
#include <doctest/doctest.h>

#include "match/plan_needs.h"
#include "plan_fixture.h"
#include "ui/match_notes.h"

using namespace gj;
using namespace gj::ui;

TEST_CASE("match notes: every note planNeeds writes has its kind") {
  test::MiniStreet m;
  m.unit(1, {"community/1"}, {"elderly"}, 1);
  m.need(1, "community/1", "elderly");
  m.need(2, "community/1", "elderly");
  m.need(3, "community/1", "elderly", 3, 1, TargetGroup::general, NeedStatus::matched).matched_unit = "unit/1";
  match::NeedPlanOptions o;
  o.quarter = *Quarter::parse("2024Q3");
  o.locked = {{"need/1", "unit/1"}, {"need/1", "unit/7"}, {"need/2", "unit/1"}, {"need/3", "unit/1"}, {"need/8", "unit/1"}};
  o.forbidden = {{"need/2", "unit/9"}, {"need/9", "unit/1"}};
  const match::NeedPlan plan = match::planNeeds(m.ds, o);
  std::vector<std::string> kinds;
  for (const auto& note : plan.notes) kinds.push_back(parsePlanNote(note).kind);
  CHECK(kinds == std::vector<std::string>{"lock_past_slots", "lock_no_unit", "lock_past_slots", "lock_not_open",
                                          "lock_no_need", "forbid_no_unit", "forbid_no_need"});
  REQUIRE(plan.notes.size() == 7);
  const PlanNote notOpen = parsePlanNote(plan.notes[3]);
  CHECK(notOpen.need == "need/3");
  CHECK(notOpen.unit == "unit/1");
  CHECK(notOpen.status == "matched");
  const PlanNote noUnit = parsePlanNote(plan.notes[1]);
  CHECK(noUnit.need == "need/1");
  CHECK(noUnit.unit == "unit/7");
}

TEST_CASE("match notes: a locked-twice need and unknown texts") {
  const PlanNote taken = parsePlanNote("lock need/4 -> unit/2 ignored: the need is locked to another unit already");
  CHECK(taken.kind == "lock_taken");
  CHECK(taken.need == "need/4");
  CHECK(taken.unit == "unit/2");
  CHECK(parsePlanNote("something else").kind.empty());
  CHECK(parsePlanNote("lock need/4 -> unit/2 went wrong").kind.empty());
  CHECK(parsePlanNote("forbid need/4 unit/2").kind.empty());
}
