// What the Matching screen lists: quarters, the default quarter, open proposals in a total order, open
// unmatched needs, and text excerpts.
#include <doctest/doctest.h>

#include "plan_fixture.h"
#include "ui/match_proposals.h"

using namespace gj;
using namespace gj::ui;

namespace {
std::vector<std::string> texts(const std::vector<Quarter>& qs) {
  std::vector<std::string> out;
  for (const Quarter& q : qs) out.push_back(q.text());
  return out;
}
std::vector<std::string> needsOf(const std::vector<const match::NeedAssignment*>& rows) {
  std::vector<std::string> out;
  for (const auto* a : rows) out.push_back(a->need);
  return out;
}
}  // namespace

TEST_CASE("match proposals: quarters with needs or activity, latest first, and the default quarter") {
  test::MiniStreet m;
  m.need(1, "community/1", "elderly").reported = "2024-05-02";
  m.need(2, "community/1", "elderly", 3, 1, TargetGroup::general, NeedStatus::resolved).reported = "2024-08-01";
  m.project(1, "unit/1", "2023Q4", ProjectStatus::completed);
  CHECK(texts(matchQuarters(m.ds, "2026-11-27")) == std::vector<std::string>{"2026Q4", "2024Q3", "2024Q2", "2023Q4"});
  // No open need this quarter: the latest quarter with one (need/2 is resolved).
  CHECK(defaultMatchQuarter(m.ds, "2026-11-27").text() == "2024Q2");
  m.need(3, "community/1", "health").reported = "2026-10-09";
  CHECK(defaultMatchQuarter(m.ds, "2026-11-27").text() == "2026Q4");
  CHECK(defaultMatchQuarter(test::MiniStreet().ds, "2026-11-27").text() == "2026Q4");
}

TEST_CASE("match proposals: open needs only, sorted by a column with ties by need id") {
  test::MiniStreet m;
  m.unit(1, {"community/1"}, {"elderly"}, 9);
  m.unit(2, {"community/2"}, {"elderly"}, 9);
  m.need(1, "community/2", "elderly", 3);
  m.need(2, "community/1", "elderly", 5);
  m.need(10, "community/1", "elderly", 3);
  m.need(9, "community/3", "elderly", 3);
  m.need(4, "community/1", "");
  match::NeedPlanOptions o;
  o.quarter = *Quarter::parse("2024Q3");
  const match::NeedPlan plan = match::planNeeds(m.ds, o);
  REQUIRE(plan.assignments.size() == 4);

  // Scores 400 (urgent, paired), 360, 360 (paired), 210 (not paired); descending flips the id tie-break too.
  CHECK(needsOf(openProposals(m.ds, plan, ProposalColumn::score, true)) ==
        std::vector<std::string>{"need/2", "need/10", "need/1", "need/9"});
  CHECK(needsOf(openProposals(m.ds, plan, ProposalColumn::need, false)) ==
        std::vector<std::string>{"need/1", "need/2", "need/9", "need/10"});
  CHECK(needsOf(openProposals(m.ds, plan, ProposalColumn::community, false)) ==
        std::vector<std::string>{"need/2", "need/10", "need/1", "need/9"});  // c1, c1, c2, c3
  CHECK(needsOf(openProposals(m.ds, plan, ProposalColumn::urgency, true)) ==
        std::vector<std::string>{"need/2", "need/10", "need/9", "need/1"});  // descending: ties by id descending
  CHECK(needsOf(openProposals(m.ds, plan, ProposalColumn::unit, false)) ==
        std::vector<std::string>{"need/2", "need/9", "need/10", "need/1"});

  // Accepted elsewhere: no longer proposed; the unclassified need stays unmatched while it is open.
  m.ds.needs().at("need/2").status = NeedStatus::matched;
  CHECK(needsOf(openProposals(m.ds, plan, ProposalColumn::need, false)) ==
        std::vector<std::string>{"need/1", "need/9", "need/10"});
  REQUIRE(openUnmatched(m.ds, plan).size() == 1);
  CHECK(openUnmatched(m.ds, plan)[0]->need == "need/4");
  m.ds.needs().at("need/4").status = NeedStatus::withdrawn;
  CHECK(openUnmatched(m.ds, plan).empty());
}

TEST_CASE("match proposals: excerpts count characters, not bytes") {
  CHECK(matchExcerpt("楼道灯坏了，老人晚上出门不方便", 5) == "楼道灯坏了…");
  CHECK(matchExcerpt("楼道灯坏了", 5) == "楼道灯坏了");
  CHECK(matchExcerpt("lights out", 6) == "lights…");
  CHECK(matchExcerpt("", 3).empty());
}
