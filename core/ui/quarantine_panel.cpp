// Stored documents that could not be read (Workspace::quarantined): the top bar counts them on every screen,
// Settings lists each with its reasons. They stay in storage untouched until someone repairs or restores them.
#include "ui/quarantine_panel.h"

#include <cstdio>

#include <imgui.h>

#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

std::string quarantineCount(const ScreenContext& ctx) {
  if (!ctx.workspace || ctx.workspace->quarantined().empty()) return "";
  char text[160];
  std::snprintf(text, sizeof text, tr("quarantine.count"), static_cast<int>(ctx.workspace->quarantined().size()));
  return text;
}

void drawQuarantine(ScreenContext& ctx) {
  const std::string count = quarantineCount(ctx);
  if (count.empty()) return;
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
  ImGui::TextWrapped("%s", count.c_str());
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("settings.quarantine");
  ImGui::TextWrapped("%s", tr("quarantine.note"));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollY;
  const float height = std::min(12.0f, static_cast<float>(ctx.workspace->quarantined().size()) + 1.5f) *
                       ImGui::GetTextLineHeightWithSpacing() * 1.6f;
  if (!ImGui::BeginTable("##quarantine", 2, kFlags, ImVec2(0, height))) return;
  ImGui::TableSetupColumn(tr("quarantine.col.record"), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(tr("quarantine.col.reason"));
  ImGui::TableHeadersRow();
  for (const Quarantined& q : ctx.workspace->quarantined()) {  // by key: a total order
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(q.key.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", q.reason.c_str());
  }
  ImGui::EndTable();
}

}  // namespace gj::ui
