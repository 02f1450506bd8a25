// Kiosk panel of the volunteer honour roll (选树先进): rank, name, unit, hours and star level. Volunteers are
// party members of the partner units recognised in public; the snapshot carries no phone or other detail.
#include <algorithm>

#include "report/volunteer_honours.h"
#include "ui/kiosk.h"
#include "ui/strings.h"

namespace gj::ui::kiosk {

void drawHonours(ScreenContext&, const Json& snap, ImVec2 area) {
  const Json& rows = list(snap, "honours");
  if (rows.empty()) {
    text(tr("kiosk.honours.none"), kBody, kMutedInk, area.x);
    return;
  }
  const Language lang = strings().lang() == Lang::zh ? Language::zh : Language::en;
  const int cols = view().portrait ? 1 : 2;
  const float gap = px(18);
  const int n = static_cast<int>(rows.size());
  const int perCol = (n + cols - 1) / cols;
  const float w = (area.x - gap * (cols - 1)) / cols;
  const float h = std::min((area.y - gap * (perCol - 1)) / perCol, px(150));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  int i = 0;
  for (const Json& v : rows) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x + (i / perCol) * (w + gap), origin.y + (i % perCol) * (h + gap)));
    const ImVec2 at = card(w, h, kCardFill);
    const float pad = px(20);
    const float rankWidth = px(90);
    const std::string rank = std::to_string(num(v, "rank"));
    const ImVec2 rs = measure(rank, kTitle, 0, FontRole::heading);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad + (rankWidth - rs.x) / 2, at.y + (h - rs.y) / 2));
    text(rank, kTitle, num(v, "rank") <= 3 ? kBrandRed : kMutedInk, 0, FontRole::heading);
    const float starsWidth = 5 * px(40) * 1.1f;
    const float textX = at.x + pad + rankWidth + px(10);
    const float textWidth = w - (textX - at.x) - pad - starsWidth - px(16);
    ImGui::SetCursorScreenPos(ImVec2(textX, at.y + (h - px(kBody) * 1.2f - px(kSmall) * 1.2f) / 2));
    textFit(str(v, "name") + "  " + report::hoursText(num(v, "minutes"), lang), kBody, kInk, textWidth);
    ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y));
    textFit(str(v, "unit"), kSmall, kMutedInk, textWidth);
    ImGui::SetCursorScreenPos(ImVec2(at.x + w - pad - starsWidth, at.y + (h - px(40)) / 2));
    stars(static_cast<int>(num(v, "stars")), 5, 40);
    ++i;
  }
}

}  // namespace gj::ui::kiosk
