// The lock / forbid rules of the Matching screen, kept per quarter as a settings document
// ("settings/match/2024Q3": {"locked":[{"need":"need/3","unit":"unit/7"}],"forbidden":[...]}) so they survive
// a reload and every run of that quarter uses them. Pure logic: no ImGui, tested in test_ui_match_rules.cpp.
#pragma once
#include <string>
#include <vector>

#include "domain/dates.h"
#include "match/plan_needs.h"

namespace gj::ui {

struct MatchRules {
  std::vector<match::PairRule> locked;     // at most one per need (a newer lock of the need replaces it)
  std::vector<match::PairRule> forbidden;  // a pair is never both locked and forbidden
  bool empty() const { return locked.empty() && forbidden.empty(); }
};

std::string matchRulesKey(const Quarter& quarter);  // "settings/match/2024Q3"

// Reads a settings document; "" (never stored) gives no rules. On a bad document returns false and *error
// names the place, e.g. "locked[1].unit: expected a unit id like \"unit/3\", got 5". "_rev" is ignored.
bool parseMatchRules(const std::string& jsonText, MatchRules* out, std::string* error);
// Both lists in (need, unit) id order, keys sorted: the same rules always give the same text.
std::string matchRulesJson(const MatchRules& rules);

// Edits keep the invariants above; each returns false when nothing changed.
bool lockPair(MatchRules& rules, const match::PairRule& pair);    // also drops a forbid of the same pair
bool forbidPair(MatchRules& rules, const match::PairRule& pair);  // also drops a lock of the same pair
bool removeLock(MatchRules& rules, const match::PairRule& pair);
bool removeForbid(MatchRules& rules, const match::PairRule& pair);
bool dropLocksOfNeed(MatchRules& rules, const std::string& need);  // the need was accepted: its lock is done
bool isPairLocked(const MatchRules& rules, const match::PairRule& pair);

}  // namespace gj::ui
