// An activity's history, newest first: who changed what when, with attendance entries in words
// ("王芳 · 180 min") rather than as stored.
#include <algorithm>

#include <imgui.h>

#include "ui/activity_screen.h"
#include "ui/strings.h"

namespace gj::ui {

using namespace activity_ui;

namespace {

std::string shown(const ScreenContext& ctx, const std::string& field, const Json& v) {
  if (v.is_null()) return "—";
  if (v.is_boolean()) return tr(v.get<bool>() ? "proj.yes" : "proj.no");
  if (field.starts_with("attendance") && v.is_object())
    return volunteerName(ctx, v.value("volunteer", "")) + " · " + minutesLabel(v.value("minutes", 0));
  if (field.starts_with("attendance") && v.is_array()) {
    std::string out;
    for (const Json& e : v)
      if (e.is_object()) out += (out.empty() ? "" : "、") + volunteerName(ctx, e.value("volunteer", "")) + " " + minutesLabel(e.value("minutes", 0));
    return out.empty() ? "—" : out;
  }
  if (v.is_string()) return v.get<std::string>().empty() ? "—" : v.get<std::string>();
  return v.dump();
}

std::string fieldLabel(const std::string& field) {
  const std::string key = "act.field." + field.substr(0, field.find('['));
  return strings().has(strings().lang(), key) ? tr(key) : field;
}

}  // namespace

void drawActivityHistory(ScreenContext& ctx, const Activity& a) {
  sectionTitle("proj.history");
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##act.history", 4, kFlags)) return;
  float fieldWidth = ImGui::CalcTextSize(tr("detail.h.field")).x;
  for (const Change& c : a.history) fieldWidth = std::max(fieldWidth, ImGui::CalcTextSize(fieldLabel(c.field).c_str()).x);
  ImGui::TableSetupColumn(tr("detail.h.at"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05 09:30").x);
  ImGui::TableSetupColumn(tr("detail.h.by"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("中中中中").x);
  ImGui::TableSetupColumn(tr("detail.h.field"), ImGuiTableColumnFlags_WidthFixed, fieldWidth);
  ImGui::TableSetupColumn(tr("detail.h.change"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (auto it = a.history.rbegin(); it != a.history.rend(); ++it) {
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
    const std::string change = it->field == "*" ? it->note : shown(ctx, it->field, it->before) + " → " + shown(ctx, it->field, it->after);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(change.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndTable();
}

}  // namespace gj::ui
