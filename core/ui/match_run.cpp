// The phased plan run. The explanation mirrors planNeeds step for step: the tests compare the bytes.
#include "ui/match_run.h"

#include <algorithm>

namespace gj::ui {

const char* matchPhaseId(MatchPhase phase) {
  switch (phase) {
    case MatchPhase::idle: return "idle";
    case MatchPhase::build: return "build";
    case MatchPhase::solve: return "solve";
    case MatchPhase::explain: return "explain";
    case MatchPhase::done: return "done";
  }
  return "idle";
}

void MatchRun::start(const Dataset& ds, match::NeedPlanOptions options, std::uint64_t dataVersion,
                     std::string startedAt) {
  ds_ = &ds;
  options_ = std::move(options);
  version_ = dataVersion;
  startedAt_ = std::move(startedAt);
  input_ = {};
  chosen_.clear();
  solvedOk_ = true;
  phase_ = MatchPhase::build;
}

bool MatchRun::step() {
  switch (phase_) {
    case MatchPhase::idle:
    case MatchPhase::done: return phase_ == MatchPhase::done;
    case MatchPhase::build:
      input_ = match::buildNeedInput(*ds_, options_);
      ds_ = nullptr;  // the input holds everything from here on
      phase_ = MatchPhase::solve;
      return false;
    case MatchPhase::solve:
      chosen_ = match::solveNeedInstance(input_.instance, &solvedOk_);
      phase_ = MatchPhase::explain;
      return false;
    case MatchPhase::explain:
      plan_ = explainNeedPlan(std::move(input_), chosen_, solvedOk_, options_.quarter);
      input_ = {};
      chosen_.clear();
      hasPlan_ = true;
      planVersion_ = version_;
      planAt_ = startedAt_;
      phase_ = MatchPhase::done;
      return true;
  }
  return false;
}

float MatchRun::progress() const {
  switch (phase_) {
    case MatchPhase::idle: return 0.0f;
    case MatchPhase::build: return 0.0f;
    case MatchPhase::solve: return 1.0f / 3.0f;
    case MatchPhase::explain: return 2.0f / 3.0f;
    case MatchPhase::done: return 1.0f;
  }
  return 0.0f;
}

match::NeedPlan explainNeedPlan(match::NeedPlanInput in, const std::vector<int>& chosen, bool solved,
                                const Quarter& quarter) {
  const match::NeedInstance& inst = in.instance;
  match::NeedPlan plan;
  plan.quarter = quarter.text();
  plan.notes = std::move(in.notes);
  plan.units = std::move(in.loads);
  plan.solved = solved;
  plan.assignments = std::move(in.locked);
  plan.unmatched = std::move(in.without_arcs);
  const std::size_t lockedCount = plan.assignments.size(), withoutArcsCount = plan.unmatched.size();
  std::vector<int> assignedTo(inst.units.size(), 0);
  for (std::size_t n = 0; n < inst.needs.size() && n < chosen.size(); ++n) {
    if (chosen[n] < 0) continue;
    const auto& a = inst.arcs[static_cast<std::size_t>(chosen[n])];
    plan.assignments.push_back({inst.needs[n], inst.units[static_cast<std::size_t>(a.unit)], inst.partsOf(a), a.score, false});
    assignedTo[static_cast<std::size_t>(a.unit)]++;
  }
  // A need whose candidates all went to needs adding more: outscored, the candidates named.
  for (std::size_t i = 0; i < inst.arcs.size();) {
    const int n = inst.arcs[i].need;
    const bool lost = static_cast<std::size_t>(n) >= chosen.size() || chosen[static_cast<std::size_t>(n)] < 0;
    match::UnmatchedNeed why{inst.needs[static_cast<std::size_t>(n)], match::UnmatchedReason::outscored};
    for (; i < inst.arcs.size() && inst.arcs[i].need == n; ++i)
      if (lost) why.candidates.push_back(inst.units[static_cast<std::size_t>(inst.arcs[i].unit)]);
    if (lost) plan.unmatched.push_back(std::move(why));
  }
  for (match::UnitLoad& load : plan.units) {
    auto it = std::lower_bound(inst.units.begin(), inst.units.end(), load.unit,
                               [](const std::string& a, const std::string& b) { return idLess(a, b); });
    if (it != inst.units.end() && *it == load.unit) load.assigned += assignedTo[static_cast<std::size_t>(it - inst.units.begin())];
  }
  auto byNeed = [](const auto& a, const auto& b) { return idLess(a.need, b.need); };
  std::inplace_merge(plan.assignments.begin(), plan.assignments.begin() + static_cast<std::ptrdiff_t>(lockedCount),
                     plan.assignments.end(), byNeed);
  std::inplace_merge(plan.unmatched.begin(), plan.unmatched.begin() + static_cast<std::ptrdiff_t>(withoutArcsCount),
                     plan.unmatched.end(), byNeed);
  for (const match::NeedAssignment& a : plan.assignments) plan.total_score += a.score;
  return plan;
}

}  // namespace gj::ui
