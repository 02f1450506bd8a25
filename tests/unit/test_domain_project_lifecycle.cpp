// The project lifecycle: every step from every status, each step's requirements (lead unit and quarter,
// progress never backwards, funds not negative, problems solved and beneficiaries, satisfaction recorded).
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "domain/project_lifecycle.h"
#include "test_domain_fixture.h"

using namespace gj;
using S = ProjectStatus;

namespace {

// The sample street plus a resident's rating of project/1, so that it can be evaluated.
Dataset streetWithRating() {
  Dataset ds = test::smallStreet();
  ds.put(test::made(Feedback{.target_kind = FeedbackTarget::project, .target = "project/1",
                             .rating = Rating::basic, .at = "2024-09-02T10:00:00+08:00",
                             .channel = FeedbackChannel::worker},
                    "feedback/2"));
  return ds;
}

// project/1 put directly into status `s` with the fields that status requires.
Project projectIn(S s) {
  Project p = test::smallStreet().projects().at("project/1");
  p.status = s;
  if (s >= S::claimed) p.lead_unit = "unit/1", p.quarter = Quarter{2024, 3}, p.claimed = "2024-07-06";
  if (s >= S::in_progress) p.timeline = {{.date = "2024-07-20", .percent = 50, .funds_spent_fen = 300'000}};
  if (s >= S::completed) p.completed = "2024-08-30", p.problems_solved = 2, p.beneficiaries = {{TargetGroup::elderly, 9}};
  REQUIRE(validate(p).empty());
  return p;
}

Outcome takeStep(ProjectStep step, Project& p, const Dataset& ds, const Edit& e = test::edit()) {
  switch (step) {
    case ProjectStep::claim: return claimProject(p, ds, e, "unit/1", Quarter{2024, 3}, "2024-07-06", {"unit/2"});
    case ProjectStep::progress: return addProgress(p, e, {.date = "2024-08-01", .percent = 60, .funds_spent_fen = 1});
    case ProjectStep::complete: return completeProject(p, e, "2024-09-01", 2, {{TargetGroup::children, 30}}, 34);
    case ProjectStep::evaluate: return evaluateProject(p, ds, e);
  }
  return {};
}

const std::map<ProjectStep, std::pair<std::set<S>, const char*>> kExpected = {
    {ProjectStep::claim, {{S::proposed}, "project.claim.not_proposed"}},
    {ProjectStep::progress, {{S::claimed, S::in_progress}, "project.progress.not_open"}},
    {ProjectStep::complete, {{S::in_progress}, "project.complete.not_in_progress"}},
    {ProjectStep::evaluate, {{S::completed}, "project.evaluate.not_completed"}},
};

std::string outcomeKey(const Outcome& o) { return o.applied ? "applied" : o.reason.key; }

}  // namespace

TEST_CASE("project lifecycle: every step from every status") {
  const Dataset ds = streetWithRating();
  int allowed = 0;
  for (const auto& rule : kExpected) {  // no structured binding: clang 14 cannot CAPTURE those
    const auto step = rule.first;
    const auto& expected = rule.second;
    for (S from : allValues<S>()) {
      CAPTURE(enumName(from));
      CAPTURE(static_cast<int>(step));
      Project p = projectIn(from);
      const Project before = p;
      const Outcome o = takeStep(step, p, ds);
      CHECK(projectStepAllowed(from, step) == (expected.first.count(from) > 0));
      if (expected.first.count(from)) {
        ++allowed;
        REQUIRE(o.applied);
        CHECK(p.status == projectStepTarget(step));
        CHECK(p.rev == before.rev + 1);
        CHECK(validate(p).empty());
      } else {
        REQUIRE_FALSE(o.applied);
        CHECK(p == before);
        CHECK(o.reason.key == expected.second);
        CHECK(o.reason.en.ends_with(" (it is " + projectStatusName(from).en + ")"));
      }
    }
  }
  CHECK(allowed == 5);
}

TEST_CASE("project lifecycle: from proposal to evaluation, with its history") {
  Dataset ds = streetWithRating();
  Project p = ds.projects().at("project/1");
  REQUIRE(claimProject(p, ds, test::edit("2024-07-06T09:00:00+08:00", "李明"), "unit/1", Quarter{2024, 3},
                       "2024-07-06"));
  CHECK(p.history.back() == Change{"2024-07-06T09:00:00+08:00", "李明", "status", "proposed", "claimed", ""});
  const std::size_t afterClaim = p.history.size();
  CHECK(afterClaim == 1 + 4);  // claimed, lead_unit, quarter, status
  REQUIRE(addProgress(p, test::edit("2024-07-20T18:00:00+08:00", "李明"),
                      {.date = "2024-07-20", .percent = 40, .note = "采购灯具", .funds_spent_fen = 350'000}));
  CHECK(p.status == S::in_progress);
  // The new timeline entry is recorded as one element, not the whole list.
  CHECK(p.history[afterClaim].field == "status");
  CHECK(p.history[afterClaim + 1] ==
        Change{"2024-07-20T18:00:00+08:00", "李明", "timeline[0]", Json(),
               Json{{"date", "2024-07-20"}, {"percent", 40}, {"note", "采购灯具"}, {"funds_spent_fen", 350000}}, ""});
  REQUIRE(addProgress(p, test::edit("2024-08-15T18:00:00+08:00", "李明"),
                      {.date = "2024-08-15", .percent = 100, .funds_spent_fen = 650'000}));
  CHECK(p.status == S::in_progress);
  CHECK(p.history.back().field == "timeline[1]");
  REQUIRE(completeProject(p, test::edit("2024-08-16T09:00:00+08:00", "王芳"), "2024-08-16", 3,
                          {{TargetGroup::elderly, 21}, {TargetGroup::general, 60}}, 34));
  REQUIRE(evaluateProject(p, ds, test::edit("2024-09-03T09:00:00+08:00", "王芳")));
  CHECK(p.status == S::evaluated);
  CHECK(p.rev == 6);
  CHECK(p.fundsSpentFen() == 1'000'000);
  CHECK(p.beneficiaryTotal() == 81);
  CHECK(validate(p).empty());
}

TEST_CASE("project lifecycle: claiming needs an existing lead unit, a quarter and a date") {
  const Dataset ds = streetWithRating();
  auto claim = [&](const std::string& lead, Quarter q, const std::string& date, std::vector<std::string> partners = {}) {
    Project p = projectIn(S::proposed);
    const Project before = p;
    Outcome o = claimProject(p, ds, test::edit(), lead, q, date, partners);
    if (!o) CHECK(p == before);
    return outcomeKey(o);
  };
  CHECK(claim("", {2024, 3}, "2024-07-06") == "project.claim.no_lead");
  CHECK(claim("unit/9", {2024, 3}, "2024-07-06") == "project.claim.no_unit");
  CHECK(claim("unit/1", {2024, 3}, "2024-07-06", {"unit/8"}) == "project.claim.no_unit");
  CHECK(claim("unit/1", {}, "2024-07-06") == "project.claim.no_quarter");
  CHECK(claim("unit/1", {2024, 3}, "July 6") == "project.claim.bad_date");
  CHECK(claim("unit/1", {2024, 3}, "2024-07-06", {"unit/2"}) == "applied");
  // A partner named twice would store a record that does not load: refused as invalid.
  CHECK(claim("unit/1", {2024, 3}, "2024-07-06", {"unit/2", "unit/2"}) == "record.invalid");
}

TEST_CASE("project lifecycle: progress never goes backwards, funds are never negative") {
  auto progress = [](const TimelineEntry& entry) {
    Project p = projectIn(S::in_progress);  // last entry: 2024-07-20, 50%
    const Project before = p;
    Outcome o = addProgress(p, test::edit(), entry);
    if (!o) CHECK(p == before);
    return o;
  };
  const Outcome back = progress({.date = "2024-08-01", .percent = 45});
  CHECK(back.reason == Message{"project.progress.backwards", "progress cannot go backwards: it was 50% on 2024-07-20",
                               "进度不能倒退：2024-07-20 已为 50%"});
  CHECK(outcomeKey(progress({.date = "2024-08-01", .percent = 50})) == "applied");  // the same is fine
  CHECK(outcomeKey(progress({.date = "2024-08-01", .percent = 101})) == "project.progress.bad_percent");
  CHECK(outcomeKey(progress({.date = "2024-08-01", .percent = -1})) == "project.progress.bad_percent");
  CHECK(outcomeKey(progress({.date = "2024-08-01", .percent = 70, .funds_spent_fen = -100})) ==
        "project.progress.negative_funds");
  CHECK(outcomeKey(progress({.date = "2024-07-19", .percent = 70})) == "project.progress.date_backwards");
  CHECK(outcomeKey(progress({.date = "2024-08-32", .percent = 70})) == "project.progress.bad_date");
  Project claimed = projectIn(S::claimed);
  CHECK(outcomeKey(addProgress(claimed, test::edit(), {.date = "2024-07-01", .percent = 5})) ==
        "project.progress.before_claim");
}

TEST_CASE("project lifecycle: completing needs problems solved and beneficiaries") {
  auto complete = [](const std::string& date, int problems, std::map<TargetGroup, int> groups, int households = 0) {
    Project p = projectIn(S::in_progress);
    const Project before = p;
    Outcome o = completeProject(p, test::edit(), date, problems, groups, households);
    if (!o) CHECK(p == before);
    return outcomeKey(o);
  };
  CHECK(complete("2024-09-01", 0, {{TargetGroup::elderly, 5}}) == "project.complete.no_problems");
  CHECK(complete("2024-09-01", 1, {}) == "project.complete.no_beneficiaries");
  CHECK(complete("2024-09-01", 1, {{TargetGroup::elderly, 0}}) == "project.complete.no_beneficiaries");
  CHECK(complete("2024-09-01", 1, {{TargetGroup::elderly, -3}, {TargetGroup::general, 9}}) ==
        "project.complete.negative_beneficiaries");
  CHECK(complete("2024-09-01", 1, {{TargetGroup::elderly, 5}}, -1) == "project.complete.negative_households");
  CHECK(complete("2024-07-19", 1, {{TargetGroup::elderly, 5}}) == "project.complete.before_progress");
  CHECK(complete("soon", 1, {{TargetGroup::elderly, 5}}) == "project.complete.bad_date");
  CHECK(complete("2024-09-01", 1, {{TargetGroup::elderly, 5}}) == "applied");
}

TEST_CASE("project lifecycle: evaluation needs residents' satisfaction on record") {
  Project p = projectIn(S::completed);
  const Outcome o = evaluateProject(p, test::smallStreet(), test::edit());  // only an activity is rated there
  CHECK(o.reason == Message{"project.evaluate.no_feedback",
                            "a project can only be evaluated once residents' satisfaction with it is recorded",
                            "须先记录群众对项目的满意度评价，才能完成项目评价"});
  CHECK(evaluateProject(p, streetWithRating(), test::edit()));
}

TEST_CASE("project lifecycle: steps offered and status names") {
  CHECK(projectStepsFrom(S::in_progress) == std::vector<ProjectStep>{ProjectStep::progress, ProjectStep::complete});
  CHECK(projectStepsFrom(S::evaluated).empty());
  CHECK(projectStatusName(S::proposed) == Message{"project.status.proposed", "proposed", "待认领"});
}
