// The quarter's three month grids (Monday first). The co-building activity month (共建活动月, the quarter's first
// month) has a tinted title and cells; a day with activities shows a red dot per record (up to three) and a
// blue ring when a weekly activity (the Friday service) occurs on it. Clicking a day narrows the list to it;
// clicking it again shows the whole quarter.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/activity_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

const ImVec4 kCoBuildingTint{0.99f, 0.93f, 0.90f, 1.0f};
const ImVec4 kWeekly{0.16f, 0.42f, 0.72f, 1.0f};

void drawMonth(ScreenContext& ctx, ActivitiesUi& ui, const CalendarMonth& m, float cell) {
  ImGui::BeginGroup();
  char title[64];
  std::snprintf(title, sizeof title, tr("act.cal.month"), m.year, m.month);
  ImGui::TextUnformatted(title);
  if (m.coBuilding) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextUnformatted(tr("act.cal.co_building"));
    ImGui::PopStyleColor();
    ctx.widgets.markLastItem("act.cal.co_building");
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  for (int d = 1; d <= 7; ++d) {  // weekday header
    const char* label = tr("act.cal.wd." + std::to_string(d));
    const float w = ImGui::CalcTextSize(label).x;
    dl->AddText(ImVec2(origin.x + static_cast<float>(d - 1) * cell + (cell - w) / 2, origin.y), ImGui::GetColorU32(theme::kMuted), label);
  }
  const float top = origin.y + ImGui::GetTextLineHeightWithSpacing();
  const int lead = m.days.empty() ? 0 : m.days.front().weekday - 1;
  for (std::size_t i = 0; i < m.days.size(); ++i) {
    const CalendarDay& day = m.days[i];
    const int slot = lead + static_cast<int>(i);
    const ImVec2 p(origin.x + static_cast<float>(slot % 7) * cell, top + static_cast<float>(slot / 7) * cell);
    const ImVec2 q(p.x + cell - 2, p.y + cell - 2);
    if (m.coBuilding) dl->AddRectFilled(p, q, ImGui::GetColorU32(kCoBuildingTint), 3.0f);
    ImGui::SetCursorScreenPos(p);
    ImGui::PushID(day.date.c_str());
    if (ImGui::Selectable("##day", ui.day == day.date, 0, ImVec2(cell - 2, cell - 2))) ui.day = ui.day == day.date ? "" : day.date;
    ctx.widgets.markLastItem("act.cal.day." + day.date);
    if (ImGui::IsItemHovered() && !day.entries.empty()) {
      ImGui::BeginTooltip();
      for (const CalendarEntry& e : day.entries) {
        const Activity* a = ctx.data().find<Activity>(e.activity);
        ImGui::Text("%s %s%s", e.start.substr(11, 5).c_str(), a ? a->title.c_str() : e.activity.c_str(),
                    e.weekly ? (std::string(" · ") + tr("act.weekly")).c_str() : "");
      }
      ImGui::EndTooltip();
    }
    ImGui::PopID();
    const std::string n = std::to_string(std::stoi(day.date.substr(8, 2)));
    const float w = ImGui::CalcTextSize(n.c_str()).x;
    const bool weekly = std::any_of(day.entries.begin(), day.entries.end(), [](const CalendarEntry& e) { return e.weekly; });
    if (weekly) dl->AddRect(p, q, ImGui::GetColorU32(kWeekly), 3.0f, 0, 1.5f);
    dl->AddText(ImVec2(p.x + (cell - 2 - w) / 2, p.y + 1), ImGui::GetColorU32(ImGuiCol_Text), n.c_str());
    int dots = 0;
    for (const CalendarEntry& e : day.entries) dots += e.projected ? 0 : 1;
    dots = std::min(dots, 3);
    for (int k = 0; k < dots; ++k)
      dl->AddCircleFilled(ImVec2(p.x + (cell - 2) / 2 + static_cast<float>(k - (dots - 1) / 2.0f) * 5.0f, q.y - 4), 2.0f,
                          ImGui::GetColorU32(theme::kBrand));
  }
  const int rows = (lead + static_cast<int>(m.days.size()) + 6) / 7;
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(7 * cell, ImGui::GetTextLineHeightWithSpacing() + static_cast<float>(rows) * cell));
  ImGui::EndGroup();
}

}  // namespace

void drawActivityCalendar(ScreenContext& ctx, ActivitiesUi& ui) {
  const float gap = ImGui::GetFontSize();
  // Room for a scrollbar: the panel may grow one after the grid is laid out.
  const float cell = std::clamp((ImGui::GetContentRegionAvail().x - 2 * gap - ImGui::GetStyle().ScrollbarSize - 4) / 21.0f, ImGui::GetFontSize() * 1.25f, ImGui::GetFontSize() * 2.2f);
  for (std::size_t i = 0; i < ui.calendar.months.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, gap);
    drawMonth(ctx, ui, ui.calendar.months[i], cell);
  }
  // Legend: what the marks mean.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float h = ImGui::GetTextLineHeight();
  ImVec2 p = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(p, ImVec2(p.x + h, p.y + h), ImGui::GetColorU32(kCoBuildingTint), 3.0f);
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("act.cal.legend_month"));
  ImGui::SameLine(0, gap);
  p = ImGui::GetCursorScreenPos();
  dl->AddCircleFilled(ImVec2(p.x + h / 2, p.y + h / 2), 3.0f, ImGui::GetColorU32(theme::kBrand));
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("act.cal.legend_activity"));
  ImGui::SameLine(0, gap);
  p = ImGui::GetCursorScreenPos();
  dl->AddRect(p, ImVec2(p.x + h, p.y + h), ImGui::GetColorU32(kWeekly), 3.0f, 0, 1.5f);
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("act.cal.legend_weekly"));
}

}  // namespace gj::ui
