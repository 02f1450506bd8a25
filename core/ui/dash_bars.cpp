// Bars per community: one horizontal bar per community (names stay legible at any width), the value axis
// below with round ticks, the value at each bar's end and in a tooltip.
#include <algorithm>
#include <cmath>

#include "ui/dash_charts.h"
#include "ui/strings.h"

namespace gj::ui {

void drawCommunityBars(ScreenContext& ctx, DashFigure figure, ImVec2 size) {
  const auto& rows = ctx.dashboard.by_community;
  ChartFrame f = beginChartFrame(ctx, "dash.chart.community", size, "dash.chart.by_community", "dash.col.community",
                                 figureAxisKey(figure));
  if (rows.empty()) return;
  ImDrawList* dl = f.draw;
  dl->PushClipRect(f.min, f.max, true);

  // Names column as wide as the widest name, at most a third of the card.
  float names = 0;
  for (const auto& r : rows) names = std::max(names, ImGui::CalcTextSize(r.name.c_str()).x);
  names = std::min(names, (f.max.x - f.min.x) / 3);
  double top = 0;
  for (const auto& r : rows) top = std::max(top, figureValue(r.counted, figure));
  const float left = f.min.x + f.pad + names + 10;
  const float plotWidth0 = f.max.x - f.pad - left;
  const int maxTicks = std::clamp(static_cast<int>(plotWidth0 / 90), 2, 8);
  const AxisScale scale = niceScale(top, maxTicks, figureIsCount(figure));
  // Room on the right for half of the last tick label, which is centred on the axis's end.
  const float lastLabel = ImGui::CalcTextSize(tickLabel(scale.top()).c_str()).x;
  const float right = f.max.x - f.pad - lastLabel / 2;
  const float width = right - left;
  auto xOf = [&](double v) { return left + static_cast<float>(v / scale.top()) * width; };

  for (int t = 0; t <= scale.ticks; ++t) {
    const float x = xOf(scale.step * t);
    dl->AddLine(ImVec2(x, f.plotTop), ImVec2(x, f.plotBottom), chartGrid());
    chartTextCentred(f, x, f.plotBottom + 4, chartInk(), tickLabel(scale.step * t));
  }
  dl->AddLine(ImVec2(left, f.plotTop), ImVec2(left, f.plotBottom), chartInk());
  dl->AddLine(ImVec2(left, f.plotBottom), ImVec2(right, f.plotBottom), chartInk());

  const float rowHeight = (f.plotBottom - f.plotTop) / static_cast<float>(rows.size());
  const float thickness = std::min(rowHeight * 0.62f, 30.0f);
  int hovered = -1;
  if (f.hovered && f.mouse.y >= f.plotTop && f.mouse.y < f.plotBottom)
    hovered = std::min(static_cast<int>((f.mouse.y - f.plotTop) / rowHeight), static_cast<int>(rows.size()) - 1);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const float mid = f.plotTop + rowHeight * (static_cast<float>(i) + 0.5f);
    const std::string& name = rows[i].name;
    const ImVec2 nameSize = ImGui::CalcTextSize(name.c_str());
    const ImVec4 nameClip(f.min.x + f.pad, f.plotTop, left - 10, f.plotBottom);
    dl->AddText(nullptr, 0, ImVec2(std::max(f.min.x + f.pad, left - 10 - nameSize.x), mid - nameSize.y / 2),
                ImGui::GetColorU32(ImGuiCol_Text), name.c_str(), nullptr, 0, &nameClip);
    const double v = figureValue(rows[i].counted, figure);
    const float end = xOf(v);
    const bool hot = static_cast<int>(i) == hovered;
    if (v > 0)
      dl->AddRectFilled(ImVec2(left + 1, mid - thickness / 2), ImVec2(std::max(end, left + 2), mid + thickness / 2),
                        hot ? chartHover() : chartData(), 2.0f, ImDrawFlags_RoundCornersRight);
    // The value after the bar, or inside its end when the bar reaches the right edge.
    const std::string text = figureText(rows[i].counted, figure);
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    const bool inside = end + 6 + ts.x > f.max.x - f.pad;
    dl->AddText(ImVec2(inside ? end - 6 - ts.x : end + 6, mid - ts.y / 2),
                inside ? ImGui::GetColorU32(ImVec4(1, 1, 1, 1)) : chartInk(), text.c_str());
  }
  dl->PopClipRect();
  if (hovered >= 0) chartTooltip(rows[hovered].name, figure, rows[hovered].counted);
}

}  // namespace gj::ui
