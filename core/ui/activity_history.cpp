// An activity's history, newest first: who changed what when, with attendance entries in words
// ("王芳 · 180 min") rather than as stored.
#include <imgui.h>

#include "ui/activity_screen.h"
#include "ui/history_table.h"
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
  drawHistoryTable("##act.history", a.history, fieldLabel, [&ctx](const Change& c) {
    return c.field == "*" ? c.note : shown(ctx, c.field, c.before) + " → " + shown(ctx, c.field, c.after);
  });
}

}  // namespace gj::ui
