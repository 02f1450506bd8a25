// A project's history, newest first, in words: field names and values as people read them (statuses by name,
// money in yuan, a timeline entry as one line), not as stored.
#include <imgui.h>

#include "domain/project_lifecycle.h"
#include "ui/history_table.h"
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
  drawHistoryTable("##proj.history", p.history, fieldLabel, [](const Change& c) {
    std::string change = c.field == "*" ? c.note : shown(c.field, c.before) + " → " + shown(c.field, c.after);
    if (c.field != "*" && !c.note.empty()) change += " (" + c.note + ")";
    return change;
  });
}

}  // namespace gj::ui
