// Matching 精准对接: choose a quarter, run the need -> unit plan (in phases, one per frame, with a progress
// bar), then review the proposals below; the unmatched needs, unit loads, rules and notes share the bottom.
#include <algorithm>

#include <imgui.h>

#include "ui/edit_stamp.h"
#include "ui/match_screen.h"
#include "ui/matching_state.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

void startRun(ScreenContext& ctx, MatchScreenState& st) {
  refreshMatchRules(ctx, st);
  match::NeedPlanOptions options;
  options.quarter = st.quarter;
  options.weights = ctx.matchingWeights.needs;
  if (st.rulesError.empty()) {
    options.locked = st.rules.locked;
    options.forbidden = st.rules.forbidden;
  }
  st.runRulesJson = matchRulesJson(st.rulesError.empty() ? st.rules : MatchRules{});
  st.run.start(ctx.data(), std::move(options), ctx.workspace->version(), nowTimestamp());
  st.phaseShown = false;
  st.message.clear();
}

// One phase per frame, and only after its name has been on screen once.
void advanceRun(ScreenContext& ctx, MatchScreenState& st) {
  if (!st.run.running() || !st.phaseShown) return;
  st.phaseShown = false;
  if (st.run.step()) {
    st.seenVersion = st.run.planVersion();
    st.rowsPlan = nullptr;  // list the new plan
    if (!st.run.plan().solved) {
      st.message = tr("match.msg.solver_failed");
      st.messageIsError = true;
    }
  }
  (void)ctx;
}

void drawQuarter(ScreenContext& ctx, MatchScreenState& st) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("match.quarter"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("2024Q3").x + ImGui::GetFrameHeight() * 2);
  const std::string current = st.quarter.text();
  if (ImGui::BeginCombo("##match.quarter", current.c_str())) {
    for (const Quarter& q : matchQuarters(ctx.data(), today()))
      if (ImGui::Selectable(q.text().c_str(), q == st.quarter) && !(q == st.quarter) && !st.run.running()) {
        st.quarter = q;  // a new quarter is planned at once with its own rules
        startRun(ctx, st);
      }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("match.quarter");
}

void drawRunBar(ScreenContext& ctx, MatchScreenState& st) {
  drawQuarter(ctx, st);
  ImGui::SameLine();
  ImGui::BeginDisabled(st.run.running());
  if (ImGui::Button(tr(st.run.hasPlan() ? "match.run_again" : "match.run"))) startRun(ctx, st);
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("match.run");
  ImGui::SameLine();
  const MatchPhase phase = st.run.phase();
  const std::string overlay = tr(std::string("match.phase.") + matchPhaseId(phase));
  const float barWidth = std::max(ImGui::CalcTextSize(tr("match.phase.explain")).x,
                                  ImGui::CalcTextSize(tr("match.phase.idle")).x) + 80;
  ImGui::ProgressBar(st.run.progress(), ImVec2(barWidth, 0), overlay.c_str());
  ctx.widgets.markLastItem("match.progress");
  if (st.run.running()) st.phaseShown = true;

  if (!st.run.hasPlan()) return;
  const match::NeedPlan& plan = st.run.plan();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  std::string at = st.run.planAt().substr(0, 16);
  if (at.size() > 10) at[10] = ' ';
  matchMuted(matchFormat(tr("match.run_at"), plan.quarter, at));
  st.stale = ctx.workspace->version() != st.seenVersion || st.runRulesJson != matchRulesJson(st.rules);
  if (st.stale) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextUnformatted(tr(ctx.workspace->version() != st.seenVersion ? "match.stale_data" : "match.stale_rules"));
    ImGui::PopStyleColor();
  }
}

void drawMessage(MatchScreenState& st) {
  if (st.message.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, st.messageIsError ? theme::kBrand : ImVec4(0.10f, 0.45f, 0.20f, 1.0f));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(st.message.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

}  // namespace

void drawMatching(ScreenContext& ctx) {
  MatchScreenState& st = matchScreen();
  if (!st.started && ctx.workspace->loaded()) {
    // First opening: plan the default quarter at once, so the screen opens with proposals.
    st.started = true;
    st.quarter = defaultMatchQuarter(ctx.data(), today());
    startRun(ctx, st);
  }
  advanceRun(ctx, st);
  refreshMatchRules(ctx, st);
  refreshMatchRows(ctx, st);

  screenHeader(ctx, Screen::matching);
  drawRunBar(ctx, st);
  if (!st.rulesError.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s", matchFormat(tr("match.rules_bad"), st.rulesError).c_str());
    ImGui::PopStyleColor();
  }
  drawMessage(st);
  ImGui::Spacing();

  const float avail = ImGui::GetContentRegionAvail().y;
  const float top = std::max(220.0f, avail * 0.56f);
  drawMatchProposals(ctx, st, top);
  ImGui::Spacing();
  const float sideWidth = std::max(360.0f, ImGui::GetContentRegionAvail().x * 0.38f);
  ImGui::BeginChild("##match.unmatched", ImVec2(-sideWidth - 12, 0));
  drawMatchUnmatched(ctx, st);
  ImGui::EndChild();
  ImGui::SameLine(0, 12);
  ImGui::BeginChild("##match.side", ImVec2(0, 0));
  drawMatchSide(ctx, st);
  ImGui::EndChild();
}

Json matchingState() {
  const MatchScreenState& st = matchScreen();
  const bool plan = st.run.hasPlan();
  return Json{{"phase", matchPhaseId(st.run.phase())},
              {"quarter", st.started ? st.quarter.text() : ""},
              {"planQuarter", plan ? st.run.plan().quarter : ""},
              {"proposals", plan ? static_cast<int>(st.rows.size()) : 0},
              {"unmatched", plan ? static_cast<int>(st.unmatched.size()) : 0},
              {"lastAccepted", st.lastAccepted},
              {"accepted", st.acceptedCount},
              {"stale", st.stale},
              {"locked", static_cast<int>(st.rules.locked.size())},
              {"forbidden", static_cast<int>(st.rules.forbidden.size())},
              {"message", st.message}};
}

}  // namespace gj::ui
