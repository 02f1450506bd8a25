// The selected activity: what, when, where, who organises it and how many volunteers it wants; then its
// staffing plan, the attendance after it and its history.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/activity_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

using namespace activity_ui;

void drawActivityDetail(ScreenContext& ctx, ActivitiesUi& ui) {
  const Activity* a = ctx.data().find<Activity>(ui.selected);
  if (!a) {
    ImGui::TextWrapped("%s", tr("act.none_selected"));
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(a->title.c_str());
  ImGui::PopTextWrapPos();
  ctx.widgets.markLastItem("act.detail.title");
  float x = 0;
  for (const char* k : {"act.col.time", "act.col.type", "act.col.community", "act.form.place", "act.form.headcount", "act.form.organisers"})
    x = std::max(x, ImGui::CalcTextSize(tr(k)).x);
  x += ImGui::GetCursorPosX() + ImGui::GetStyle().ItemSpacing.x * 2;
  std::string when = timeLabel(*a) + " · " + minutesLabel(activityMinutes(*a));
  if (a->recurring_weekly) when += std::string(" · ") + tr("act.weekly");
  detailRow("act.col.time", when, x);
  detailRow("act.col.type", typeLabel(a->type), x);
  detailRow("act.col.community", communityName(ctx, a->community), x);
  detailRow("act.form.place", a->place.empty() ? "—" : a->place, x);
  char wanted[64];
  std::snprintf(wanted, sizeof wanted, tr("act.detail.staffed"), static_cast<int>(a->attendance.size()), a->headcount);
  detailRow("act.form.headcount", wanted, x);
  std::string organisers;
  for (const auto& u : a->organisers) organisers += (organisers.empty() ? "" : "、") + unitName(ctx, u);
  detailRow("act.form.organisers", organisers.empty() ? "—" : organisers, x);

  drawStaffing(ctx, ui, *a);
  drawAttendance(ctx, ui, *a);
  drawActivityHistory(ctx, *a);
}

}  // namespace gj::ui
