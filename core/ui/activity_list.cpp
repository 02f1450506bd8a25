// The quarter's activities (or the chosen calendar day's, with the weekly service's occurrence on it): time,
// title, type, community, volunteers signed up / wanted, people served. A row opens the activity.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/activity_screen.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace activity_ui;

namespace {

struct ListRow {
  const Activity* activity;
  std::string start;  // of this occurrence
  bool projected;
};

std::vector<ListRow> rowsOf(ScreenContext& ctx, const ActivitiesUi& ui) {
  std::vector<ListRow> rows;
  if (ui.day.empty()) {
    for (const std::string& id : ui.rows)
      if (const Activity* a = ctx.data().find<Activity>(id)) rows.push_back({a, a->start, false});
    return rows;
  }
  for (const auto& m : ui.calendar.months)
    for (const auto& d : m.days)
      if (d.date == ui.day)
        for (const auto& e : d.entries)
          if (const Activity* a = ctx.data().find<Activity>(e.activity)) rows.push_back({a, e.start, e.projected});
  return rows;
}

}  // namespace

void drawActivityList(ScreenContext& ctx, ActivitiesUi& ui) {
  const std::vector<ListRow> rows = rowsOf(ctx, ui);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  if (ui.day.empty())
    ImGui::Text(tr("act.list.count"), ui.quarter.text().c_str(), static_cast<int>(rows.size()));
  else
    ImGui::Text(tr("act.list.count_day"), ui.day.c_str(), static_cast<int>(rows.size()));
  ImGui::PopStyleColor();
  ctx.widgets.markLastItem("act.list.count");
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("##act.list", 6, kFlags)) return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("act.col.time"), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05 09:00").x);
  ImGui::TableSetupColumn(tr("act.col.title"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("act.col.type"), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
  ImGui::TableSetupColumn(tr("act.col.community"), ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
  ImGui::TableSetupColumn(tr("act.col.staffed"), ImGuiTableColumnFlags_WidthFixed, std::max(em * 3, ImGui::CalcTextSize(tr("act.col.staffed")).x));
  ImGui::TableSetupColumn(tr("act.col.people"), ImGuiTableColumnFlags_WidthFixed, std::max(em * 3, ImGui::CalcTextSize(tr("act.col.people")).x));
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ListRow& r = rows[static_cast<std::size_t>(i)];
      const Activity& a = *r.activity;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(i);
      const std::string when = r.start.substr(0, 10) + " " + r.start.substr(11, 5);
      if (ImGui::Selectable(when.c_str(), ui.selected == a.id && !ui.creating, ImGuiSelectableFlags_SpanAllColumns)) {
        ui.selected = a.id;
        ui.creating = false;
      }
      if (!r.projected) ctx.widgets.markLastItem("act.row." + a.id);
      ImGui::PopID();
      ImGui::TableNextColumn();
      std::string title = a.title;
      if (a.recurring_weekly) title += std::string(" · ") + tr(r.projected ? "act.weekly_projected" : "act.weekly");
      if (r.projected) ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
      clippedCell(title);
      if (r.projected) ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      clippedCell(typeLabel(a.type));
      ImGui::TableNextColumn();
      clippedCell(communityName(ctx, a.community));
      ImGui::TableNextColumn();
      if (r.projected)
        ImGui::TextUnformatted("—");
      else
        ImGui::Text("%d/%d", static_cast<int>(a.attendance.size()), a.headcount);
      ImGui::TableNextColumn();
      if (r.projected)
        ImGui::TextUnformatted("—");
      else
        ImGui::Text("%d", a.people_served);
    }
  ImGui::EndTable();
  ctx.widgets.markLastItem("act.list");
}

}  // namespace gj::ui
