// The dashboard's charts section: which figure they show, the colours and tooltip they share, and the layout of
// the per-community bars beside the per-quarter line (dash_bars.cpp, dash_line.cpp).
#include <algorithm>
#include <cstdio>

#include "report/money_format.h"
#include "ui/dash_charts.h"
#include "ui/fonts.h"
#include "ui/form_widgets.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

struct ChartsState {
  DashFigure figure = DashFigure::projects_claimed;
  bool showTable = false;
};

ChartsState& chartsState() {
  static ChartsState state;
  return state;
}

ImVec4 withAlpha(ImVec4 c, float a) { return ImVec4(c.x, c.y, c.z, a); }

}  // namespace

double figureValue(const report::CountedFigures& c, DashFigure f) {
  switch (f) {
    case DashFigure::projects_claimed: return c.projects_claimed;
    case DashFigure::funds: return static_cast<double>(c.funds_fen) / 1'000'000.0;  // 万元
    case DashFigure::problems_solved: return c.problems_solved;
    case DashFigure::person_times: return c.person_times_served;
  }
  return 0;
}

std::string figureText(const report::CountedFigures& c, DashFigure f) {
  std::string number;
  switch (f) {
    case DashFigure::projects_claimed: number = groupedNumber(c.projects_claimed); break;
    case DashFigure::funds: number = report::formatWanYuan(c.funds_fen, 2); break;
    case DashFigure::problems_solved: number = groupedNumber(c.problems_solved); break;
    case DashFigure::person_times: number = groupedNumber(c.person_times_served); break;
  }
  const std::string unit = tr(std::string(figureLabelKey(f)) + ".unit");
  return unit.empty() ? number : number + " " + unit;
}

const char* figureLabelKey(DashFigure f) {
  constexpr const char* kKeys[] = {"dash.projects_claimed", "dash.funds", "dash.problems_solved", "dash.person_times"};
  return kKeys[static_cast<int>(f)];
}

const char* figureAxisKey(DashFigure f) {
  constexpr const char* kKeys[] = {"dash.col.projects", "dash.col.funds", "dash.col.problems", "dash.col.person_times"};
  return kKeys[static_cast<int>(f)];
}

bool figureIsCount(DashFigure f) { return f != DashFigure::funds; }

ImU32 chartInk() { return ImGui::GetColorU32(theme::kMuted); }
ImU32 chartGrid() { return ImGui::GetColorU32(withAlpha(theme::kMuted, 0.22f)); }
ImU32 chartData() { return ImGui::GetColorU32(theme::kBrand); }
ImU32 chartHover() { return ImGui::GetColorU32(theme::kBrandDark); }
ImU32 chartDataFill() { return ImGui::GetColorU32(withAlpha(theme::kBrand, 0.10f)); }

void chartTooltip(const std::string& heading, DashFigure f, const report::CountedFigures& c) {
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(heading.c_str());
  ImGui::Text(tr("dash.chart.value"), tr(figureLabelKey(f)), figureText(c, f).c_str());
  ImGui::EndTooltip();
}

ChartFrame beginChartFrame(ScreenContext& ctx, const char* widgetName, ImVec2 size, const char* titleKey,
                           const char* verticalAxisKey, const char* horizontalAxisKey) {
  ChartFrame f;
  f.min = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(("##" + std::string(widgetName)).c_str(), size);
  ctx.widgets.markLastItem(widgetName);
  f.max = ImVec2(f.min.x + size.x, f.min.y + size.y);
  f.hovered = ImGui::IsItemHovered();
  f.mouse = ImGui::GetIO().MousePos;
  f.draw = ImGui::GetWindowDrawList();
  f.line = ImGui::GetTextLineHeight();
  f.draw->AddRectFilled(f.min, f.max, ImGui::GetColorU32(theme::kCardBg), ImGui::GetStyle().ChildRounding);
  f.draw->AddRect(f.min, f.max, ImGui::GetColorU32(ImGuiCol_Border), ImGui::GetStyle().ChildRounding);
  f.draw->PushClipRect(f.min, f.max, true);
  const float x = f.min.x + f.pad;
  f.draw->AddText(ImVec2(x, f.min.y + f.pad), ImGui::GetColorU32(ImGuiCol_Text), tr(titleKey));
  const float axisRow = f.min.y + f.pad + f.line + 6;
  f.draw->AddText(ImVec2(x, axisRow), chartInk(), tr(verticalAxisKey));
  f.plotTop = axisRow + f.line + 8;
  const float bottomTitle = f.max.y - f.pad - f.line;
  chartTextCentred(f, (f.min.x + f.max.x) / 2, bottomTitle, chartInk(), tr(horizontalAxisKey));
  f.plotBottom = bottomTitle - 6 - f.line - 4;
  f.draw->PopClipRect();
  return f;
}

void chartTextCentred(const ChartFrame& frame, float x, float y, ImU32 colour, const std::string& text) {
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  const float left = std::clamp(x - w / 2, frame.min.x + 2, std::max(frame.min.x + 2, frame.max.x - 2 - w));
  frame.draw->AddText(ImVec2(left, y), colour, text.c_str());
}

void dashHeading(const char* key) {
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(tr(key));
  ImGui::PopFont();
}

float dashTableHeight(std::size_t rows, std::size_t maxRows) {
  const float row = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
  return row * static_cast<float>(std::min(rows, maxRows) + 1) + 4;
}

void drawDashCharts(ScreenContext& ctx) {
  ChartsState& st = chartsState();
  dashHeading("dash.charts");
  // The chooser: one radio button per figure, the table toggle after them.
  constexpr DashFigure kFigures[] = {DashFigure::projects_claimed, DashFigure::funds, DashFigure::problems_solved,
                                     DashFigure::person_times};
  constexpr const char* kNames[] = {"projects_claimed", "funds", "problems_solved", "person_times"};
  for (int i = 0; i < 4; ++i) {
    if (i > 0) ImGui::SameLine(0, 18);
    if (ImGui::RadioButton(tr(figureLabelKey(kFigures[i])), st.figure == kFigures[i])) st.figure = kFigures[i];
    ctx.widgets.markLastItem(std::string("dash.figure.") + kNames[i]);
  }
  ImGui::SameLine(0, 32);
  ImGui::Checkbox(tr("dash.chart.show_table"), &st.showTable);
  ctx.widgets.markLastItem("dash.chart.show_table");

  // Side by side from about 900 px of content (1280 px windows and up), stacked below that.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const bool sideBySide = avail >= 900;
  const float width = sideBySide ? (avail - gap) / 2 : avail;
  const float height = std::clamp(width * 0.42f, 250.0f, 320.0f);
  drawCommunityBars(ctx, st.figure, ImVec2(width, height));
  if (sideBySide) ImGui::SameLine(0, gap);
  drawQuarterLine(ctx, st.figure, ImVec2(width, height));
  if (st.showTable) {
    ImGui::Spacing();
    drawCommunityTable(ctx);
  }
}

}  // namespace gj::ui
