// The need lifecycle: every step from every status (allowed or refused), each step's own requirements,
// history entries, and the bilingual reasons for refusing.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "domain/need_lifecycle.h"
#include "test_domain_fixture.h"

using namespace gj;
using S = NeedStatus;

namespace {

// need/1 of the sample street, put directly into status `s` with the fields that status requires.
Need needIn(S s) {
  Need n = test::smallStreet().needs().at("need/1");
  n.status = s;
  const int stage = needStage(s);
  if (stage >= needStage(S::classified) || stage < 0) n.category = "housing";
  if (stage >= needStage(S::matched)) n.matched_unit = "unit/2";
  if (stage >= needStage(S::claimed)) n.project = "project/1";
  if (s == S::rejected) n.decided_by = "社区党组织", n.refer_to = "区住建局";
  if (s == S::duplicate) n.duplicate_of = "need/2";
  if (s == S::closed_not_fixed) n.reason = "资金不足";
  REQUIRE(validate(n).empty());
  return n;
}

// The step with arguments that satisfy its own requirements, so only the status decides.
Outcome takeStep(NeedStep step, Need& n, const Dataset& ds, const Edit& e = test::edit()) {
  switch (step) {
    case NeedStep::classify: return classifyNeed(n, e, "housing", TargetGroup::elderly);
    case NeedStep::list: return listNeed(n, e);
    case NeedStep::match: return matchNeed(n, ds, e, "unit/2");
    case NeedStep::claim: return claimNeed(n, ds, e, "project/1");
    case NeedStep::start: return startNeed(n, e);
    case NeedStep::resolve: return resolveNeed(n, e);
    case NeedStep::evaluate: return evaluateNeed(n, e);
    case NeedStep::reject: return rejectNeed(n, e, "社区党组织", "区住建局", "属于物业维修");
    case NeedStep::mark_duplicate: return markDuplicate(n, ds, e, "need/2");
    case NeedStep::withdraw: return withdrawNeed(n, e, "居民已自行解决");
    case NeedStep::close_not_fixed: return closeNeedNotFixed(n, e, "资金不足");
  }
  return {};
}

// The lifecycle of DESIGN.md, written out independently of the implementation's table.
const std::map<NeedStep, std::pair<std::set<S>, const char*>> kExpected = {
    {NeedStep::classify, {{S::reported}, "need.classify.not_reported"}},
    {NeedStep::list, {{S::classified}, "need.list.not_classified"}},
    {NeedStep::match, {{S::listed}, "need.match.not_listed"}},
    {NeedStep::claim, {{S::matched}, "need.claim.not_matched"}},
    {NeedStep::start, {{S::claimed}, "need.start.not_claimed"}},
    {NeedStep::resolve, {{S::in_progress}, "need.resolve.not_in_progress"}},
    {NeedStep::evaluate, {{S::resolved}, "need.evaluate.not_resolved"}},
    {NeedStep::reject, {{S::reported, S::classified, S::listed}, "need.reject.too_late"}},
    {NeedStep::mark_duplicate, {{S::reported, S::classified, S::listed}, "need.duplicate.too_late"}},
    {NeedStep::withdraw,
     {{S::reported, S::classified, S::listed, S::matched, S::claimed, S::in_progress}, "need.withdraw.too_late"}},
    {NeedStep::close_not_fixed, {{S::listed, S::matched, S::claimed, S::in_progress}, "need.close.not_open"}},
};

}  // namespace

TEST_CASE("need lifecycle: every step from every status") {
  const Dataset ds = test::smallStreet();
  int allowed = 0, refused = 0;
  for (const auto& rule : kExpected) {  // no structured binding: clang 14 cannot CAPTURE those
    const auto step = rule.first;
    const auto& expected = rule.second;
    for (S from : allValues<S>()) {
      CAPTURE(enumName(from));
      CAPTURE(static_cast<int>(step));
      Need n = needIn(from);
      const Need before = n;
      const Outcome o = takeStep(step, n, ds);
      CHECK(needStepAllowed(from, step) == (expected.first.count(from) > 0));
      if (expected.first.count(from)) {
        ++allowed;
        REQUIRE(o.applied);
        CHECK(n.status == needStepTarget(step));
        CHECK(n.rev == before.rev + 1);
        CHECK(n.updated == test::edit().at);
        CHECK(n.history.back().field == "status");
        CHECK(n.history.back().before == enumName(from));
        CHECK(validate(n).empty());
      } else {
        ++refused;
        REQUIRE_FALSE(o.applied);
        CHECK(n == before);  // untouched: no history, no rev
        CHECK(o.reason.key == expected.second);
        CHECK(o.reason.en.ends_with(" (it is " + needStatusName(from).en + ")"));
        CHECK(o.reason.zh.ends_with("（当前：" + needStatusName(from).zh + "）"));
      }
    }
  }
  CHECK(allowed == 23);  // 7 main-path steps + 3 + 3 + 6 + 4 side-exit starts
  CHECK(refused == 11 * 12 - 23);
}

TEST_CASE("need lifecycle: the refusal the issue quotes, in both languages") {
  Need n = needIn(S::listed);
  const Outcome o = claimNeed(n, test::smallStreet(), test::edit(), "project/1");
  CHECK(o.reason == Message{"need.claim.not_matched", "a need can only be claimed after it is matched (it is listed)",
                            "需求须先完成对接才能被领办（当前：已列入清单）"});
  CHECK(o.reason.in(Language::zh) == o.reason.zh);
}

TEST_CASE("need lifecycle: the main path end to end, with its history") {
  Dataset ds = test::smallStreet();
  Need n = ds.needs().at("need/1");
  CHECK(classifyNeed(n, test::edit("2024-07-06T10:00:00+08:00", "王芳"), "housing", TargetGroup::elderly));
  CHECK(listNeed(n, test::edit("2024-07-06T10:05:00+08:00", "王芳")));
  CHECK(matchNeed(n, ds, test::edit("2024-07-10T15:00:00+08:00", "街道 陈静"), "unit/1"));
  CHECK(claimNeed(n, ds, test::edit("2024-07-11T09:00:00+08:00", "李明"), "project/1"));
  CHECK(startNeed(n, test::edit("2024-07-15T09:00:00+08:00", "李明")));
  CHECK(resolveNeed(n, test::edit("2024-08-16T17:00:00+08:00", "李明")));
  CHECK(evaluateNeed(n, test::edit("2024-08-20T10:00:00+08:00", "王芳", "居民满意")));
  CHECK(n.status == S::evaluated);
  CHECK(n.rev == 8);
  CHECK(n.updated == "2024-08-20T10:00:00+08:00");
  CHECK(n.created == "2024-07-05T09:30:00+08:00");
  REQUIRE(n.history.size() == 1 + 2 + 1 + 2 + 2 + 1 + 1 + 1);
  // classify: one change per field, in field order.
  CHECK(n.history[1] == Change{"2024-07-06T10:00:00+08:00", "王芳", "category", "", "housing", ""});
  CHECK(n.history[2] == Change{"2024-07-06T10:00:00+08:00", "王芳", "status", "reported", "classified", ""});
  CHECK(n.history[4] == Change{"2024-07-10T15:00:00+08:00", "街道 陈静", "matched_unit", "", "unit/1", ""});
  CHECK(n.history.back() == Change{"2024-08-20T10:00:00+08:00", "王芳", "status", "resolved", "evaluated", "居民满意"});
  CHECK(validate(n).empty());
}

TEST_CASE("need lifecycle: each step's own requirements") {
  const Dataset ds = test::smallStreet();
  auto refusedKey = [](Need n, auto step) {
    const Need before = n;
    Outcome o = step(n);
    CHECK(n == before);
    return o.applied ? std::string("applied") : o.reason.key;
  };
  CHECK(refusedKey(needIn(S::reported), [](Need& n) { return classifyNeed(n, test::edit(), "", TargetGroup::general); }) ==
        "need.classify.no_category");
  CHECK(refusedKey(needIn(S::listed), [&](Need& n) { return matchNeed(n, ds, test::edit(), "unit/9"); }) ==
        "need.match.no_unit");
  CHECK(refusedKey(needIn(S::matched), [&](Need& n) { return claimNeed(n, ds, test::edit(), "project/9"); }) ==
        "need.claim.no_project");
  Need other = needIn(S::matched);
  other.id = "need/2";
  CHECK(refusedKey(other, [&](Need& n) { return claimNeed(n, ds, test::edit(), "project/1"); }) ==
        "need.claim.not_in_project");
  CHECK(refusedKey(needIn(S::listed), [](Need& n) { return rejectNeed(n, test::edit(), "", "区住建局", ""); }) ==
        "need.reject.no_decider");
  CHECK(refusedKey(needIn(S::listed), [](Need& n) { return rejectNeed(n, test::edit(), "社区党组织", "", ""); }) ==
        "need.reject.no_referral");
  CHECK(refusedKey(needIn(S::in_progress), [](Need& n) { return closeNeedNotFixed(n, test::edit(), ""); }) ==
        "need.close.no_reason");
  CHECK(refusedKey(needIn(S::listed), [](Need& n) { return listNeed(n, Edit{"2024-07-05T09:30:00+08:00", "", ""}); }) ==
        "edit.no_operator");
  CHECK(refusedKey(needIn(S::classified), [](Need& n) { return listNeed(n, Edit{"2024-07-05", "王芳", ""}); }) ==
        "edit.bad_time");
  Need listed = needIn(S::listed);
  CHECK(rejectNeed(listed, test::edit(), "社区党组织", "", "").reason ==
        Message{"need.reject.no_referral", "say where the resident should go instead", "请注明群众应转往何处办理"});
}

TEST_CASE("need lifecycle: a rejection keeps the record with who decided and where to go") {
  Need n = needIn(S::classified);
  REQUIRE(rejectNeed(n, test::edit(), "社区党组织 书记 刘华", "区住建局 物业科", "属于物业维修范围"));
  CHECK(n.status == S::rejected);
  CHECK(n.decided_by == "社区党组织 书记 刘华");
  CHECK(n.refer_to == "区住建局 物业科");
  CHECK(n.reason == "属于物业维修范围");
  CHECK(n.text == needIn(S::classified).text);  // nothing of the resident's words is lost
  CHECK(needStepsFrom(S::rejected).empty());    // a side exit is final
}

TEST_CASE("need lifecycle: duplicates merge within a community and never loop") {
  Dataset ds = test::smallStreet();
  auto key = [&](const std::string& id, const std::string& original) {
    Need n = ds.needs().at(id);
    Outcome o = markDuplicate(n, ds, test::edit(), original);
    if (o) ds.put(n);
    return o ? std::string("applied") : o.reason.key;
  };
  CHECK(key("need/1", "need/1") == "need.duplicate.self");
  CHECK(key("need/1", "need/9") == "need.duplicate.no_need");
  CHECK(key("need/1", "need/3") == "need.duplicate.other_community");
  ds.put(test::reportedNeed("need/4"));
  CHECK(key("need/2", "need/1") == "applied");
  CHECK(key("need/4", "need/2") == "applied");  // a chain 4 -> 2 -> 1 is fine
  CHECK(ds.needs().at("need/4").duplicate_of == "need/2");
  // need/1 is still open, but merging it into need/4 would close the loop 1 -> 4 -> 2 -> 1.
  Need n1 = ds.needs().at("need/1");
  Outcome loop = markDuplicate(n1, ds, test::edit(), "need/4");
  CHECK(loop.reason == Message{"need.duplicate.loop",
                               R"("need/4" is already merged into this need; merging back would make a loop)",
                               "“need/4”已合并到此需求，不能反向合并"});
}

TEST_CASE("need lifecycle: steps offered from each status, and status names") {
  CHECK(needStepsFrom(S::listed) == std::vector<NeedStep>{NeedStep::match, NeedStep::reject, NeedStep::mark_duplicate,
                                                         NeedStep::withdraw, NeedStep::close_not_fixed});
  CHECK(needStepsFrom(S::resolved) == std::vector<NeedStep>{NeedStep::evaluate});
  CHECK(needStepsFrom(S::evaluated).empty());
  CHECK(needStatusName(S::closed_not_fixed) ==
        Message{"need.status.closed_not_fixed", "closed without a fix", "未解决结案"});
}
