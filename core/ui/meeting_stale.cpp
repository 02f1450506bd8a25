// The stale claims of the pack: projects claimed or in progress with no sign of life for more than 30 days
// before the chosen date, the longest silence first (ties by project id, as the pack orders them).
#include <algorithm>

#include <imgui.h>

#include "ui/form_widgets.h"
#include "ui/meeting_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace meeting_ui;

void drawStaleClaims(ScreenContext& ctx, MeetingsUi& ui) {
  char note[256];
  std::snprintf(note, sizeof note, tr("meet.stale.note"), report::kStaleAfterDays, ui.today.c_str());
  mutedText(note);
  if (ui.pack.stale.empty()) {
    mutedText(tr("meet.stale.none"));
    return;
  }
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("##meet.stale", 6, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("meet.scol.days"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(em * 4, ImGui::CalcTextSize(tr("meet.scol.days")).x + 8));
  ImGui::TableSetupColumn(tr("meet.pcol.title"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn(tr("meet.pcol.lead"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn(tr("meet.scol.community"), ImGuiTableColumnFlags_WidthFixed, em * 5);
  ImGui::TableSetupColumn(tr("meet.pcol.status"), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
  ImGui::TableSetupColumn(tr("meet.pcol.last"), ImGuiTableColumnFlags_WidthFixed,
                          std::max(ImGui::CalcTextSize("2024-07-05").x, ImGui::CalcTextSize(tr("meet.pcol.last")).x) + 8);
  ImGui::TableHeadersRow();
  for (const report::StaleClaim& s : ui.pack.stale) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::Text("%d", s.days_since);
    ImGui::PopStyleColor();
    ctx.widgets.markLastItem("meet.stale." + s.project);
    ImGui::TableNextColumn();
    clippedCell(s.title);
    ImGui::TableNextColumn();
    clippedCell(unitName(ctx, s.lead_unit));
    ImGui::TableNextColumn();
    clippedCell(communityName(ctx, s.community));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(statusLabel(s.status).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(s.last_progress.c_str());
  }
  ImGui::EndTable();
  ctx.widgets.markLastItem("meet.stale");
}

}  // namespace gj::ui
