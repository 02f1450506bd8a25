// Kiosk panels of figures: the article's headline figures (computed live by the dashboard, carried in the
// snapshot) as large tiles, and what was solved per community this quarter and so far.
#include <algorithm>

#include "report/money_format.h"
#include "ui/kiosk.h"
#include "ui/strings.h"

namespace gj::ui::kiosk {

namespace {

struct Tile {
  std::string value;
  const char* labelKey;
};

void tile(const Tile& t, float w, float h) {
  const ImVec2 at = card(w, h, kCardFill);
  const float pad = px(26);
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
  textFit(t.value, kHuge, kBrandRed, w - 2 * pad, FontRole::heading);
  ImGui::SetCursorScreenPos(ImVec2(at.x + pad, ImGui::GetCursorScreenPos().y + px(6)));
  text(tr(t.labelKey), kBody, kInk, w - 2 * pad);
}

}  // namespace

void drawFigures(ScreenContext&, const Json& snap, ImVec2 area) {
  const Json empty = Json::object();
  const Json& f = snap.contains("figures") && snap["figures"].is_object() ? snap["figures"] : empty;
  const Tile tiles[] = {
      {thousands(num(f, "communities")), "kiosk.fig.communities"},
      {thousands(num(f, "units_paired")), "kiosk.fig.units_paired"},
      {thousands(num(f, "projects_claimed")), "kiosk.fig.projects_claimed"},
      {report::formatWanYuan(num(f, "funds_fen"), 1), "kiosk.fig.funds"},
      {thousands(num(f, "problems_solved")), "kiosk.fig.problems_solved"},
      {thousands(num(f, "person_times_served")), "kiosk.fig.person_times"},
      {thousands(num(f, "units_assessable")), "kiosk.fig.units_assessable"},
      {thousands(num(f, "projects_completed")), "kiosk.fig.projects_completed"},
  };
  const bool portrait = view().portrait;
  const int cols = portrait ? 2 : 4, rows = portrait ? 4 : 2;
  const float gap = px(24);
  const float w = (area.x - gap * (cols - 1)) / cols;
  const float h = std::min((area.y - gap * (rows - 1)) / rows, px(360));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  for (int i = 0; i < 8; ++i) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x + (i % cols) * (w + gap), origin.y + (i / cols) * (h + gap)));
    tile(tiles[i], w, h);
  }
}

void drawSolved(ScreenContext&, const Json& snap, ImVec2 area) {
  const Json& rows = list(snap, "solved");
  long long most = 1;
  for (const Json& r : rows) most = std::max(most, num(r, "cumulative"));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  text(formatted("kiosk.solved.note", str(snap, "quarter")), kBody, kMutedInk, area.x);
  const float top = ImGui::GetCursorScreenPos().y + px(20);
  const int n = std::max<int>(1, static_cast<int>(rows.size()));
  const int cols = view().portrait ? 1 : 2;  // landscape: two by two, so each card has room for a bar
  const int perCol = (n + cols - 1) / cols;
  const float gap = px(20);
  const float w = (area.x - gap * (cols - 1)) / cols;
  const float h = std::min((origin.y + area.y - top - gap * (perCol - 1)) / perCol, px(250));
  int i = 0;
  for (const Json& r : rows) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x + (i % cols) * (w + gap), top + (i / cols) * (h + gap)));
    const ImVec2 at = card(w, h, kCardFill);
    const float pad = px(24);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, at.y + pad));
    textFit(str(r, "community"), kTitle, kInk, w * 0.4f);  // record text: the body font has its glyphs
    // This quarter, large; so far, as a bar against the community that solved most.
    const std::string quarter = formatted("kiosk.solved.quarter", thousands(num(r, "quarter")));
    const ImVec2 qs = measure(quarter, kTitle, 0, FontRole::heading);
    ImGui::SetCursorScreenPos(ImVec2(at.x + w - pad - qs.x, at.y + pad));
    text(quarter, kTitle, kBrandRed, 0, FontRole::heading);
    const float barTop = at.y + pad + px(kTitle) * 1.25f;
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, barTop));
    const std::string total = formatted("kiosk.solved.total", thousands(num(r, "cumulative")));
    const ImVec2 ts = measure(total, kBody);
    progressBar(static_cast<float>(num(r, "cumulative")) / static_cast<float>(most), w - 3 * pad - ts.x, px(26));
    ImGui::SetCursorScreenPos(ImVec2(at.x + w - pad - ts.x, barTop - (ts.y - px(26)) / 2));
    text(total, kBody, kInk);
    ++i;
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + area.y));
}

}  // namespace gj::ui::kiosk
