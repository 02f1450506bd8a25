// The need -> unit plan run in phases, one phase per frame, so the single-threaded browser keeps drawing
// (and shows the progress bar) while a district-sized plan is built: build input -> solve -> explain.
// Pure logic (no ImGui): the same plan bytes as match::planNeeds, checked in test_ui_match_run.cpp.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "match/plan_needs.h"

namespace gj::ui {

enum class MatchPhase { idle, build, solve, explain, done };
const char* matchPhaseId(MatchPhase phase);  // "idle", "build", "solve", "explain", "done"

class MatchRun {
 public:
  // Starts a run over ds (which must outlive it until the build phase has run); the data version is kept
  // to tell later whether the data changed since.
  void start(const Dataset& ds, match::NeedPlanOptions options, std::uint64_t dataVersion, std::string startedAt);
  // Does the work of the current phase and moves to the next; returns true once the plan is done.
  bool step();
  bool running() const { return phase_ != MatchPhase::idle && phase_ != MatchPhase::done; }
  MatchPhase phase() const { return phase_; }
  float progress() const;  // 0 .. 1 of the phases done

  // The last finished plan (kept while a new run goes on, replaced when it finishes).
  bool hasPlan() const { return hasPlan_; }
  const match::NeedPlan& plan() const { return plan_; }
  std::uint64_t planVersion() const { return planVersion_; }  // the data version the plan was made from
  const std::string& planAt() const { return planAt_; }       // when that run started

 private:
  MatchPhase phase_ = MatchPhase::idle;
  const Dataset* ds_ = nullptr;
  match::NeedPlanOptions options_;
  std::uint64_t version_ = 0;
  std::string startedAt_;
  match::NeedPlanInput input_;
  std::vector<int> chosen_;
  bool solvedOk_ = true;

  bool hasPlan_ = false;
  match::NeedPlan plan_;
  std::uint64_t planVersion_ = 0;
  std::string planAt_;
};

}  // namespace gj::ui
