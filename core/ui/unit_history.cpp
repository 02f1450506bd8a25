// History tables of units and resources (unit_history.h). These records hold no personal data to mask.
#include "ui/unit_history.h"

#include <imgui.h>

#include "ui/strings.h"

namespace gj::ui {

void drawRecordHistory(const char* tableId, const Record& r) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(tableId, 4, kFlags)) return;
  ImGui::TableSetupColumn(tr("detail.h.at"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05 09:30").x);
  ImGui::TableSetupColumn(tr("detail.h.by"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("中中中中").x);
  ImGui::TableSetupColumn(tr("detail.h.field"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("capacity_per_q").x);
  ImGui::TableSetupColumn(tr("detail.h.change"));
  ImGui::TableHeadersRow();
  auto shown = [](const Json& v) { return v.is_null() ? std::string("—") : v.is_string() ? v.get<std::string>() : v.dump(); };
  for (auto it = r.history.rbegin(); it != r.history.rend(); ++it) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string at = it->at.size() >= 16 ? it->at.substr(0, 16) : it->at;
    if (at.size() > 10) at[10] = ' ';
    ImGui::TextUnformatted(at.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->by.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->field.c_str());
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(it->field.c_str()).x > ImGui::GetColumnWidth())
      ImGui::SetTooltip("%s", it->field.c_str());
    ImGui::TableNextColumn();
    std::string change = it->field == "*" ? it->note : shown(it->before) + " → " + shown(it->after);
    if (it->field != "*" && !it->note.empty()) change += " (" + it->note + ")";
    ImGui::TextWrapped("%s", change.c_str());
  }
  ImGui::EndTable();
}

}  // namespace gj::ui
