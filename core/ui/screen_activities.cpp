// Activities 活动: on the left the quarter picker, the quarter's calendar (co-building month, weekly Friday
// service) and its list; on the right the create form or the selected activity with its staffing plan,
// attendance and history.
#include <algorithm>

#include <imgui.h>

#include "report/volunteer_honours.h"
#include "ui/activity_screen.h"
#include "ui/edit_stamp.h"
#include "ui/screen_states.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace activity_ui;

ActivitiesUi& activitiesUi() {
  static ActivitiesUi ui;
  return ui;
}

Json activitiesState() {
  const ActivitiesUi& ui = activitiesUi();
  const Activity* a = ui.workspace ? ui.workspace->dataset().find<Activity>(ui.selected) : nullptr;
  // Each proposal with the volunteer's all-time minutes, so a test can pick whom to staff.
  const report::VolunteerReport hours = ui.workspace && !ui.proposals.empty() ? report::computeVolunteerReport(ui.workspace->dataset())
                                                                              : report::VolunteerReport{};
  Json proposals = Json::array();
  for (const auto& p : ui.proposals) {
    std::int64_t minutes = 0;
    for (const auto& h : hours.honour_roll)
      if (h.volunteer == p.volunteer) minutes = h.minutes;
    proposals.push_back({{"volunteer", p.volunteer}, {"score", p.score}, {"base", p.parts.base}, {"skill", p.parts.skill},
                         {"organiser", p.parts.organiser}, {"paired", p.parts.paired}, {"fairness", p.fairness_cost},
                         {"weekMinutes", p.week_minutes}, {"servedMinutes", p.served_minutes}, {"minutes", minutes},
                         {"minutesToNextStar", report::minutesToNextStar(minutes)}});
  }
  Json attendance = Json::array();
  if (a)
    for (const Attendance& at : a->attendance) attendance.push_back({{"volunteer", at.volunteer}, {"minutes", at.minutes}});
  int weekly = 0;
  for (const auto& m : ui.calendar.months)
    for (const auto& d : m.days)
      for (const auto& e : d.entries) weekly += e.weekly ? 1 : 0;
  return Json{{"quarter", ui.quarter.valid() ? ui.quarter.text() : ""},
              {"coBuildingMonth", ui.calendar.months.empty() ? 0 : ui.calendar.months.front().month},
              {"records", ui.calendar.records},
              {"projected", ui.calendar.projected},
              {"weeklyOccurrences", weekly},
              {"day", ui.day},
              {"rows", ui.rows.size()},
              {"selected", ui.selected},
              {"creating", ui.creating},
              {"minutes", a ? activityMinutes(*a) : 0},
              {"headcount", a ? a->headcount : 0},
              {"proposals", proposals},
              {"shortfall", ui.shortfall ? std::string(match::shortReasonName(ui.shortfall->reason)) : ""},
              {"attendance", attendance},
              {"peopleServed", a ? a->people_served : 0},
              {"childrenServed", a ? a->children_served : 0},
              {"refusal", ui.refusalKey},
              {"message", ui.refusalText}};
}

void refreshActivities(ScreenContext& ctx, ActivitiesUi& ui) {
  if (!ui.quarter.valid()) ui.quarter = latestActivityQuarter(ctx.data(), Quarter::ofDate(today()).value_or(Quarter{2024, 3}));
  if (ctx.workspace == ui.workspace && ctx.workspace->version() == ui.version && ui.quarter == ui.rowsQuarter) return;
  ui.calendar = quarterCalendar(ctx.data(), ui.quarter);
  ui.rows = quarterActivities(ctx.data(), ui.quarter);
  ui.workspace = ctx.workspace;
  ui.version = ctx.workspace->version();
  ui.rowsQuarter = ui.quarter;
}

void drawQuarterPicker(ScreenContext& ctx, ActivitiesUi& ui) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("act.quarter"));
  ImGui::SameLine();
  if (ImGui::ArrowButton("##act.quarter.prev", ImGuiDir_Left)) ui.quarter = ui.quarter.previous(), ui.day.clear();
  ctx.widgets.markLastItem("act.quarter.prev");
  ImGui::SameLine();
  ImGui::TextUnformatted(ui.quarter.text().c_str());
  ctx.widgets.markLastItem("act.quarter");
  ImGui::SameLine();
  if (ImGui::ArrowButton("##act.quarter.next", ImGuiDir_Right)) ui.quarter = ui.quarter.next(), ui.day.clear();
  ctx.widgets.markLastItem("act.quarter.next");
  ImGui::SameLine(0, ImGui::GetFontSize());
  ImGui::PushStyleColor(ImGuiCol_Button, theme::kBrand);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kBrandDark);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnBrand);
  if (ImGui::Button(tr("act.new"))) ui.creating = true;
  ImGui::PopStyleColor(3);
  ctx.widgets.markLastItem("act.new");
}

void drawActivities(ScreenContext& ctx) {
  ActivitiesUi& ui = activitiesUi();
  screenHeader(ctx, Screen::activities);
  refreshActivities(ctx, ui);
  if (!ui.defaultChosen && ui.selected.empty() && !ui.rows.empty()) ui.selected = ui.rows.back();
  ui.defaultChosen = true;

  const float panelWidth = std::max(420.0f, ImGui::GetContentRegionAvail().x * 0.42f);
  ImGui::BeginChild("##act.left", ImVec2(-panelWidth - 12, 0));
  drawQuarterPicker(ctx, ui);
  refreshActivities(ctx, ui);
  ImGui::Spacing();
  drawActivityCalendar(ctx, ui);
  ImGui::Spacing();
  drawActivityList(ctx, ui);
  ImGui::EndChild();

  ImGui::SameLine(0, 12);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##act.panel", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (ui.creating)
    drawActivityForm(ctx, ui);
  else
    drawActivityDetail(ctx, ui);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
