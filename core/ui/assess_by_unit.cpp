// One unit's scores by community (the matrix turned round): each community's latest record of the year, and
// under them the score that counts for each aspect with where it comes from. Read only: a community enters
// its scores in the matrix.
#include <algorithm>

#include <imgui.h>

#include "domain/ids.h"
#include "report/assessment_workflow.h"
#include "ui/assess_screen.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace assess_ui;

namespace {

std::vector<const report::AssessedUnit*> assessedById(const AssessUi& ui) {
  std::vector<const report::AssessedUnit*> out;
  for (const auto* list : {&ui.result.ranked, &ui.result.insufficient, &ui.result.city_units})
    for (const auto& u : *list) out.push_back(&u);
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return idLess(a->unit, b->unit); });
  return out;
}

void drawUnitChoice(ScreenContext& ctx, AssessUi& ui, const std::vector<const report::AssessedUnit*>& units,
                    const report::AssessedUnit* chosen) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("assess.by_unit.unit"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
  if (ImGui::BeginCombo("##assess.by_unit.unit", chosen ? chosen->name.c_str() : "")) {
    for (const auto* u : units) {
      if (ImGui::Selectable(u->name.c_str(), u == chosen)) ui.unit = u->unit;
      ctx.widgets.markLastItem("assess.by_unit.unit." + u->unit);
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("assess.by_unit.unit");
  if (chosen) {
    ImGui::SameLine(0, 16);
    ImGui::AlignTextToFramePadding();
    if (chosen->rank > 0)
      ImGui::Text(tr("assess.by_unit.total_rank"), report::totalText(chosen->total_x100).c_str(), chosen->rank);
    else
      ImGui::Text(tr("assess.by_unit.total_unranked"), report::totalText(chosen->total_x100).c_str());
  }
}

}  // namespace

void drawAssessByUnit(ScreenContext& ctx, AssessUi& ui) {
  const auto units = assessedById(ui);
  const report::AssessedUnit* chosen = findAssessed(ui.result, ui.unit);
  if (!chosen && !units.empty()) {
    chosen = units.front();
    ui.unit = chosen->unit;
  }
  drawUnitChoice(ctx, ui, units, chosen);
  if (!chosen) return;
  drawSourceLegend();
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollX |
                                     ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##assess.by_unit", 10, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn(tr("assess.col.community"), ImGuiTableColumnFlags_WidthFixed, em * 8);
  for (const auto& a : report::assessmentAspects())
    ImGui::TableSetupColumn((std::string(tr(std::string("assess.short.") + a.id)) + "##u" + a.id).c_str(),
                            ImGuiTableColumnFlags_WidthFixed, em * 4.2f);
  ImGui::TableSetupColumn(tr("assess.col.note"), ImGuiTableColumnFlags_WidthFixed, em * 12);
  ImGui::TableHeadersRow();
  for (const auto& [id, c] : ctx.data().communities()) {
    const Assessment* a = report::latestAssessment(ctx.data(), ui.year, id, chosen->unit);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    clippedCell(c.name);
    for (const auto& aspect : report::assessmentAspects()) {
      ImGui::TableNextColumn();
      auto it = a ? a->scores.find(aspect.id) : std::map<std::string, int>::const_iterator{};
      if (a && it != a->scores.end() && aspect.id != std::string("satisfaction"))
        ImGui::Text("%d", it->second);
      else
        ImGui::TextDisabled("·");
    }
    ImGui::TableNextColumn();
    clippedCell(a ? a->note : "");
  }
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::TextUnformatted(tr("assess.by_unit.counts"));
  ImGui::PopStyleColor();
  for (const report::AspectScore& s : chosen->aspects) {
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, sourceColour(s.source));
    if (s.source == report::ScoreSource::insufficient_sample)
      ImGui::TextUnformatted("—");
    else
      ImGui::Text("%d", s.score);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", shownMessage(report::scoreSourceName(s.source)).c_str(), rawValueText(s).c_str());
  }
  ImGui::EndTable();
  ctx.widgets.markLastItem("assess.by_unit.table");
}

}  // namespace gj::ui
