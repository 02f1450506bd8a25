// The Matching screen's lock / forbid rules as a settings document: exact text, parse back, the error of
// each bad shape, and the edits that keep one lock per need and never a pair both locked and forbidden.
#include <doctest/doctest.h>

#include "ui/match_rules.h"

using namespace gj;
using namespace gj::ui;
using match::PairRule;

namespace gj::match {
// Found by the vector comparisons below (argument-dependent lookup).
inline bool operator==(const PairRule& a, const PairRule& b) { return a.need == b.need && a.unit == b.unit; }
}  // namespace gj::match

namespace {
std::string errorOf(const std::string& text) {
  MatchRules r;
  std::string error;
  CHECK_FALSE(parseMatchRules(text, &r, &error));
  CHECK(r.empty());
  return error;
}
}  // namespace

TEST_CASE("match rules: the settings key names the quarter") {
  CHECK(matchRulesKey(*Quarter::parse("2024Q3")) == "settings/match/2024Q3");
}

TEST_CASE("match rules: written in id order with sorted keys, and read back equal") {
  MatchRules rules;
  CHECK(lockPair(rules, {"need/10", "unit/2"}));
  CHECK(lockPair(rules, {"need/9", "unit/3"}));
  CHECK(forbidPair(rules, {"need/2", "unit/1"}));
  const std::string text = matchRulesJson(rules);
  CHECK(text == R"({"forbidden":[{"need":"need/2","unit":"unit/1"}],"locked":[{"need":"need/9","unit":"unit/3"},)"
                R"({"need":"need/10","unit":"unit/2"}]})");
  MatchRules back;
  std::string error;
  REQUIRE(parseMatchRules(text, &back, &error));
  CHECK(back.locked == rules.locked);
  CHECK(back.forbidden == rules.forbidden);
  CHECK(matchRulesJson(back) == text);

  // As the workspace stores it: with its "_rev".
  REQUIRE(parseMatchRules(R"({"_rev":4,"locked":[{"need":"need/1","unit":"unit/1"}]})", &back, &error));
  CHECK(back.locked == std::vector<PairRule>{{"need/1", "unit/1"}});
  CHECK(back.forbidden.empty());
}

TEST_CASE("match rules: a document never stored means no rules") {
  MatchRules r;
  lockPair(r, {"need/1", "unit/1"});
  std::string error;
  CHECK(parseMatchRules("", &r, &error));
  CHECK(r.empty());
  CHECK(matchRulesJson(r) == R"({"forbidden":[],"locked":[]})");
}

TEST_CASE("match rules: each bad document is refused with the place and what was found") {
  CHECK(errorOf("{") == "not JSON text");
  CHECK(errorOf("[1]") == R"(expected an object {"locked":[...],"forbidden":[...]}, got [1])");
  CHECK(errorOf(R"({"locked":5})") == R"(locked: expected a list of {"need","unit"} pairs, got 5)");
  CHECK(errorOf(R"({"forbidden":["need/1"]})") == R"(forbidden[0]: expected {"need","unit"}, got "need/1")");
  CHECK(errorOf(R"({"locked":[{"need":"need/1","unit":"unit/1"},{"need":"need/2"}]})") == "locked[1].unit: missing");
  CHECK(errorOf(R"({"forbidden":[{"need":"need/1","unit":5}]})") ==
        R"(forbidden[0].unit: expected a unit id like "unit/3", got 5)");
  CHECK(errorOf(R"({"locked":[{"need":"unit/1","unit":"unit/2"}]})") ==
        R"(locked[0].need: expected a need id like "need/3", got "unit/1")");
  CHECK(errorOf(R"({"locked":[{"need":"need/","unit":"unit/2"}]})") ==
        R"(locked[0].need: expected a need id like "need/3", got "need/")");
}

TEST_CASE("match rules: one lock per need, and a pair is never both locked and forbidden") {
  MatchRules r;
  CHECK(lockPair(r, {"need/1", "unit/1"}));
  CHECK_FALSE(lockPair(r, {"need/1", "unit/1"}));  // already so
  CHECK(lockPair(r, {"need/1", "unit/2"}));        // replaces the need's lock
  CHECK(r.locked == std::vector<PairRule>{{"need/1", "unit/2"}});
  CHECK(forbidPair(r, {"need/1", "unit/2"}));      // drops the lock of that pair
  CHECK(r.locked.empty());
  CHECK(r.forbidden == std::vector<PairRule>{{"need/1", "unit/2"}});
  CHECK_FALSE(forbidPair(r, {"need/1", "unit/2"}));
  CHECK(lockPair(r, {"need/1", "unit/2"}));        // drops the forbid of that pair
  CHECK(r.forbidden.empty());
  CHECK(isPairLocked(r, {"need/1", "unit/2"}));
  CHECK_FALSE(isPairLocked(r, {"need/1", "unit/1"}));

  CHECK(forbidPair(r, {"need/3", "unit/1"}));
  CHECK(removeForbid(r, {"need/3", "unit/1"}));
  CHECK_FALSE(removeForbid(r, {"need/3", "unit/1"}));
  CHECK(removeLock(r, {"need/1", "unit/2"}));
  CHECK(r.empty());

  lockPair(r, {"need/5", "unit/1"});
  lockPair(r, {"need/6", "unit/1"});
  CHECK(dropLocksOfNeed(r, "need/5"));
  CHECK_FALSE(dropLocksOfNeed(r, "need/5"));
  CHECK(r.locked == std::vector<PairRule>{{"need/6", "unit/1"}});

  // A hand-edited document with contradictions: the lock listed last for a need wins, and a lock beats a
  // forbid of the same pair.
  std::string error;
  REQUIRE(parseMatchRules(R"({"locked":[{"need":"need/1","unit":"unit/1"},{"need":"need/1","unit":"unit/3"}],)"
                          R"("forbidden":[{"need":"need/1","unit":"unit/3"},{"need":"need/2","unit":"unit/3"}]})",
                          &r, &error));
  CHECK(r.locked == std::vector<PairRule>{{"need/1", "unit/3"}});
  CHECK(r.forbidden == std::vector<PairRule>{{"need/2", "unit/3"}});
}
