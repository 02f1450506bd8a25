// A project's history, newest first, in words: field names and values as people read them (statuses by name,
// money in yuan, a timeline entry as one line), not as stored.
#include <imgui.h>

#include "domain/project_lifecycle.h"
#include "ui/project_screen.h"
#include "ui/strings.h"

namespace gj::ui {

using namespace project_ui;

namespace {

std::string fieldLabel(const std::string& field) {
  const std::string base = field.substr(0, field.find('['));  // "timeline[2]" -> "timeline"
  const std::string key = "proj.field." + base;
  return strings().has(strings().lang(), key) ? tr(key) : field;
}

std::string shown(const std::string& field, const Json& v) {
  if (v.is_null()) return "—";
  if (v.is_boolean()) return tr(v.get<bool>() ? "proj.yes" : "proj.no");
  if (field == "status" && v.is_string())
    if (auto s = parseEnum<ProjectStatus>(v.get<std::string>())) return projectStatusLabel(*s);
  if (field.ends_with("_fen") && v.is_number_integer()) return yuanLabel(v.get<std::int64_t>());
  if (field.starts_with("timeline[") && v.is_object()) {
    std::string line = v.value("date", "") + " · " + std::to_string(v.value("percent", 0)) + "%";
    if (!v.value("note", "").empty()) line += " · " + v.value("note", "");
    return line + " · " + yuanLabel(v.value("funds_spent_fen", std::int64_t{0}));
  }
  if (field == "beneficiaries" && v.is_object()) {
    std::string out;
    for (const auto& item : v.items())
      out += (out.empty() ? "" : "、") + std::string(tr("group." + item.key())) + " " + item.value().dump();
    return out.empty() ? "—" : out;
  }
  if (v.is_array()) {
    std::string out;
    for (const Json& item : v) out += (out.empty() ? "" : "、") + (item.is_string() ? item.get<std::string>() : item.dump());
    return out.empty() ? "—" : out;
  }
  if (v.is_string()) return v.get<std::string>().empty() ? "—" : v.get<std::string>();
  return v.dump();
}

}  // namespace

void drawProjectHistory(const Project& p) {
  sectionTitle("proj.history");
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##proj.history", 4, kFlags)) return;
  float fieldWidth = ImGui::CalcTextSize(tr("detail.h.field")).x;
  for (const Change& c : p.history) fieldWidth = std::max(fieldWidth, ImGui::CalcTextSize(fieldLabel(c.field).c_str()).x);
  ImGui::TableSetupColumn(tr("detail.h.at"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05 09:30").x);
  ImGui::TableSetupColumn(tr("detail.h.by"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("中中中中").x);
  ImGui::TableSetupColumn(tr("detail.h.field"), ImGuiTableColumnFlags_WidthFixed, fieldWidth);
  ImGui::TableSetupColumn(tr("detail.h.change"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (auto it = p.history.rbegin(); it != p.history.rend(); ++it) {
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
    std::string change = it->field == "*" ? it->note : shown(it->field, it->before) + " → " + shown(it->field, it->after);
    if (it->field != "*" && !it->note.empty()) change += " (" + it->note + ")";
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(change.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::EndTable();
}

}  // namespace gj::ui
