// The need <-> project loop: claim a matched need, report progress, complete, rate, flag and award — each step
// returns exactly the records it changes (project, needs, rating, award), refuses with its reason otherwise,
// and never changes the dataset it reads. The whole loop moves the dashboard's figures.
#include <doctest/doctest.h>

#include "domain/need_lifecycle.h"
#include "domain/project_workflow.h"
#include "report/dashboard.h"
#include "test_domain_fixture.h"

using namespace gj;

namespace {

const Edit kClaimEdit = test::edit("2024-07-10T10:00:00+08:00", "李明");

// The sample street with need/1 (community/1) matched to unit/2 and need/2 listed.
Dataset streetWithMatchedNeed() {
  Dataset ds = test::smallStreet();
  Need n = ds.needs().at("need/1");
  REQUIRE(classifyNeed(n, test::edit(), "infrastructure", TargetGroup::elderly));
  REQUIRE(listNeed(n, test::edit()));
  REQUIRE(matchNeed(n, ds, test::edit(), "unit/2"));
  ds.put(n);
  Need listed = ds.needs().at("need/2");
  REQUIRE(classifyNeed(listed, test::edit(), "infrastructure", TargetGroup::elderly));
  REQUIRE(listNeed(listed, test::edit()));
  ds.put(listed);
  return ds;
}

ClaimRequest claimRequest() {
  return ClaimRequest{.need = "need/1", .project = "project/2", .title = " 楼道灯坏了 ", .quarter = Quarter{2024, 3},
                      .date = "2024-07-10", .budget_fen = 500'000, .partners = {"unit/1"}};
}

// Puts every record of an applied change into the dataset, as the workspace would.
void store(Dataset& ds, const ProjectChange& c) {
  REQUIRE(c.outcome.applied);
  if (c.project) ds.put(*c.project);
  for (const Need& n : c.needs) ds.put(n);
  if (c.feedback) ds.put(*c.feedback);
  if (c.award) ds.put(*c.award);
}

// A street where project/2 was claimed for need/1 and has reached `percent` (0: no progress yet).
Dataset streetWithProject(int percent) {
  Dataset ds = streetWithMatchedNeed();
  store(ds, claimMatchedNeed(ds, claimRequest(), kClaimEdit));
  if (percent >= 40)
    store(ds, reportProgress(ds, "project/2", {.date = "2024-07-20", .percent = 40, .note = "采购灯具", .funds_spent_fen = 350'000},
                             test::edit("2024-07-20T18:00:00+08:00", "李明")));
  if (percent >= 100)
    store(ds, reportProgress(ds, "project/2", {.date = "2024-08-15", .percent = 100, .note = "安装完成", .funds_spent_fen = 650'000},
                             test::edit("2024-08-15T18:00:00+08:00", "李明")));
  return ds;
}

const Completion kCompletion{.date = "2024-08-16", .problems_solved = 3,
                             .beneficiaries = {{TargetGroup::elderly, 21}, {TargetGroup::general, 60}}, .households = 34};

Dataset streetWithCompletedProject() {
  Dataset ds = streetWithProject(100);
  store(ds, completeWithNeeds(ds, "project/2", kCompletion, test::edit("2024-08-16T09:00:00+08:00", "王芳")));
  return ds;
}

// Checks that `c` was refused with `key` and carries nothing to store.
void checkRefused(const ProjectChange& c, const char* key) {
  CHECK_FALSE(c.outcome.applied);
  CHECK(c.outcome.reason.key == key);
  CHECK(c.empty());
}

}  // namespace

TEST_CASE("project workflow: a title from the first clause of the need's text") {
  CHECK(titleFromNeedText("楼道灯坏了，老人晚上出门不方便") == "楼道灯坏了");
  CHECK(titleFromNeedText("  Street lamp broken. Kids are afraid") == "Street lamp broken");
  CHECK(titleFromNeedText("，！开头是标点。后面") == "开头是标点");
  CHECK(titleFromNeedText("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十") ==
        "一二三四五六七八九十一二三四五六七八九十一二三四");
  CHECK(titleFromNeedText("一二三四五", 3) == "一二三");
  CHECK(titleFromNeedText("") == "");
  CHECK(titleFromNeedText("。。") == "");
}

TEST_CASE("project workflow: claiming a matched need creates a claimed project and claims the need") {
  const Dataset ds = streetWithMatchedNeed();
  const Dataset before = ds;
  const ProjectChange c = claimMatchedNeed(ds, claimRequest(), kClaimEdit);
  REQUIRE(c.outcome.applied);
  CHECK(ds == before);
  REQUIRE(c.project);
  const Project& p = *c.project;
  CHECK(p.id == "project/2");
  CHECK(p.title == "楼道灯坏了");
  CHECK(p.community == "community/1");
  CHECK(p.category == "infrastructure");
  CHECK(p.needs == std::vector<std::string>{"need/1"});
  CHECK(p.lead_unit == "unit/2");
  CHECK(p.partner_units == std::vector<std::string>{"unit/1"});
  CHECK(p.quarter == Quarter{2024, 3});
  CHECK(p.claimed == "2024-07-10");
  CHECK(p.status == ProjectStatus::claimed);
  CHECK(p.budget_fen == 500'000);
  CHECK(p.rev == 2);
  CHECK(p.created == "2024-07-10T10:00:00+08:00");
  REQUIRE(p.history.size() == 1 + 5);  // created; claimed, lead_unit, partner_units, quarter, status
  CHECK(p.history.front().field == "*");
  CHECK(p.history.back() == Change{"2024-07-10T10:00:00+08:00", "李明", "status", "proposed", "claimed", ""});
  REQUIRE(c.needs.size() == 1);
  const Need& n = c.needs[0];
  CHECK(n.id == "need/1");
  CHECK(n.status == NeedStatus::claimed);
  CHECK(n.project == "project/2");
  CHECK(n.rev == ds.needs().at("need/1").rev + 1);
  CHECK_FALSE(c.feedback);
  CHECK_FALSE(c.award);

  Dataset after = ds;
  store(after, c);
  CHECK(checkReferences(after).empty());
}

TEST_CASE("project workflow: claiming refuses with the reason and changes nothing") {
  const Dataset ds = streetWithMatchedNeed();
  auto claim = [&](auto change, const Edit& e = kClaimEdit) {
    ClaimRequest req = claimRequest();
    change(req);
    return claimMatchedNeed(ds, req, e);
  };
  checkRefused(claim([](ClaimRequest& r) { r.need = "need/99"; }), "project.claim.no_need");
  const ProjectChange listed = claim([](ClaimRequest& r) { r.need = "need/2"; });
  checkRefused(listed, "project.claim.need_not_matched");
  CHECK(listed.outcome.reason.en == "only a matched need can be claimed (it is listed)");
  CHECK(listed.outcome.reason.zh == "只有已对接的需求才能领办（当前：已列入清单）");
  checkRefused(claim([](ClaimRequest& r) { r.project = "project/1"; }), "project.workflow.id_taken");
  checkRefused(claim([](ClaimRequest& r) { r.project = "need/7"; }), "project.workflow.id_taken");
  checkRefused(claim([](ClaimRequest& r) { r.title = "  "; }), "project.claim.no_title");
  checkRefused(claim([](ClaimRequest& r) { r.budget_fen = -1; }), "project.claim.negative_budget");
  checkRefused(claim([](ClaimRequest& r) { r.partners = {"unit/2"}; }), "project.claim.partner_is_lead");
  checkRefused(claim([](ClaimRequest& r) { r.partners = {"unit/1", "unit/1"}; }), "project.claim.partner_twice");
  checkRefused(claim([](ClaimRequest& r) { r.partners = {"unit/9"}; }), "project.claim.no_unit");
  checkRefused(claim([](ClaimRequest& r) { r.quarter = Quarter{}; }), "project.claim.no_quarter");
  checkRefused(claim([](ClaimRequest& r) { r.date = "2024-7-10"; }), "project.claim.bad_date");
  checkRefused(claim([](ClaimRequest&) {}, test::edit("2024-07-10T10:00:00+08:00", "")), "edit.no_operator");
  CHECK(ds == streetWithMatchedNeed());
}

TEST_CASE("project workflow: the first progress entry starts the needs, later ones only the project") {
  const Dataset ds = streetWithProject(0);
  const ProjectChange first = reportProgress(
      ds, "project/2", {.date = "2024-07-20", .percent = 40, .note = "采购灯具", .funds_spent_fen = 350'000},
      test::edit("2024-07-20T18:00:00+08:00", "李明"));
  REQUIRE(first.outcome.applied);
  CHECK(ds == streetWithProject(0));
  REQUIRE(first.project);
  CHECK(first.project->status == ProjectStatus::in_progress);
  CHECK(first.project->timeline ==
        std::vector<TimelineEntry>{{.date = "2024-07-20", .percent = 40, .note = "采购灯具", .funds_spent_fen = 350'000}});
  REQUIRE(first.needs.size() == 1);
  CHECK(first.needs[0].status == NeedStatus::in_progress);
  CHECK(first.needs[0].history.back() ==
        Change{"2024-07-20T18:00:00+08:00", "李明", "status", "claimed", "in_progress", ""});

  Dataset at40 = ds;
  store(at40, first);
  const ProjectChange second = reportProgress(at40, "project/2", {.date = "2024-08-15", .percent = 100, .funds_spent_fen = 650'000},
                                              test::edit("2024-08-15T18:00:00+08:00", "李明"));
  REQUIRE(second.outcome.applied);
  CHECK(second.needs.empty());
  CHECK(second.project->progressPercent() == 100);
  CHECK(second.project->fundsSpentFen() == 1'000'000);
}

TEST_CASE("project workflow: progress is refused going backwards, before the last date, or on a closed project") {
  const Dataset ds = streetWithProject(40);
  const Edit e = test::edit("2024-08-01T18:00:00+08:00", "李明");
  const ProjectChange back = reportProgress(ds, "project/2", {.date = "2024-08-01", .percent = 30}, e);
  checkRefused(back, "project.progress.backwards");
  CHECK(back.outcome.reason.en == "progress cannot go backwards: it was 40% on 2024-07-20");
  CHECK(back.outcome.reason.zh == "进度不能倒退：2024-07-20 已为 40%");
  checkRefused(reportProgress(ds, "project/2", {.date = "2024-07-19", .percent = 50}, e), "project.progress.date_backwards");
  checkRefused(reportProgress(ds, "project/2", {.date = "2024-08-01", .percent = 101}, e), "project.progress.bad_percent");
  checkRefused(reportProgress(ds, "project/2", {.date = "2024-08-01", .percent = 50, .funds_spent_fen = -1}, e),
               "project.progress.negative_funds");
  checkRefused(reportProgress(ds, "project/2", {.date = "2024/08/01", .percent = 50}, e), "project.progress.bad_date");
  checkRefused(reportProgress(ds, "project/1", {.date = "2024-08-01", .percent = 50}, e), "project.progress.not_open");
  checkRefused(reportProgress(ds, "project/9", {.date = "2024-08-01", .percent = 50}, e), "project.workflow.no_project");
  checkRefused(reportProgress(streetWithCompletedProject(), "project/2", {.date = "2024-09-01", .percent = 100}, e),
               "project.progress.not_open");
  CHECK(ds == streetWithProject(40));
}

TEST_CASE("project workflow: completing at 100% resolves the needs") {
  const Dataset ds = streetWithProject(100);
  const ProjectChange c = completeWithNeeds(ds, "project/2", kCompletion, test::edit("2024-08-16T09:00:00+08:00", "王芳"));
  REQUIRE(c.outcome.applied);
  CHECK(ds == streetWithProject(100));
  REQUIRE(c.project);
  CHECK(c.project->status == ProjectStatus::completed);
  CHECK(c.project->completed == "2024-08-16");
  CHECK(c.project->problems_solved == 3);
  CHECK(c.project->beneficiaryTotal() == 81);
  CHECK(c.project->households == 34);
  REQUIRE(c.needs.size() == 1);
  CHECK(c.needs[0].id == "need/1");
  CHECK(c.needs[0].status == NeedStatus::resolved);
}

TEST_CASE("project workflow: completing is refused below 100%, without beneficiaries or problems, or too early") {
  const Edit e = test::edit("2024-08-16T09:00:00+08:00", "王芳");
  const ProjectChange early = completeWithNeeds(streetWithProject(40), "project/2", kCompletion, e);
  checkRefused(early, "project.complete.not_finished");
  CHECK(early.outcome.reason.en == "progress must reach 100% before the project is completed (it is 40%)");
  CHECK(early.outcome.reason.zh == "进度达到 100% 后才能完成项目（当前 40%）");
  // A project without progress is not in progress at all: that is the reason given.
  checkRefused(completeWithNeeds(streetWithProject(0), "project/2", kCompletion, e), "project.complete.not_in_progress");

  const Dataset ds = streetWithProject(100);
  auto complete = [&](auto change) {
    Completion c = kCompletion;
    change(c);
    return completeWithNeeds(ds, "project/2", c, e);
  };
  checkRefused(complete([](Completion& c) { c.beneficiaries.clear(); }), "project.complete.no_beneficiaries");
  checkRefused(complete([](Completion& c) { c.beneficiaries = {{TargetGroup::children, 0}}; }),
               "project.complete.no_beneficiaries");
  checkRefused(complete([](Completion& c) { c.beneficiaries[TargetGroup::other] = -2; }),
               "project.complete.negative_beneficiaries");
  checkRefused(complete([](Completion& c) { c.problems_solved = 0; }), "project.complete.no_problems");
  checkRefused(complete([](Completion& c) { c.households = -1; }), "project.complete.negative_households");
  checkRefused(complete([](Completion& c) { c.date = "2024-08-14"; }), "project.complete.before_progress");
  checkRefused(complete([](Completion& c) { c.date = ""; }), "project.complete.bad_date");
  checkRefused(completeWithNeeds(ds, "project/9", kCompletion, e), "project.workflow.no_project");
  CHECK(ds == streetWithProject(100));
}

TEST_CASE("project workflow: the first rating evaluates the project and its needs, later ones only count") {
  const Dataset ds = streetWithCompletedProject();
  const Edit e = test::edit("2024-08-20T10:15:00+08:00", "王芳");
  const ProjectChange first = recordSatisfaction(ds, "project/2", Rating::basic, "feedback/3", e);
  REQUIRE(first.outcome.applied);
  CHECK(ds == streetWithCompletedProject());
  REQUIRE(first.feedback);
  CHECK(first.feedback->id == "feedback/3");
  CHECK(first.feedback->target_kind == FeedbackTarget::project);
  CHECK(first.feedback->target == "project/2");
  CHECK(first.feedback->rating == Rating::basic);
  CHECK(first.feedback->at == "2024-08-20T10:15:00+08:00");
  CHECK(first.feedback->channel == FeedbackChannel::worker);
  CHECK(first.feedback->rev == 1);
  REQUIRE(first.project);
  CHECK(first.project->status == ProjectStatus::evaluated);
  REQUIRE(first.needs.size() == 1);
  CHECK(first.needs[0].status == NeedStatus::evaluated);

  Dataset rated = ds;
  store(rated, first);
  const ProjectChange second = recordSatisfaction(rated, "project/2", Rating::satisfied, "feedback/4", e);
  REQUIRE(second.outcome.applied);
  CHECK_FALSE(second.project);
  CHECK(second.needs.empty());
  REQUIRE(second.feedback);
  CHECK(second.feedback->rating == Rating::satisfied);
  store(rated, second);
  CHECK(projectRatingCounts(rated, "project/2") == std::array<int, 3>{1, 1, 0});
  CHECK(projectRatingCounts(rated, "project/1") == std::array<int, 3>{0, 0, 0});
  CHECK(checkReferences(rated).empty());
}

TEST_CASE("project workflow: ratings are refused before completion and with a used id") {
  const Edit e = test::edit("2024-08-20T10:15:00+08:00", "王芳");
  const ProjectChange early = recordSatisfaction(streetWithProject(40), "project/2", Rating::satisfied, "feedback/3", e);
  checkRefused(early, "project.rate.not_completed");
  CHECK(early.outcome.reason.en == "residents rate a project once it is completed (it is in progress)");
  CHECK(early.outcome.reason.zh == "项目完成后才能评价满意度（当前：实施中）");
  const Dataset ds = streetWithCompletedProject();
  checkRefused(recordSatisfaction(ds, "project/2", Rating::satisfied, "feedback/1", e), "project.workflow.id_taken");
  checkRefused(recordSatisfaction(ds, "project/9", Rating::satisfied, "feedback/3", e), "project.workflow.no_project");
  checkRefused(recordSatisfaction(ds, "project/2", Rating::satisfied, "feedback/3", test::edit("yesterday")),
               "edit.bad_time");
}

TEST_CASE("project workflow: flags are one recorded change each; an awarded project stays exemplary") {
  Dataset ds = streetWithProject(40);
  const Edit e = test::edit("2024-08-01T09:00:00+08:00", "王芳");
  const int rev = ds.projects().at("project/2").rev;
  const ProjectChange featured = setProjectFlag(ds, "project/2", ProjectFlag::featured, true, e);
  REQUIRE(featured.outcome.applied);
  REQUIRE(featured.project);
  CHECK(featured.project->featured);
  CHECK_FALSE(featured.project->exemplary);
  CHECK(featured.project->rev == rev + 1);
  CHECK(featured.project->history.back() == Change{"2024-08-01T09:00:00+08:00", "王芳", "featured", false, true, ""});
  store(ds, featured);

  const ProjectChange again = setProjectFlag(ds, "project/2", ProjectFlag::featured, true, e);
  CHECK(again.outcome.applied);
  CHECK(again.empty());

  store(ds, setProjectFlag(ds, "project/2", ProjectFlag::exemplary, true, e));
  CHECK(ds.projects().at("project/2").exemplary);
  store(ds, awardProject(ds, "project/2", {.award = "award/2", .title = "以奖代补", .amount_fen = 100, .date = "2024-08-02"}, e));
  checkRefused(setProjectFlag(ds, "project/2", ProjectFlag::exemplary, false, e), "project.flag.awarded");
  const ProjectChange unfeatured = setProjectFlag(ds, "project/2", ProjectFlag::featured, false, e);
  REQUIRE(unfeatured.project);
  CHECK_FALSE(unfeatured.project->featured);
  checkRefused(setProjectFlag(ds, "project/9", ProjectFlag::featured, true, e), "project.workflow.no_project");
}

TEST_CASE("project workflow: awards go to exemplary, claimed projects, listed by date then id") {
  Dataset ds = streetWithProject(40);
  const Edit e = test::edit("2024-12-20T11:00:00+08:00", "王芳");
  const AwardRequest req{.award = "award/2", .title = " 以奖代补：楼道照明示范项目 ", .amount_fen = 1'000'000, .date = "2024-12-20"};
  checkRefused(awardProject(ds, "project/2", req, e), "project.award.not_exemplary");
  store(ds, setProjectFlag(ds, "project/2", ProjectFlag::exemplary, true, e));
  store(ds, setProjectFlag(ds, "project/1", ProjectFlag::exemplary, true, e));
  checkRefused(awardProject(ds, "project/1", req, e), "project.award.not_claimed");
  checkRefused(awardProject(ds, "project/9", req, e), "project.workflow.no_project");
  auto award = [&](auto change) {
    AwardRequest r = req;
    change(r);
    return awardProject(ds, "project/2", r, e);
  };
  checkRefused(award([](AwardRequest& r) { r.award = "award/1"; }), "project.workflow.id_taken");
  checkRefused(award([](AwardRequest& r) { r.title = ""; }), "project.award.no_title");
  checkRefused(award([](AwardRequest& r) { r.amount_fen = -100; }), "project.award.negative_amount");
  checkRefused(award([](AwardRequest& r) { r.date = "2024-12-32"; }), "project.award.bad_date");
  const ProjectChange early = award([](AwardRequest& r) { r.date = "2024-07-09"; });
  checkRefused(early, "project.award.before_claim");
  CHECK(early.outcome.reason.en == "an award cannot be dated before the project was claimed (2024-07-10)");

  const ProjectChange c = awardProject(ds, "project/2", req, e);
  REQUIRE(c.outcome.applied);
  CHECK_FALSE(c.project);
  REQUIRE(c.award);
  CHECK(c.award->id == "award/2");
  CHECK(c.award->target_kind == AwardTarget::project);
  CHECK(c.award->target == "project/2");
  CHECK(c.award->title == "以奖代补：楼道照明示范项目");
  CHECK(c.award->amount_fen == 1'000'000);
  CHECK(c.award->date == "2024-12-20");
  store(ds, c);
  store(ds, award([](AwardRequest& r) { r.award = "award/3", r.date = "2024-10-01"; }));
  store(ds, award([](AwardRequest& r) { r.award = "award/4", r.date = "2024-10-01"; }));
  std::vector<std::string> ids;
  for (const Award* a : projectAwards(ds, "project/2")) ids.push_back(a->id);
  CHECK(ids == std::vector<std::string>{"award/3", "award/4", "award/2"});
  CHECK(projectAwards(ds, "project/1").empty());
  CHECK(checkReferences(ds).empty());
}

TEST_CASE("project workflow: the whole loop moves the dashboard's figures") {
  const report::DashboardFigures before = report::computeDashboard(streetWithMatchedNeed());
  Dataset ds = streetWithCompletedProject();
  store(ds, recordSatisfaction(ds, "project/2", Rating::satisfied, "feedback/3", test::edit("2024-08-20T10:15:00+08:00")));
  const report::DashboardFigures after = report::computeDashboard(ds);
  CHECK(after.counted.projects_claimed == before.counted.projects_claimed + 1);
  CHECK(after.counted.projects_completed == before.counted.projects_completed + 1);
  CHECK(after.counted.funds_fen == before.counted.funds_fen + 1'000'000);
  CHECK(after.counted.problems_solved == before.counted.problems_solved + 3);
  CHECK(ds.projects().at("project/2").status == ProjectStatus::evaluated);
  CHECK(ds.needs().at("need/1").status == NeedStatus::evaluated);
}
