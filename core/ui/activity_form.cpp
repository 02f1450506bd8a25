// 新建活动: title, type, community, date, start and end time, place, volunteers wanted, organising units, weekly.
// Checked by createActivity; a refusal shows under the field it names and keeps what was typed.
#include <algorithm>
#include <cstdio>
#include <map>

#include <imgui.h>

#include "ui/activity_screen.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace activity_ui;

namespace {

struct ActivityForm {
  bool open = false;  // fields set up for this opening of the form
  char title[128] = "";
  ActivityType type = ActivityType::free_clinic;
  std::string community;
  char date[16] = "";
  char from[8] = "09:00";
  char to[8] = "11:00";
  char place[128] = "";
  int headcount = 4;
  std::vector<std::string> organisers;
  bool weekly = false;
  std::map<std::string, std::string> errors;  // field -> message
  std::string refused;                        // a refusal that names no field
};

ActivityForm& form() {
  static ActivityForm f;
  return f;
}

void startForm(ActivityForm& f, const ActivitiesUi& ui) {
  f = ActivityForm{};
  f.open = true;
  std::snprintf(f.date, sizeof f.date, "%s", (ui.day.empty() ? ui.quarter.firstDay() : ui.day).c_str());
}

void textField(ScreenContext& ctx, const char* label, const char* name, char* buf, std::size_t size, float width,
               const char* hint = "") {
  formLabel(label);
  ImGui::SetNextItemWidth(width);
  ImGui::InputTextWithHint((std::string("##") + name).c_str(), hint, buf, size);
  ctx.widgets.markLastItem(name);
}

void submit(ScreenContext& ctx, ActivitiesUi& ui, ActivityForm& f) {
  f.errors.clear();
  f.refused.clear();
  const ActivityDraft d{.title = f.title, .type = f.type, .community = f.community, .date = f.date, .from = f.from,
                        .to = f.to, .place = f.place, .headcount = f.headcount, .organisers = f.organisers,
                        .recurring_weekly = f.weekly};
  std::string error, field;
  const ActivityChange change = createActivity(ctx.data(), d, ctx.workspace->allocateId(Activity::kType), editNow(ctx));
  if (!storeActivityChange(ctx, change, &error, &field)) {
    (field.empty() ? f.refused : f.errors[field]) = error;
    return;
  }
  // Show the new activity in its quarter and day.
  if (auto q = Quarter::ofDate(f.date)) ui.quarter = *q;
  ui.day = f.date;
  ui.creating = false;
  f.open = false;
}

}  // namespace

void drawActivityForm(ScreenContext& ctx, ActivitiesUi& ui) {
  ActivityForm& f = form();
  if (!f.open) startForm(f, ui);
  ImGui::TextUnformatted(tr("act.form.title"));
  ImGui::Separator();
  const float full = ImGui::GetContentRegionAvail().x;

  textField(ctx, "act.form.name", "act.form.name", f.title, sizeof f.title, full, tr("act.form.name_hint"));
  formError(f.errors, "title");

  formLabel("act.form.type");
  ImGui::SetNextItemWidth(full);
  if (ImGui::BeginCombo("##act.form.type", typeLabel(f.type).c_str())) {
    for (std::size_t i = 0; i < enumCount<ActivityType>(); ++i) {
      const auto t = static_cast<ActivityType>(i);
      if (ImGui::Selectable(typeLabel(t).c_str(), t == f.type)) f.type = t;
      ctx.widgets.markLastItem("act.form.type." + std::string(enumName(t)));
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("act.form.type");

  formLabel("act.form.community");
  ImGui::SetNextItemWidth(full);
  if (ImGui::BeginCombo("##act.form.community", f.community.empty() ? tr("act.form.choose") : communityName(ctx, f.community).c_str())) {
    for (const auto& [id, c] : ctx.data().communities()) {
      if (ImGui::Selectable(c.name.c_str(), id == f.community)) f.community = id;
      ctx.widgets.markLastItem("act.form.community." + id);
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("act.form.community");
  formError(f.errors, "community");

  // Date, start and end on one line: they are read together.
  const float pad = ImGui::GetStyle().FramePadding.x * 2 + 8;
  formLabel("act.form.when");
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("2024-07-05").x + pad);
  ImGui::InputTextWithHint("##act.form.date", "2024-07-05", f.date, sizeof f.date);
  ctx.widgets.markLastItem("act.form.date");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("00:00").x + pad);
  ImGui::InputTextWithHint("##act.form.start", "09:00", f.from, sizeof f.from);
  ctx.widgets.markLastItem("act.form.start");
  ImGui::SameLine();
  ImGui::TextUnformatted("–");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("00:00").x + pad);
  ImGui::InputTextWithHint("##act.form.end", "11:00", f.to, sizeof f.to);
  ctx.widgets.markLastItem("act.form.end");
  formError(f.errors, "date");
  formError(f.errors, "start");
  formError(f.errors, "end");

  textField(ctx, "act.form.place", "act.form.place", f.place, sizeof f.place, full, tr("act.form.place_hint"));
  formError(f.errors, "place");

  formLabel("act.form.headcount");
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000").x + pad);
  ImGui::InputInt("##act.form.headcount", &f.headcount, 0, 0);
  ctx.widgets.markLastItem("act.form.headcount");
  formError(f.errors, "headcount");

  // Organising units: the chosen ones as removable chips, then a combo to add one (units paired with the
  // community first, as they usually organise there).
  formLabel("act.form.organisers");
  for (std::size_t i = 0; i < f.organisers.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::SmallButton((unitName(ctx, f.organisers[i]) + "  ×").c_str())) {
      f.organisers.erase(f.organisers.begin() + static_cast<std::ptrdiff_t>(i));
      ImGui::PopID();
      break;
    }
    ctx.widgets.markLastItem("act.form.organiser.remove." + std::to_string(i));
    ImGui::PopID();
    ImGui::SameLine();
  }
  ImGui::NewLine();
  std::vector<std::string> units;
  for (const auto& [id, u] : ctx.data().units())
    if (std::find(u.communities.begin(), u.communities.end(), f.community) != u.communities.end()) units.push_back(id);
  for (const auto& [id, u] : ctx.data().units())
    if (std::find(units.begin(), units.end(), id) == units.end()) units.push_back(id);
  ImGui::SetNextItemWidth(full);
  if (ImGui::BeginCombo("##act.form.organiser", tr("act.form.add_organiser"), ImGuiComboFlags_HeightLarge)) {
    for (const std::string& id : units) {
      if (std::find(f.organisers.begin(), f.organisers.end(), id) != f.organisers.end()) continue;
      if (ImGui::Selectable(unitName(ctx, id).c_str(), false)) f.organisers.push_back(id);
      ctx.widgets.markLastItem("act.form.organiser." + id);
    }
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("act.form.organiser");
  formError(f.errors, "organisers");

  ImGui::Spacing();
  ImGui::Checkbox(tr("act.form.weekly"), &f.weekly);
  ctx.widgets.markLastItem("act.form.weekly");

  ImGui::Spacing();
  formRefusal(ctx, f.refused);
  if (ImGui::Button(tr("act.form.save"))) submit(ctx, ui, f);
  ctx.widgets.markLastItem("act.form.save");
  ImGui::SameLine();
  if (ImGui::Button(tr("act.form.cancel"))) {
    ui.creating = false;
    f.open = false;
  }
  ctx.widgets.markLastItem("act.form.cancel");
}

}  // namespace gj::ui
