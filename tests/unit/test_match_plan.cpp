// Need -> unit plan: score components, slots, locks, forbids, the reasons of unmatched needs,
// determinism and the weights file.
#include <doctest/doctest.h>

#include <algorithm>

#include "io/text_file.h"
#include "match/plan_json.h"
#include "match/plan_needs.h"
#include "plan_fixture.h"

using namespace gj;
using namespace gj::match;

namespace {
NeedPlanOptions q3() {
  NeedPlanOptions o;
  o.quarter = *Quarter::parse("2024Q3");
  return o;
}
const NeedAssignment* assignmentOf(const NeedPlan& p, const std::string& need) {
  for (const auto& a : p.assignments)
    if (a.need == need) return &a;
  return nullptr;
}
const UnmatchedNeed* unmatchedOf(const NeedPlan& p, const std::string& need) {
  for (const auto& u : p.unmatched)
    if (u.need == need) return &u;
  return nullptr;
}
using Ids = std::vector<std::string>;
}  // namespace

TEST_CASE("plan: every score component, from the need and the unit") {
  test::MiniStreet m;
  m.unit(1, {"community/1"}, {"elderly"}, 3);             // paired, primary, 3 slots left
  m.unit(2, {"community/2"}, {"health", "elderly"}, 9);  // not paired, secondary, 9 slots left
  m.need(1, "community/1", "elderly", 4, 10, TargetGroup::elderly);
  m.project(1, "unit/1", "2023Q4", ProjectStatus::completed);
  m.project(2, "unit/1", "2024Q1", ProjectStatus::evaluated);
  m.rating(1, "project/1", Rating::satisfied);
  m.rating(2, "project/2", Rating::basic);
  NeedPlanInput in = buildNeedInput(m.ds, q3());
  REQUIRE(in.instance.arcs.size() == 2);
  const ScoreParts& a = in.instance.partsOf(in.instance.arcs[0]);
  CHECK(a.category == 100);
  CHECK(a.pairing == 150);
  CHECK(a.urgency == 80);        // 4 x 20
  CHECK(a.people == 40);         // 10 people: 4 bits x 10
  CHECK(a.target_group == 50);   // 一老一小
  CHECK(a.capacity == 15);       // 3 slots left x 5
  CHECK(a.completed == 10);      // 2 completed x 5
  CHECK(a.satisfaction == 37);   // 50 x (2 + 1) / 4
  CHECK(in.instance.arcs[0].score == a.total());
  const ScoreParts& b = in.instance.partsOf(in.instance.arcs[1]);
  CHECK(b == ScoreParts{60, 0, 80, 40, 50, 40, 0, 0});  // secondary, unpaired, capacity capped at 40

  NeedPlan plan = planNeeds(m.ds, q3());
  REQUIRE(plan.assignments.size() == 1);
  CHECK(plan.assignments[0].unit == "unit/1");
  CHECK(plan.total_score == a.total());
}

TEST_CASE("plan: people, urgency and target group scale as documented") {
  NeedWeights w;
  test::MiniStreet m;
  m.unit(1, {}, {"culture"}, 5);
  m.need(1, "community/1", "culture", 1, 1, TargetGroup::children);
  m.need(2, "community/1", "culture", 5, 1000, TargetGroup::disabled);
  m.need(3, "community/1", "culture", 3, 3, TargetGroup::general);
  NeedPlanInput in = buildNeedInput(m.ds, q3());
  REQUIRE(in.instance.arcs.size() == 3);
  CHECK(in.instance.partsOf(in.instance.arcs[0]).target_group == w.children);
  CHECK(in.instance.partsOf(in.instance.arcs[0]).people == 10);
  CHECK(in.instance.partsOf(in.instance.arcs[0]).urgency == 20);
  CHECK(in.instance.partsOf(in.instance.arcs[1]).people == 80);  // capped
  CHECK(in.instance.partsOf(in.instance.arcs[1]).target_group == w.disabled);
  CHECK(in.instance.partsOf(in.instance.arcs[1]).urgency == 100);
  CHECK(in.instance.partsOf(in.instance.arcs[2]).people == 20);
  CHECK(in.instance.partsOf(in.instance.arcs[2]).target_group == 0);
}

TEST_CASE("plan: slots per quarter count claimed projects and matched needs; funds and hours convert") {
  test::MiniStreet m;
  m.unit(1, {"community/1"}, {"property"}, 3);
  m.project(1, "unit/1", "2024Q3", ProjectStatus::in_progress);  // uses a slot in 2024Q3
  m.project(2, "unit/1", "2024Q2", ProjectStatus::claimed);      // another quarter: no
  m.project(3, "unit/1", "2024Q3", ProjectStatus::proposed);     // not claimed: no
  Need& matched = m.need(9, "community/1", "property", 3, 1, TargetGroup::general, NeedStatus::matched);
  matched.matched_unit = "unit/1";                                // waits to be claimed: uses a slot
  for (int n = 1; n <= 3; ++n) m.need(n, "community/1", "property", n);
  NeedPlan plan = planNeeds(m.ds, q3());
  REQUIRE(plan.units.size() == 1);
  CHECK(plan.units[0].slots == 3);
  CHECK(plan.units[0].used == 2);
  CHECK(plan.units[0].assigned == 1);
  REQUIRE(plan.assignments.size() == 1);
  CHECK(plan.assignments[0].need == "need/3");  // the most urgent
  CHECK(unmatchedOf(plan, "need/9") == nullptr); // matched: untouched
  const UnmatchedNeed* lost = unmatchedOf(plan, "need/1");
  REQUIRE(lost);
  CHECK(lost->reason == UnmatchedReason::outscored);
  CHECK(lost->candidates == Ids{"unit/1"});

  NeedWeights w;
  Resource funds;
  funds.kind = ResourceKind::funds;
  funds.capacity_per_quarter = 3000000;  // 3万 yuan in fen
  CHECK(resourceSlots(funds, w) == 3);
  Resource hours;
  hours.kind = ResourceKind::volunteer_hours;
  hours.capacity_per_quarter = 60 * 60;  // 60 hours
  CHECK(resourceSlots(hours, w) == 6);
}

TEST_CASE("plan: locked pairs are kept, take a slot and are marked; bad locks are noted") {
  test::MiniStreet m;
  m.unit(1, {"community/1"}, {"legal"}, 1);
  m.unit(2, {}, {"legal"}, 1);
  m.need(1, "community/1", "legal", 5);
  m.need(2, "community/1", "legal", 1);
  m.need(3, "community/1", "legal", 3, 1, TargetGroup::general, NeedStatus::claimed);
  NeedPlanOptions o = q3();
  o.locked = {{"need/2", "unit/1"}, {"need/3", "unit/2"}, {"need/1", "unit/9"}};
  NeedPlan plan = planNeeds(m.ds, o);
  const NeedAssignment* locked = assignmentOf(plan, "need/2");
  REQUIRE(locked);
  CHECK(locked->unit == "unit/1");
  CHECK(locked->locked);
  const NeedAssignment* other = assignmentOf(plan, "need/1");
  REQUIRE(other);
  CHECK(other->unit == "unit/2");  // unit/1's only slot went to the lock
  CHECK_FALSE(other->locked);
  CHECK(plan.total_score == locked->score + other->score);
  CHECK(plan.notes == Ids{"lock need/1 -> unit/9 ignored: no such unit", "lock need/3 -> unit/2 ignored: the need is claimed"});
}

TEST_CASE("plan: forbidden pairs are never proposed") {
  test::MiniStreet m;
  m.unit(1, {"community/1"}, {"safety"}, 2);
  m.unit(2, {}, {"safety"}, 2);
  m.need(1, "community/1", "safety");
  NeedPlanOptions o = q3();
  o.forbidden = {{"need/1", "unit/1"}};
  NeedPlan plan = planNeeds(m.ds, o);
  REQUIRE(plan.assignments.size() == 1);
  CHECK(plan.assignments[0].unit == "unit/2");
  o.forbidden.push_back({"need/1", "unit/2"});
  plan = planNeeds(m.ds, o);
  CHECK(plan.assignments.empty());
  REQUIRE(plan.unmatched.size() == 1);
  CHECK(plan.unmatched[0].reason == UnmatchedReason::all_forbidden);
  CHECK(plan.unmatched[0].forbidden == Ids{"unit/1", "unit/2"});
}

TEST_CASE("plan: every unmatched need has its reason, naming the units") {
  test::MiniStreet m;
  m.unit(1, {"community/1"}, {"parking"}, 1);
  m.unit(2, {"community/2"}, {"parking", "health"}, 1);
  m.unit(10, {}, {"employment"}, 1);
  m.project(1, "unit/1", "2024Q3", ProjectStatus::claimed);
  m.project(2, "unit/2", "2024Q3", ProjectStatus::claimed);
  m.need(1, "community/1", "parking");      // both units full
  m.need(2, "community/1", "culture");      // nobody offers culture
  m.need(3, "community/1", "employment");   // unit/10 forbidden
  m.need(4, "community/1", "health");       // unit/2 full, and forbidden
  m.need(5, "community/1", "", 3, 1, TargetGroup::general, NeedStatus::classified);
  NeedPlanOptions o = q3();
  o.forbidden = {{"need/3", "unit/10"}, {"need/4", "unit/2"}};
  NeedPlan plan = planNeeds(m.ds, o);
  CHECK(plan.assignments.empty());
  REQUIRE(plan.unmatched.size() == 5);
  CHECK(plan.unmatched[0].reason == UnmatchedReason::all_full);
  CHECK(plan.unmatched[0].full == Ids{"unit/1", "unit/2"});
  CHECK(plan.unmatched[1].reason == UnmatchedReason::no_unit_offers);
  CHECK(plan.unmatched[2].reason == UnmatchedReason::all_forbidden);
  CHECK(plan.unmatched[2].forbidden == Ids{"unit/10"});
  CHECK(plan.unmatched[3].reason == UnmatchedReason::all_forbidden);  // forbidden wins over full
  CHECK(plan.unmatched[4].reason == UnmatchedReason::not_classified);
  const std::string text = planJson(plan);
  CHECK(text.find(R"({"full":["unit/1","unit/2"],"need":"need/1","reason":"all_full"})") != std::string::npos);
  CHECK(text.find(R"({"need":"need/2","reason":"no_unit_offers"})") != std::string::npos);

  m.unit(3, {}, {"parking"}, 1);
  o.forbidden = {{"need/1", "unit/3"}};
  plan = planNeeds(m.ds, o);
  REQUIRE(unmatchedOf(plan, "need/1"));
  CHECK(unmatchedOf(plan, "need/1")->reason == UnmatchedReason::full_or_forbidden);
  CHECK(unmatchedOf(plan, "need/1")->full == Ids{"unit/1", "unit/2"});
  CHECK(unmatchedOf(plan, "need/1")->forbidden == Ids{"unit/3"});
}

TEST_CASE("plan: ties go to the lower unit id, and the JSON and hash are stable") {
  test::MiniStreet m;
  m.unit(12, {}, {"children"}, 1);
  m.unit(3, {}, {"children"}, 1);
  m.unit(7, {}, {"children"}, 1);
  m.need(10, "community/1", "children");
  m.need(2, "community/1", "children");
  NeedPlan plan = planNeeds(m.ds, q3());
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].need == "need/2");  // id order, numbers by value
  Ids units{plan.assignments[0].unit, plan.assignments[1].unit};
  std::sort(units.begin(), units.end());
  CHECK(units == Ids{"unit/3", "unit/7"});
  const std::string text = planJson(plan);
  CHECK(text.rfind(R"({"assignments":[{"locked":false,"need":"need/2","parts":{"capacity":5,"category":100,)", 0) == 0);
  for (int i = 0; i < 3; ++i) CHECK(planJson(planNeeds(m.ds, q3())) == text);
  CHECK(planHash(plan).size() == 16);
  CHECK(planHash(plan) == planHash(planNeeds(m.ds, q3())));
  CHECK(fnv1a64("") == 14695981039346656037ull);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cull);
}

TEST_CASE("plan: matching weights read from JSON, write back, and errors name the key") {
  MatchingWeights w;
  std::string error;
  REQUIRE(parseMatchingWeights(R"({"format":"gongjian-matching-weights","needs":{"pairing":300}})", &w, &error));
  CHECK(w.needs.pairing == 300);
  CHECK(w.needs.elderly == 50);  // default kept
  MatchingWeights back;
  REQUIRE(parseMatchingWeights(matchingWeightsJson(w), &back, &error));
  CHECK(matchingWeightsJson(back) == matchingWeightsJson(w));
  CHECK_FALSE(parseMatchingWeights(R"({"format":"gongjian-matching-weights","needs":{"pairing":"x"}})", &w, &error));
  CHECK(error == "needs.pairing: expected an integer 0..100000, got \"x\"");
  CHECK_FALSE(parseMatchingWeights(R"({"format":"other"})", &w, &error));
  CHECK(error == "format: expected \"gongjian-matching-weights\"");
  CHECK_FALSE(parseMatchingWeights("{", &w, &error));
  // The shipped file holds exactly the defaults.
  MatchingWeights shipped;
  REQUIRE_MESSAGE(loadMatchingWeights(GONGJIAN_TEST_ASSETS, &shipped, &error), error);
  CHECK(matchingWeightsJson(shipped) == matchingWeightsJson(MatchingWeights{}));
  auto text = io::readTextFile(std::string(GONGJIAN_TEST_ASSETS) + "/matching_weights.json", &error);
  REQUIRE(text);
  CHECK(*text == matchingWeightsJson(MatchingWeights{}));
}
