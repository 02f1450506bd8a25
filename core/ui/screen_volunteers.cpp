// Volunteers 志愿者: on the left the roster (filters by unit, skill and name, sortable columns) and below it the
// honour roll of a chosen year; on the right the selected volunteer's hours, stars, activities and awards.
#include <algorithm>
#include <cstdlib>
#include <set>

#include <imgui.h>

#include "domain/privacy.h"
#include "ui/screen_states.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/volunteer_screen.h"

namespace gj::ui {

using namespace volunteer_ui;

VolunteersUi& volunteersUi() {
  static VolunteersUi ui;
  return ui;
}

Json volunteersState() {
  const VolunteersUi& ui = volunteersUi();
  const report::VolunteerHours all = hoursOf(ui.allTime, ui.selected), year = hoursOf(ui.ofYear, ui.selected);
  const bool known = ui.workspace && ui.workspace->dataset().find<Volunteer>(ui.selected);
  Json roll = Json::array();
  for (std::size_t i = 0; i < ui.ofYear.honour_roll.size() && i < 10; ++i) {
    const auto& h = ui.ofYear.honour_roll[i];
    roll.push_back({{"rank", h.rank}, {"volunteer", h.volunteer}, {"minutes", h.minutes}, {"stars", h.stars}});
  }
  return Json{{"selected", ui.selected},
              {"rows", ui.rows.size()},
              {"first", ui.rows.empty() ? "" : ui.rows.front()},
              {"year", ui.year},
              {"minutes", all.minutes},
              {"stars", report::starLevel(all.minutes)},
              {"minutesToNextStar", known ? report::minutesToNextStar(all.minutes) : 0},
              {"activities", all.activities},
              {"peopleServed", all.people_served},
              {"yearMinutes", year.minutes},
              {"honourRoll", roll}};
}

void refreshVolunteers(ScreenContext& ctx, VolunteersUi& ui) {
  const bool dataChanged = ctx.workspace != ui.workspace || ctx.workspace->version() != ui.version;
  if (dataChanged) {
    ui.allTime = report::computeVolunteerReport(ctx.data());
    ui.minutes.clear();
    for (const auto& h : ui.allTime.honour_roll) ui.minutes[h.volunteer] = h.minutes;
    std::set<int> years;
    for (const auto& [id, a] : ctx.data().activities())
      if (a.start.size() >= 4 && !a.attendance.empty()) years.insert(std::atoi(a.start.substr(0, 4).c_str()));
    ui.years.assign(years.begin(), years.end());
    if (ui.year == 0 && !ui.years.empty()) ui.year = ui.years.back();
    // The filters' choices, here rather than per frame: a district has 50,000 volunteers.
    ui.units.clear();
    for (const auto& [id, u] : ctx.data().units()) ui.units.emplace_back(id, u.name);
    std::set<std::string> skills;
    for (const auto& [id, v] : ctx.data().volunteers()) skills.insert(v.skills.begin(), v.skills.end());
    ui.skills.assign(skills.begin(), skills.end());
  }
  if (dataChanged || ui.year != ui.rowsYear) ui.ofYear = report::computeVolunteerReport(ctx.data(), report::DateSpan::ofYear(ui.year));
  ui.filter.search = ui.search;
  if (dataChanged || ui.year != ui.rowsYear || !(ui.filter == ui.rowsFilter) || !(ui.sort == ui.rowsSort))
    ui.rows = listVolunteers(ctx.data(), ui.filter, ui.sort, ui.minutes);
  ui.workspace = ctx.workspace;
  ui.version = ctx.workspace->version();
  ui.rowsFilter = ui.filter;
  ui.rowsSort = ui.sort;
  ui.rowsYear = ui.year;
}

void drawVolunteers(ScreenContext& ctx) {
  VolunteersUi& ui = volunteersUi();
  screenHeader(ctx, Screen::volunteers);
  refreshVolunteers(ctx, ui);
  if (ui.selected.empty() && !ui.allTime.honour_roll.empty()) ui.selected = ui.allTime.honour_roll.front().volunteer;

  const float panelWidth = std::max(380.0f, ImGui::GetContentRegionAvail().x * 0.34f);
  ImGui::BeginChild("##vol.left", ImVec2(-panelWidth - 12, 0));
  drawVolunteerFilters(ctx, ui);
  refreshVolunteers(ctx, ui);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::Text(tr("vol.count"), static_cast<int>(ui.rows.size()), static_cast<int>(ctx.data().volunteers().size()));
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("vol.count");
  ImGui::BeginChild("##vol.roster", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.58f));
  drawVolunteerRoster(ctx, ui);
  ImGui::EndChild();
  drawHonourRoll(ctx, ui);
  ImGui::EndChild();

  ImGui::SameLine(0, 12);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kCardBg);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 12));
  ImGui::BeginChild("##vol.panel", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  drawVolunteerDetail(ctx, ui);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
