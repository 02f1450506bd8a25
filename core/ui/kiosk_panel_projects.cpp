// Kiosk panels of projects: those under way with their progress and lead unit, and the featured projects for
// the elderly and children (一老一小).
#include <algorithm>

#include "report/money_format.h"
#include "ui/kiosk.h"
#include "ui/strings.h"

namespace gj::ui::kiosk {

void drawProjects(ScreenContext&, const Json& snap, ImVec2 area) {
  const Json& rows = list(snap, "in_progress");
  if (rows.empty()) {
    text(tr("kiosk.projects.none"), kBody, kMutedInk, area.x);
    return;
  }
  const int cols = view().portrait ? 1 : 2;
  const float gap = px(24);
  const float w = (area.x - gap * (cols - 1)) / cols;
  const float h = px(kBody) * 1.25f + px(kSmall) * 1.3f + px(30) + px(60);
  const int perCol = std::max(1, static_cast<int>((area.y + gap) / (h + gap)));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  int i = 0;
  for (const Json& p : rows) {
    if (i == perCol * cols) break;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + (i / perCol) * (w + gap), origin.y + (i % perCol) * (h + gap)));
    const ImVec2 at = card(w, h, kCardFill);
    const float pad = px(22);
    const std::string percent = std::to_string(num(p, "percent")) + "%";
    const ImVec2 ps = measure(percent, kTitle, 0, FontRole::heading);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
    textFit(str(p, "title"), kBody, kInk, w - 3 * pad - ps.x);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y + px(4)));
    textFit(str(p, "lead_unit") + " · " + str(p, "community"), kSmall, kMutedInk, w - 3 * pad - ps.x);
    ImGui::SetCursorScreenPos(ImVec2(at.x + w - pad - ps.x, at.y + pad));
    text(percent, kTitle, kBrandRed, 0, FontRole::heading);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + h - pad - px(30)));
    progressBar(static_cast<float>(num(p, "percent")) / 100.0f, w - 2 * pad, px(30));
    ++i;
  }
}

void drawFeatured(ScreenContext&, const Json& snap, ImVec2 area) {
  const Json& rows = list(snap, "featured");
  if (rows.empty()) {
    text(tr("kiosk.featured.none"), kBody, kMutedInk, area.x);
    return;
  }
  const int n = static_cast<int>(rows.size());
  const bool portrait = view().portrait;
  const int cols = portrait ? 1 : std::min(n, 3);
  const int rowsShown = portrait ? std::min(n, 3) : 1;
  const float gap = px(24);
  const float w = (area.x - gap * (cols - 1)) / cols;
  const float h = (area.y - gap * (rowsShown - 1)) / rowsShown;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  int i = 0;
  for (const Json& f : rows) {
    if (i == cols * rowsShown) break;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + (i % cols) * (w + gap), origin.y + (i / cols) * (h + gap)));
    const ImVec2 at = card(w, h, kCardFill);
    const float pad = px(26), inner = w - 2 * pad;
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
    text(str(f, "title"), kTitle * 0.8f, kInk, inner);  // record text: the body font has its glyphs
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y + px(4)));
    text(formatted("kiosk.featured.since", str(f, "community"), std::to_string(num(f, "since_year"))), kSmall,
         kMutedInk, inner);
    auto line = [&](const std::string& value, const char* key) {
      if (value.empty() || value == "0") return;
      ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y + px(12)));
      const ImVec2 vs = measure(value, kTitle, 0, FontRole::heading);
      const ImVec2 rowAt = ImGui::GetCursorScreenPos();
      text(value, kTitle, kBrandRed, 0, FontRole::heading);
      ImGui::SetCursorScreenPos(ImVec2(rowAt.x + vs.x + px(12), rowAt.y + vs.y - px(kBody) * 1.15f));
      textFit(tr(key), kBody, kInk, inner - vs.x - px(12));
    };
    line(num(f, "funds_fen") ? report::formatWanYuan(num(f, "funds_fen"), 1) : "", "kiosk.featured.funds");
    line(thousands(num(f, "activities")), "kiosk.featured.activities");
    line(thousands(num(f, "children")), "kiosk.featured.children");
    line(thousands(num(f, "elderly")), "kiosk.featured.elderly");
    line(thousands(num(f, "households")), "kiosk.featured.households");
    ++i;
  }
}

}  // namespace gj::ui::kiosk
