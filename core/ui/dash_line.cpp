// A line per quarter: the chosen figure of every quarter from the first to the last with co-building records
// (report::DashboardFigures::by_quarter has no gaps), round ticks on the value axis, quarter labels thinned
// out when they would touch, and the quarter under the mouse marked with its value in a tooltip.
#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/dash_charts.h"
#include "ui/strings.h"

namespace gj::ui {

void drawQuarterLine(ScreenContext& ctx, DashFigure figure, ImVec2 size) {
  const auto& rows = ctx.dashboard.by_quarter;
  ChartFrame f = beginChartFrame(ctx, "dash.chart.quarter", size, "dash.chart.by_quarter", figureAxisKey(figure),
                                 "dash.col.quarter");
  if (rows.empty()) return;
  ImDrawList* dl = f.draw;
  dl->PushClipRect(f.min, f.max, true);

  double top = 0;
  for (const auto& r : rows) top = std::max(top, figureValue(r.counted, figure));
  const int maxTicks = std::clamp(static_cast<int>((f.plotBottom - f.plotTop) / 34), 2, 6);
  const AxisScale scale = niceScale(top, maxTicks, figureIsCount(figure));
  float labels = 0;  // the widest tick label sets the left margin
  for (int t = 0; t <= scale.ticks; ++t) labels = std::max(labels, ImGui::CalcTextSize(tickLabel(scale.step * t).c_str()).x);
  const float left = f.min.x + f.pad + labels + 8, right = f.max.x - f.pad;
  auto yOf = [&](double v) { return f.plotBottom - static_cast<float>(v / scale.top()) * (f.plotBottom - f.plotTop); };

  for (int t = 0; t <= scale.ticks; ++t) {
    const float y = yOf(scale.step * t);
    const std::string text = tickLabel(scale.step * t);
    dl->AddLine(ImVec2(left, y), ImVec2(right, y), chartGrid());
    dl->AddText(ImVec2(left - 8 - ImGui::CalcTextSize(text.c_str()).x, y - f.line / 2), chartInk(), text.c_str());
  }
  dl->AddLine(ImVec2(left, f.plotTop), ImVec2(left, f.plotBottom), chartInk());
  dl->AddLine(ImVec2(left, f.plotBottom), ImVec2(right, f.plotBottom), chartInk());

  // Each quarter owns an equal slot; its point sits in the middle, its label below when there is room.
  const int n = static_cast<int>(rows.size());
  const float slot = (right - left) / static_cast<float>(n);
  const float labelWidth = ImGui::CalcTextSize("2024Q4").x + 12;
  const int every = std::max(1, static_cast<int>(std::ceil(labelWidth / slot)));
  std::vector<ImVec2> points;
  for (int i = 0; i < n; ++i) {
    const float x = left + slot * (static_cast<float>(i) + 0.5f);
    points.emplace_back(x, yOf(figureValue(rows[i].counted, figure)));
    if ((n - 1 - i) % every == 0) {  // counted from the last, so the latest quarter always has its label
      dl->AddLine(ImVec2(x, f.plotBottom), ImVec2(x, f.plotBottom + 4), chartInk());
      chartTextCentred(f, x, f.plotBottom + 4, chartInk(), rows[i].quarter.text());
    }
  }
  // The area under the line, one convex quad per segment, then the line and its points.
  for (int i = 0; i + 1 < n; ++i) {
    const ImVec2 quad[4] = {points[i], points[i + 1], ImVec2(points[i + 1].x, f.plotBottom),
                            ImVec2(points[i].x, f.plotBottom)};
    dl->AddConvexPolyFilled(quad, 4, chartDataFill());
  }
  dl->AddPolyline(points.data(), n, chartData(), ImDrawFlags_None, 2.5f);
  int hovered = -1;
  if (f.hovered && f.mouse.x >= left && f.mouse.x < right && f.mouse.y >= f.plotTop)
    hovered = std::clamp(static_cast<int>((f.mouse.x - left) / slot), 0, n - 1);
  if (hovered >= 0)
    dl->AddLine(ImVec2(points[hovered].x, f.plotTop), ImVec2(points[hovered].x, f.plotBottom), chartInk());
  for (int i = 0; i < n; ++i)
    dl->AddCircleFilled(points[i], i == hovered ? 6.0f : 3.5f, i == hovered ? chartHover() : chartData());
  dl->PopClipRect();
  if (hovered >= 0) chartTooltip(rows[hovered].quarter.text(), figure, rows[hovered].counted);
}

}  // namespace gj::ui
