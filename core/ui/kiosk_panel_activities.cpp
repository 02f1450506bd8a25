// Kiosk panel of activities: this week's volunteer activities (the weekly Friday service among them) with day,
// time and place; when the week has none, the next ones (report/week_activities.h decides which).
#include <algorithm>

#include "domain/dates.h"
#include "report/week_activities.h"
#include "ui/kiosk.h"
#include "ui/strings.h"

namespace gj::ui::kiosk {

namespace {

// "周五 08-02  14:30–16:30" from the snapshot's China Standard Time timestamps.
std::string when(const Json& a) {
  const std::string start = str(a, "start"), end = str(a, "end");
  std::string out;
  if (auto day = dayNumber(start)) out = tr(("kiosk.weekday." + std::to_string(report::isoWeekday(*day))).c_str());
  if (start.size() >= 16) out += "  " + start.substr(5, 5) + "  " + start.substr(11, 5);
  if (end.size() >= 16) out += "–" + end.substr(11, 5);
  return out;
}

}  // namespace

void drawActivities(ScreenContext&, const Json& snap, ImVec2 area) {
  const Json empty = Json::object();
  const Json& week = snap.contains("week") && snap["week"].is_object() ? snap["week"] : empty;
  const Json& thisWeek = list(week, "this_week");
  const Json& rows = thisWeek.empty() ? list(week, "upcoming") : thisWeek;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  text(thisWeek.empty() ? tr("kiosk.activities.upcoming")
                        : formatted("kiosk.activities.week", str(week, "monday"), str(week, "sunday")),
       kBody, kMutedInk, area.x);
  if (rows.empty()) {
    text(tr("kiosk.activities.none"), kBody, kInk, area.x);
    return;
  }
  const float top = ImGui::GetCursorScreenPos().y + px(16);
  const float gap = px(20);
  const float h = px(kBody) * 1.3f + px(kSmall) * 2.7f + px(44);
  const int fit = std::max(1, static_cast<int>((origin.y + area.y - top + gap) / (h + gap)));
  const int cols = view().portrait ? 1 : 2;
  const float w = (area.x - gap * (cols - 1)) / cols;
  int i = 0;
  for (const Json& a : rows) {
    if (i == fit * cols) break;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + (i / fit) * (w + gap), top + (i % fit) * (h + gap)));
    const ImVec2 at = card(w, h, kCardFill);
    const float pad = px(22);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
    const bool weekly = a.contains("weekly") && a["weekly"].is_boolean() && a["weekly"].get<bool>();
    float tagWidth = 0;
    if (weekly) {  // a small red tag: the service that comes every week
      const std::string tag = tr("kiosk.activities.weekly");
      const ImVec2 ts = measure(tag, kSmall);
      tagWidth = ts.x + px(28);
      const ImVec2 tagAt(at.x + w - pad - tagWidth, at.y + pad);
      ImGui::GetWindowDrawList()->AddRectFilled(tagAt, ImVec2(tagAt.x + tagWidth, tagAt.y + ts.y + px(8)), kBrandRed,
                                                px(10));
      ImGui::SetCursorScreenPos(ImVec2(tagAt.x + px(14), tagAt.y + px(4)));
      text(tag, kSmall, IM_COL32_WHITE);
      ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
    }
    textFit(str(a, "title"), kBody, kInk, w - 2 * pad - tagWidth - px(10));
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y + px(6)));
    textFit(when(a), kSmall, kBrandRed, w - 2 * pad);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y + px(4)));
    textFit(formatted("kiosk.activities.place", str(a, "place"), str(a, "community")), kSmall, kMutedInk, w - 2 * pad);
    ++i;
  }
}

}  // namespace gj::ui::kiosk
