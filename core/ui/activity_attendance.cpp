// 出勤登记 after the activity: minutes per signed-up volunteer (the activity's length by default, editable; 0 for
// someone who did not come), people served (人次) and children among them. Stored by recordAttendance as one
// action; a refusal names the field and keeps what was typed.
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

struct AttendanceForm {
  std::string activity;  // the activity and revision these fields were filled from
  int rev = 0;
  std::vector<std::pair<std::string, int>> minutes;  // volunteer, minutes, in the activity's order
  int people = 0;
  int children = 0;
  std::map<std::string, std::string> errors;
  std::string refused;
};

AttendanceForm& form() {
  static AttendanceForm f;
  return f;
}

void fill(AttendanceForm& f, const Activity& a) {
  f = AttendanceForm{.activity = a.id, .rev = a.rev};
  const bool recorded = a.people_served > 0 || a.volunteerMinutes() > 0;
  for (const Attendance& at : a.attendance) f.minutes.emplace_back(at.volunteer, recorded ? at.minutes : activityMinutes(a));
  f.people = a.people_served;
  f.children = a.children_served;
}

}  // namespace

void drawAttendance(ScreenContext& ctx, ActivitiesUi&, const Activity& a) {
  sectionTitle("act.attend.title");
  AttendanceForm& f = form();
  if (f.activity != a.id || f.rev != a.rev) fill(f, a);
  if (f.minutes.empty()) ImGui::TextWrapped("%s", tr("act.attend.nobody"));
  const float pad = ImGui::GetStyle().FramePadding.x * 2 + 8;
  const float numWidth = ImGui::CalcTextSize("00000").x + pad;
  if (!f.minutes.empty() && ImGui::BeginTable("##act.attend", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn(tr("vol.col.name"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr("act.attend.minutes"), ImGuiTableColumnFlags_WidthFixed, std::max(numWidth, ImGui::CalcTextSize(tr("act.attend.minutes")).x));
    ImGui::TableSetupColumn(tr("vol.col.hours"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 6);
    ImGui::TableHeadersRow();
    for (auto& [volunteer, minutes] : f.minutes) {
      ImGui::PushID(volunteer.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(volunteerName(ctx, volunteer).c_str());
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(numWidth);
      ImGui::InputInt("##minutes", &minutes, 0, 0);
      ctx.widgets.markLastItem("act.attend.minutes." + volunteer);
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(minutesLabel(std::max(0, minutes)).c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  formError(f.errors, "minutes");
  formError(f.errors, "attendance");

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("act.attend.people"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(numWidth);
  ImGui::InputInt("##act.attend.people", &f.people, 0, 0);
  ctx.widgets.markLastItem("act.attend.people");
  ImGui::SameLine(0, ImGui::GetFontSize());
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(tr("act.attend.children")).x + numWidth + ImGui::GetStyle().ItemSpacing.x)
    ImGui::NewLine();  // label and field wrap together
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("act.attend.children"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(numWidth);
  ImGui::InputInt("##act.attend.children", &f.children, 0, 0);
  ctx.widgets.markLastItem("act.attend.children");
  formError(f.errors, "people_served");
  formError(f.errors, "children_served");

  formRefusal(ctx, f.refused);
  if (ImGui::Button(tr("act.attend.save"))) {
    AttendanceRecord record{.people_served = f.people, .children_served = f.children};
    for (const auto& [volunteer, minutes] : f.minutes) record.attendance.push_back(Attendance{.volunteer = volunteer, .minutes = minutes});
    std::string error, field;
    f.errors.clear();
    f.refused.clear();
    if (!storeActivityChange(ctx, recordAttendance(ctx.data(), a.id, record, editNow(ctx)), &error, &field))
      (field.empty() ? f.refused : f.errors[field]) = error;
  }
  ctx.widgets.markLastItem("act.attend.save");
}

}  // namespace gj::ui
