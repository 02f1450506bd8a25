// The selected volunteer: unit, skills, availability, phone (masked), hours this year and all time, the star
// level drawn as stars with the time still needed for the next one, activities attended, people served and
// awards. Also the shared pieces of the Volunteers files (stars, labels).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "domain/privacy.h"
#include "ui/edit_stamp.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/volunteer_screen.h"

namespace gj::ui {

namespace volunteer_ui {

report::VolunteerHours hoursOf(const report::VolunteerReport& r, const std::string& volunteer) {
  for (const auto& h : r.honour_roll)
    if (h.volunteer == volunteer) return h;
  return report::VolunteerHours{.volunteer = volunteer};
}

std::string hoursLabel(std::int64_t minutes) {
  return report::hoursText(minutes, strings().lang() == Lang::zh ? Language::zh : Language::en);
}

void drawStars(int count, float size) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float r = size * 0.5f, gap = size * 0.25f;
  const ImU32 fill = ImGui::GetColorU32(ImVec4(0.90f, 0.62f, 0.10f, 1.0f)), line = ImGui::GetColorU32(theme::kMuted);
  for (int s = 0; s < 5; ++s) {
    const ImVec2 c(at.x + r + static_cast<float>(s) * (size + gap), at.y + r);
    ImVec2 p[10];
    for (int i = 0; i < 10; ++i) {
      const float a = -1.5707963f + static_cast<float>(i) * 0.6283185f, rr = i % 2 == 0 ? r : r * 0.45f;
      p[i] = ImVec2(c.x + rr * std::cos(a), c.y + rr * std::sin(a));
    }
    if (s < count)  // a star is concave: a fan of triangles from the centre
      for (int i = 0; i < 10; ++i) dl->AddTriangleFilled(c, p[i], p[(i + 1) % 10], fill);
    else
      dl->AddPolyline(p, 10, line, ImDrawFlags_Closed, 1.2f);
  }
  ImGui::Dummy(ImVec2(5 * size + 4 * gap, size));
}

std::string weekdaysLabel(const Volunteer& v) {
  std::string out;
  for (int d : v.weekdays) {
    out += (out.empty() ? "" : " ") + std::string(tr("dash.weekday." + std::to_string(d)));
    for (const HourRange& h : v.availability)
      if (h.weekday == d) {
        char range[32];
        std::snprintf(range, sizeof range, " %02d:%02d-%02d:%02d", h.from / 60, h.from % 60, h.to / 60, h.to % 60);
        out += range;
      }
  }
  return out.empty() ? "—" : out;
}

std::string skillsLabel(const ScreenContext& ctx, const Volunteer& v) {
  std::string out;
  for (const auto& s : v.skills) out += (out.empty() ? "" : "、") + categoryLabel(ctx, s);
  return out.empty() ? "—" : out;
}

}  // namespace volunteer_ui

using namespace volunteer_ui;

void drawVolunteerDetail(ScreenContext& ctx, VolunteersUi& ui) {
  const Volunteer* v = ctx.data().find<Volunteer>(ui.selected);
  if (!v) {
    ImGui::TextWrapped("%s", tr("vol.none_selected"));
    return;
  }
  ImGui::TextUnformatted(v->name.c_str());
  ctx.widgets.markLastItem("vol.detail.name");
  float x = 0;
  for (const char* k : {"vol.col.unit", "vol.col.skills", "vol.col.weekdays", "vol.col.phone", "vol.detail.all_time",
                        "vol.detail.year", "vol.detail.next_star", "vol.detail.activities", "vol.detail.people", "vol.detail.awards"})
    x = std::max(x, ImGui::CalcTextSize(tr(k)).x);
  x += ImGui::GetCursorPosX() + ImGui::GetStyle().ItemSpacing.x * 2;
  const Unit* u = ctx.data().find<Unit>(v->unit);
  detailRow("vol.col.unit", (u ? u->name : v->unit) + (v->party_member ? std::string(" · ") + tr("vol.party_member") : ""), x);
  detailRow("vol.col.skills", skillsLabel(ctx, *v), x);
  detailRow("vol.col.weekdays", weekdaysLabel(*v), x);
  detailRow("vol.col.phone", maskedPhone(v->phone), x);

  const report::VolunteerHours all = hoursOf(ui.allTime, v->id), year = hoursOf(ui.ofYear, v->id);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  const int stars = report::starLevel(all.minutes);
  drawStars(stars, ImGui::GetFontSize() * 1.4f);
  ctx.widgets.markLastItem("vol.detail.stars");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::Text(tr("vol.detail.stars_n"), stars);
  detailRow("vol.detail.all_time", hoursLabel(all.minutes), x);
  ctx.widgets.markLastItem("vol.detail.hours");
  char yearLabel[64];
  std::snprintf(yearLabel, sizeof yearLabel, tr("vol.detail.year_n"), ui.year);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextUnformatted(yearLabel);
  ImGui::PopStyleColor();
  ImGui::SameLine(x);
  ImGui::TextUnformatted(hoursLabel(year.minutes).c_str());
  const std::int64_t toNext = report::minutesToNextStar(all.minutes);
  detailRow("vol.detail.next_star", toNext > 0 ? hoursLabel(toNext) : std::string(tr("vol.detail.top_star")), x);
  if (toNext > 0) {  // progress from the last threshold to the next
    const std::int64_t lower = stars == 0 ? 0 : static_cast<std::int64_t>(report::kStarHours[static_cast<std::size_t>(stars - 1)]) * 60;
    const std::int64_t upper = all.minutes + toNext;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::kBrand);
    ImGui::ProgressBar(static_cast<float>(all.minutes - lower) / static_cast<float>(upper - lower), ImVec2(-1, 6), "");
    ImGui::PopStyleColor();
  }
  detailRow("vol.detail.activities", std::to_string(all.activities), x);
  detailRow("vol.detail.people", std::to_string(all.people_served), x);
  std::string awards;
  for (const auto& [id, a] : ctx.data().awards())
    if (a.target_kind == AwardTarget::volunteer && a.target == v->id) awards += (awards.empty() ? "" : "\n") + a.date + " " + a.title;
  detailRow("vol.detail.awards", awards.empty() ? "—" : awards, x);

  // The activities served, the latest first.
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrandDark);
  ImGui::TextUnformatted(tr("vol.detail.served"));
  ImGui::PopStyleColor();
  ImGui::Separator();
  std::vector<std::pair<std::string, const Activity*>> served;
  for (const auto& [id, a] : ctx.data().activities())
    for (const Attendance& at : a.attendance)
      if (at.volunteer == v->id) served.emplace_back(a.start, &a);
  std::sort(served.begin(), served.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : idLess(b.second->id, a.second->id);
  });
  if (ImGui::BeginTable("##vol.served", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY)) {
    ImGui::TableSetupColumn("##date", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-07-05").x);
    ImGui::TableSetupColumn("##title", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##hours", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize(hoursLabel(23 * 60 + 59).c_str()).x);
    for (const auto& [start, a] : served) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(start.substr(0, 10).c_str());
      ImGui::TableNextColumn();
      clippedCell(a->title);
      ImGui::TableNextColumn();
      int minutes = 0;
      for (const Attendance& at : a->attendance)
        if (at.volunteer == v->id) minutes = at.minutes;
      ImGui::TextUnformatted(hoursLabel(minutes).c_str());
    }
    ImGui::EndTable();
  }
}

}  // namespace gj::ui
