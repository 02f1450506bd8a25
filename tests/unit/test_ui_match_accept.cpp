// Accepting proposals: every need matched with its unit (a classified one listed first) in one action with
// the quarter's rules minus the accepted needs' locks, or nothing at all when one need refuses.
#include <doctest/doctest.h>

#include "domain/memory_storage.h"
#include "domain/need_lifecycle.h"
#include "test_domain_fixture.h"
#include "ui/match_accept.h"

using namespace gj;
using namespace gj::ui;

namespace {
// need/1 listed, need/2 classified, need/3 reported; unit/2 offers legal aid.
Dataset street() {
  Dataset ds = test::smallStreet();
  for (const char* id : {"need/1", "need/2"}) {
    Need n = ds.needs().at(id);
    REQUIRE(classifyNeed(n, test::edit(), "legal", TargetGroup::elderly));
    if (std::string(id) == "need/1") REQUIRE(listNeed(n, test::edit()));
    ds.put(n);
  }
  return ds;
}
const std::string kKey = "settings/match/2024Q3";
}  // namespace

TEST_CASE("match accept: all pairs in one action, locks of accepted needs dropped") {
  MemoryStorage storage;
  io::Workspace ws(storage);
  ws.open([](Dataset* ds, std::string*) { return *ds = street(), true; });
  REQUIRE(ws.loaded());
  MatchRules rules;
  lockPair(rules, {"need/1", "unit/2"});
  lockPair(rules, {"need/3", "unit/2"});
  forbidPair(rules, {"need/2", "unit/1"});
  const int rev1 = ws.dataset().needs().at("need/1").rev, rev2 = ws.dataset().needs().at("need/2").rev;

  AcceptBatch batch = acceptPairs(ws.dataset(), test::edit("2024-07-08T10:00:00+08:00"),
                                  {{"need/1", "unit/2"}, {"need/2", "unit/2"}}, rules);
  REQUIRE(batch.ok());
  REQUIRE(batch.matched.size() == 2);
  CHECK(batch.matched[0].status == NeedStatus::matched);
  CHECK(batch.matched[0].matched_unit == "unit/2");
  CHECK(batch.matched[0].rev == rev1 + 1);
  CHECK(batch.matched[1].status == NeedStatus::matched);
  CHECK(batch.matched[1].rev == rev2 + 1);  // listed and matched: two steps, one write
  REQUIRE(batch.rules);
  CHECK(matchRulesJson(*batch.rules) ==
        R"({"forbidden":[{"need":"need/2","unit":"unit/1"}],"locked":[{"need":"need/3","unit":"unit/2"}]})");

  const auto versionBefore = ws.version();
  const auto commitsBefore = ws.commits();
  REQUIRE(ws.perform(acceptAction(batch, kKey)));
  CHECK(ws.version() == versionBefore + 1);
  CHECK(ws.commits() == commitsBefore + 1);  // one transaction
  const Need& n2 = ws.dataset().needs().at("need/2");
  CHECK(n2.status == NeedStatus::matched);
  CHECK(n2.matched_unit == "unit/2");
  // The history keeps both steps of need/2 at the accept's time.
  int statusChanges = 0;
  for (const Change& c : n2.history)
    if (c.field == "status" && c.at == "2024-07-08T10:00:00+08:00") ++statusChanges;
  CHECK(statusChanges == 2);
  MatchRules stored;
  std::string error;
  REQUIRE(parseMatchRules(ws.setting(kKey), &stored, &error));
  CHECK(matchRulesJson(stored) == matchRulesJson(*batch.rules));
}

TEST_CASE("match accept: without locks of the accepted needs the rules are not written") {
  const Dataset ds = street();
  AcceptBatch batch = acceptPairs(ds, test::edit(), {{"need/1", "unit/2"}}, MatchRules{});
  REQUIRE(batch.ok());
  CHECK_FALSE(batch.rules);
}

TEST_CASE("match accept: one refusal and nothing is accepted") {
  const Dataset ds = street();
  AcceptBatch batch = acceptPairs(ds, test::edit(), {{"need/1", "unit/2"}, {"need/3", "unit/2"}}, MatchRules{});
  CHECK_FALSE(batch.ok());
  CHECK(batch.matched.empty());
  CHECK(batch.refusedNeed == "need/3");
  CHECK(batch.reason.key == "need.match.not_listed");  // still reported: not proposed by a plan

  batch = acceptPairs(ds, test::edit(), {{"need/1", "unit/9"}}, MatchRules{});
  CHECK(batch.refusedNeed == "need/1");
  CHECK(batch.reason.key == "need.match.no_unit");

  batch = acceptPairs(ds, test::edit(), {{"need/1", "unit/2"}, {"need/1", "unit/2"}}, MatchRules{});
  CHECK(batch.refusedNeed == "need/1");
  CHECK(batch.reason.key == "match.accept.twice");
  CHECK(batch.reason.zh == "该需求被重复提出。");

  batch = acceptPairs(ds, test::edit(), {{"need/99", "unit/2"}}, MatchRules{});
  CHECK(batch.refusedNeed == "need/99");
  CHECK(batch.reason.key == "match.accept.no_need");

  batch = acceptPairs(ds, test::edit(), {}, MatchRules{});
  CHECK_FALSE(batch.ok());
  CHECK(batch.refusedNeed.empty());
}
