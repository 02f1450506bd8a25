// Accepting proposed pairs (接受): each need goes to `matched` with its unit through matchNeed (a classified
// need is put on the need list first, listNeed, as the plan proposes those too), and the locks
// of accepted needs leave the quarter's rules — all in one workspace action, or nothing when any need refuses.
// Pure logic, tested in test_ui_match_accept.cpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/history.h"
#include "domain/message.h"
#include "io/workspace.h"
#include "ui/match_rules.h"

namespace gj::ui {

struct AcceptBatch {
  std::vector<Need> matched;         // the needs as they will be stored
  std::optional<MatchRules> rules;   // the quarter's rules without the accepted needs' locks (if any changed)
  std::string refusedNeed;           // the first need that refused ("" when all apply)
  Message reason;                    // ... and why
  bool ok() const { return refusedNeed.empty() && !matched.empty(); }
};

// pairs in the order given; duplicates of a need after the first are refused.
AcceptBatch acceptPairs(const Dataset& ds, const Edit& edit, const std::vector<match::PairRule>& pairs,
                        const MatchRules& rules);
// The one action of an ok() batch; rulesKey is matchRulesKey(quarter).
io::Action acceptAction(const AcceptBatch& batch, const std::string& rulesKey);

}  // namespace gj::ui
