// The honour roll (选树先进) of a chosen year: rank (equal hours share a rank), name, unit, stars, hours and
// people served, from report::computeVolunteerReport over that year. A row selects the volunteer.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/volunteer_screen.h"

namespace gj::ui {

using namespace volunteer_ui;

void drawHonourRoll(ScreenContext& ctx, VolunteersUi& ui) {
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("vol.honour.title"));
  ImGui::PopStyleColor();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("00000").x + ImGui::GetFrameHeight() + 16);
  const std::string yearText = ui.year ? std::to_string(ui.year) : "—";
  if (ImGui::BeginCombo("##vol.honour.year", yearText.c_str())) {
    for (int y : ui.years) {
      if (ImGui::Selectable(std::to_string(y).c_str(), y == ui.year)) ui.year = y;
      ctx.widgets.markLastItem("vol.honour.year." + std::to_string(y));
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("vol.honour.year");
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::AlignTextToFramePadding();
  ImGui::Text(tr("vol.honour.summary"), static_cast<int>(ui.ofYear.honour_roll.size()), hoursLabel(ui.ofYear.total_minutes).c_str());
  ImGui::PopStyleColor();

  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH;
  if (!ImGui::BeginTable("##vol.honour", 6, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("vol.honour.rank"), ImGuiTableColumnFlags_WidthFixed, std::max(em * 2.5f, ImGui::CalcTextSize(tr("vol.honour.rank")).x));
  ImGui::TableSetupColumn(tr("vol.col.name"), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
  ImGui::TableSetupColumn(tr("vol.col.unit"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("vol.honour.stars"), ImGuiTableColumnFlags_WidthFixed, em * 5.2f);
  ImGui::TableSetupColumn(tr("vol.col.hours"), ImGuiTableColumnFlags_WidthFixed, em * 6);
  ImGui::TableSetupColumn(tr("vol.honour.people"), ImGuiTableColumnFlags_WidthFixed, std::max(em * 3.5f, ImGui::CalcTextSize(tr("vol.honour.people")).x));
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ui.ofYear.honour_roll.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const report::VolunteerHours& h = ui.ofYear.honour_roll[static_cast<std::size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(i);
      if (ImGui::Selectable(std::to_string(h.rank).c_str(), ui.selected == h.volunteer, ImGuiSelectableFlags_SpanAllColumns))
        ui.selected = h.volunteer;
      ctx.widgets.markLastItem("vol.honour.row." + h.volunteer);
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(h.name.c_str());
      ImGui::TableNextColumn();
      const Unit* u = ctx.data().find<Unit>(h.unit);
      ImGui::TextUnformatted(u ? u->name.c_str() : h.unit.c_str());
      ImGui::TableNextColumn();
      drawStars(h.stars, em * 0.8f);  // the year's hours: a year on its own may not reach the all-time level
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(hoursLabel(h.minutes).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::to_string(h.people_served).c_str());
    }
  ImGui::EndTable();
}

}  // namespace gj::ui
