// See history_table.h.
#include "ui/history_table.h"

#include <algorithm>

#include <imgui.h>

#include "ui/strings.h"

namespace gj::ui {

void drawHistoryTable(const char* tableId, const std::vector<Change>& history,
                      const std::function<std::string(const std::string& field)>& fieldLabel,
                      const std::function<std::string(const Change&)>& changeText) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(tableId, 4, kFlags)) return;
  float fieldWidth = ImGui::CalcTextSize(tr("detail.h.field")).x;
  for (const Change& c : history) fieldWidth = std::max(fieldWidth, ImGui::CalcTextSize(fieldLabel(c.field).c_str()).x);
  ImGui::TableSetupColumn(tr("detail.h.at"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05 09:30").x);
  ImGui::TableSetupColumn(tr("detail.h.by"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("中中中中").x);
  ImGui::TableSetupColumn(tr("detail.h.field"), ImGuiTableColumnFlags_WidthFixed, fieldWidth);
  ImGui::TableSetupColumn(tr("detail.h.change"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string at = it->at.substr(0, 16);
    if (at.size() > 10) at[10] = ' ';
    ImGui::TextUnformatted(at.c_str());
    ImGui::TableNextColumn();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(it->by.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(it->field == "*" ? "—" : fieldLabel(it->field).c_str());
    ImGui::TableNextColumn();
    const std::string change = changeText(*it);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(change.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndTable();
}

}  // namespace gj::ui
