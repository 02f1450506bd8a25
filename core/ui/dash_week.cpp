// This week's activities (report/week_activities.h) for today in China time, with the week's occurrence of the
// weekly services; when the week is empty, the next activities after it. Recomputed when the dataset or the
// date changes, not every frame.
#include <algorithm>
#include <cstdio>
#include <vector>

#include "report/week_activities.h"
#include "ui/dash_charts.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

struct WeekCache {
  const io::Workspace* workspace = nullptr;
  std::uint64_t version = 0;
  std::string date;
  report::WeekActivities week;
};

const report::WeekActivities& weekRows(ScreenContext& ctx) {
  static WeekCache cache;
  std::string date = today();
  if (cache.workspace != ctx.workspace || cache.version != ctx.workspace->version() || cache.date != date) {
    cache.week = report::weekActivities(ctx.data(), date);
    cache.workspace = ctx.workspace;
    cache.version = ctx.workspace->version();
    cache.date = std::move(date);
  }
  return cache.week;
}

// "11-27 周五 14:30–17:00" within the week; with the year for later weeks.
std::string whenText(const report::WeekActivity& a, bool withYear) {
  const std::string day = a.start.substr(0, 10);
  std::string text = withYear ? day : day.substr(5);
  if (auto n = dayNumber(day)) text += std::string(" ") + tr("dash.weekday." + std::to_string(report::isoWeekday(*n)));
  if (a.end.size() >= 16 && a.end.substr(0, 10) == day) {
    char range[64];  // "14:30–17:00": the dash comes from the string table, so the font has its glyph
    std::snprintf(range, sizeof range, tr("dash.week.time_range"), a.start.substr(11, 5).c_str(),
                  a.end.substr(11, 5).c_str());
    return text + " " + range;
  }
  return text + " " + a.start.substr(11, 5);
}

void activityTable(ScreenContext& ctx, const std::vector<report::WeekActivity>& rows, bool withYear) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                     ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##dash.week", 4, kFlags, ImVec2(0, dashTableHeight(rows.size(), 8)))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  float when = ImGui::CalcTextSize(tr("dash.week.col.when")).x;
  for (const auto& a : rows) when = std::max(when, ImGui::CalcTextSize(whenText(a, withYear).c_str()).x);
  float community = ImGui::CalcTextSize(tr("dash.col.community")).x;
  for (const auto& [id, c] : ctx.data().communities()) community = std::max(community, ImGui::CalcTextSize(c.name.c_str()).x);
  ImGui::TableSetupColumn(tr("dash.week.col.when"), ImGuiTableColumnFlags_WidthFixed, when);
  ImGui::TableSetupColumn(tr("dash.week.col.activity"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn(tr("dash.col.community"), ImGuiTableColumnFlags_WidthFixed, community);
  ImGui::TableSetupColumn(tr("dash.week.col.place"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  for (const auto& a : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(whenText(a, withYear).c_str());
    ImGui::TableNextColumn();
    // A weekly service says so, in the title's tooltip too when the title is cut.
    if (a.weekly) {
      char title[512];
      std::snprintf(title, sizeof title, tr("dash.week.weekly_fmt"), a.title.c_str());
      clippedCell(title);
    } else {
      clippedCell(a.title);
    }
    ImGui::TableNextColumn();
    clippedCell(communityName(ctx, a.community));
    ImGui::TableNextColumn();
    clippedCell(a.place);
  }
  ImGui::EndTable();
  ctx.widgets.markLastItem("dash.week.table");
}

}  // namespace

void drawWeekActivities(ScreenContext& ctx) {
  const report::WeekActivities& week = weekRows(ctx);
  dashHeading("dash.week.title");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::Text(tr("dash.week.range"), week.monday.c_str(), week.sunday.c_str());
  ImGui::PopStyleColor();
  if (!week.this_week.empty()) {
    activityTable(ctx, week.this_week, false);
    return;
  }
  if (week.upcoming.empty()) {
    ImGui::TextUnformatted(tr("dash.week.none"));
    ctx.widgets.markLastItem("dash.week.none");
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(tr("dash.week.none_this_week"));
  ImGui::PopStyleColor();
  ImGui::TextUnformatted(tr("dash.week.next"));
  activityTable(ctx, week.upcoming, true);
}

}  // namespace gj::ui
