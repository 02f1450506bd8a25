// Accept one or all proposals as one action.
#include "ui/match_accept.h"

#include <set>

#include "domain/need_lifecycle.h"

namespace gj::ui {

AcceptBatch acceptPairs(const Dataset& ds, const Edit& edit, const std::vector<match::PairRule>& pairs,
                        const MatchRules& rules) {
  AcceptBatch batch;
  MatchRules next = rules;
  bool rulesChanged = false;
  std::set<std::string> seen;
  for (const match::PairRule& p : pairs) {
    const Need* current = ds.find<Need>(p.need);
    if (!current) {
      batch.refusedNeed = p.need;
      batch.reason = {"match.accept.no_need", "This need no longer exists.", "该需求已不存在。"};
      break;
    }
    if (!seen.insert(p.need).second) {
      batch.refusedNeed = p.need;
      batch.reason = {"match.accept.twice", "This need is proposed twice.", "该需求被重复提出。"};
      break;
    }
    Need n = *current;
    // The plan also proposes classified needs not yet on the need list: accepting puts them on it first.
    Outcome o = n.status == NeedStatus::classified ? listNeed(n, edit) : Outcome::ok();
    if (o) o = matchNeed(n, ds, edit, p.unit);
    n.rev = current->rev + 1;  // two steps, one write
    if (!o) {
      batch.refusedNeed = p.need;
      batch.reason = o.reason;
      break;
    }
    batch.matched.push_back(std::move(n));
    rulesChanged |= dropLocksOfNeed(next, p.need);
  }
  if (!batch.refusedNeed.empty()) {
    batch.matched.clear();
    return batch;
  }
  if (rulesChanged) batch.rules = std::move(next);
  return batch;
}

io::Action acceptAction(const AcceptBatch& batch, const std::string& rulesKey) {
  io::Action action;
  for (const Need& n : batch.matched) action.put(n);
  if (batch.rules) action.putSetting(rulesKey, matchRulesJson(*batch.rules));
  return action;
}

}  // namespace gj::ui
