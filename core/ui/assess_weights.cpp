// The year's aspect weights, set by the street office: 8 whole numbers adding up to 100, checked as they are
// typed, stored as the settings document "settings/assessment/<year>" (one action) so the result and every
// export of that year use them. Other modes see them read only.
#include <algorithm>

#include <imgui.h>

#include "report/assessment_workflow.h"
#include "ui/assess_screen.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace assess_ui;

namespace {

report::AssessmentWeights typed(const AssessUi& ui) {
  report::AssessmentWeights w;
  w.by_aspect = ui.weightEdit;
  return w;
}

void store(ScreenContext& ctx, AssessUi& ui, const report::AssessmentWeights& w) {
  io::Action action;
  action.putSetting(report::assessmentWeightsKey(ui.year), report::assessmentWeightsJson(w));
  if (!performOrRefuse(ctx, ui, std::move(action))) return;
  ui.weightEditDirty = false;
  refreshAssessment(ctx, ui);
}

}  // namespace

void drawAssessWeights(ScreenContext& ctx, AssessUi& ui) {
  if (ui.weightEditYear != ui.year || !ui.weightEditDirty) {
    ui.weightEdit = ui.weights.by_aspect;
    ui.weightEditYear = ui.year;
    ui.weightEditDirty = false;
  }
  const bool editable = ctx.mode == UserMode::street_office && ctx.workspace->loaded() && !ctx.workspace->readOnly();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped(tr(editable ? "assess.weights.about" : "assess.weights.read_only"), ui.year);
  if (!ui.weightsProblem.empty()) ImGui::TextWrapped(tr("assess.weights.problem"), ui.weightsProblem.c_str());
  ImGui::TextUnformatted(tr(ui.weightsStored ? "assess.weights.stored" : "assess.weights.defaults"));
  ImGui::PopStyleColor();
  ImGui::Spacing();

  float labelWidth = 0;
  for (const auto& a : report::assessmentAspects()) labelWidth = std::max(labelWidth, ImGui::CalcTextSize(aspectLabel(a)).x);
  const float x = ImGui::GetCursorPosX() + labelWidth + ImGui::GetStyle().ItemSpacing.x * 2;
  int sum = 0;
  ImGui::BeginDisabled(!editable);
  for (const auto& a : report::assessmentAspects()) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(aspectLabel(a));
    ImGui::SameLine(x);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    int& w = ui.weightEdit[a.id];
    if (ImGui::InputInt((std::string("##w.") + a.id).c_str(), &w, 1, 5)) ui.weightEditDirty = true;
    ctx.widgets.markLastItem(std::string("assess.weights.") + a.id);
    ImGui::SameLine();
    ImGui::TextDisabled(tr("assess.weights.default"), a.default_weight);
    sum += w;
  }
  ImGui::EndDisabled();
  ImGui::Spacing();
  ImGui::Text(tr("assess.weights.sum"), sum);
  ctx.widgets.markLastItem("assess.weights.sum");
  const auto problem = report::checkWeights(typed(ui));
  if (problem) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s", shownMessage(*problem).c_str());
    ImGui::PopStyleColor();
    ctx.widgets.markLastItem("assess.weights.problem");
  }
  ImGui::BeginDisabled(!editable || problem.has_value() || !ui.weightEditDirty);
  if (ImGui::Button(tr("assess.weights.save"))) store(ctx, ui, typed(ui));
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("assess.weights.save");
  ImGui::SameLine();
  ImGui::BeginDisabled(!editable);
  if (ImGui::Button(tr("assess.weights.reset"))) {
    ui.weightEdit = report::defaultWeights().by_aspect;
    ui.weightEditDirty = true;
  }
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("assess.weights.reset");
}

}  // namespace gj::ui
