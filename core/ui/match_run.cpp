// The phased plan run: planNeeds's three steps (build, solve, explain), one per frame.
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
      plan_ = match::explainNeedPlan(std::move(input_), chosen_, solvedOk_, options_.quarter);
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

}  // namespace gj::ui
