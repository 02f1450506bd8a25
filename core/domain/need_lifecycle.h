// The need lifecycle as an explicit state machine:
//   reported -> classified -> listed -> matched -> claimed -> in_progress -> resolved -> evaluated
// with side exits that keep the record: rejected (who decided, where to go instead), duplicate (merged into
// another need of the same community, no loops), withdrawn, closed_not_fixed (why).
// Each step applies to the need (history, rev, updated) or refuses with a reason and leaves it unchanged.
#pragma once
#include <string>
#include <vector>

#include "domain/dataset.h"
#include "domain/history.h"

namespace gj {

enum class NeedStep {
  classify, list, match, claim, start, resolve, evaluate,  // main path
  reject, mark_duplicate, withdraw, close_not_fixed        // side exits
};

bool needStepAllowed(NeedStatus from, NeedStep step);  // by status alone (other requirements aside)
NeedStatus needStepTarget(NeedStep step);
std::vector<NeedStep> needStepsFrom(NeedStatus from);  // for the UI's buttons
Message needStatusName(NeedStatus s);                  // "listed" / "已列入清单"

Outcome classifyNeed(Need& n, const Edit& e, const std::string& category, TargetGroup group);
Outcome listNeed(Need& n, const Edit& e);
Outcome matchNeed(Need& n, const Dataset& ds, const Edit& e, const std::string& unitId);
// The project must exist and answer this need (its `needs` lists it).
Outcome claimNeed(Need& n, const Dataset& ds, const Edit& e, const std::string& projectId);
Outcome startNeed(Need& n, const Edit& e);
Outcome resolveNeed(Need& n, const Edit& e);
Outcome evaluateNeed(Need& n, const Edit& e);
Outcome rejectNeed(Need& n, const Edit& e, const std::string& decidedBy, const std::string& referTo,
                   const std::string& reason);
Outcome markDuplicate(Need& n, const Dataset& ds, const Edit& e, const std::string& originalId);
Outcome withdrawNeed(Need& n, const Edit& e, const std::string& reason);
Outcome closeNeedNotFixed(Need& n, const Edit& e, const std::string& reason);

}  // namespace gj
