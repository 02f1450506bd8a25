// The Dashboard 概览 is several files: the headline cards and tables (screen_dashboard.cpp), the charts
// (dash_charts.cpp: the figure chooser and shared drawing; dash_bars.cpp: per community; dash_line.cpp: per
// quarter), stale claims (dash_stale.cpp) and this week's activities (dash_week.cpp). This is what they share.
#pragma once
#include <string>

#include <imgui.h>

#include "report/dashboard.h"
#include "ui/dash_scale.h"
#include "ui/screens.h"

namespace gj::ui {

// The figure the charts show, chosen above them.
enum class DashFigure { projects_claimed, funds, problems_solved, person_times };

// One figure of a breakdown row: value in the axis unit (funds in 万元), and the exact text with its unit.
double figureValue(const report::CountedFigures& c, DashFigure f);
std::string figureText(const report::CountedFigures& c, DashFigure f);
const char* figureLabelKey(DashFigure f);  // the figure's name ("dash.funds")
const char* figureAxisKey(DashFigure f);   // the value axis title, with its unit ("dash.col.funds")
bool figureIsCount(DashFigure f);          // whole numbers: no fractional ticks

// Chart colours, from the theme.
ImU32 chartInk();       // axis lines and labels
ImU32 chartGrid();      // light grid lines
ImU32 chartData();      // bars and the line
ImU32 chartHover();     // the bar or point under the mouse
ImU32 chartDataFill();  // the area under the line

// A tooltip of two lines: a heading (community, quarter) and "figure: value".
void chartTooltip(const std::string& heading, DashFigure f, const report::CountedFigures& c);

// A chart's card at the cursor: an invisible button of `size` registered as widgetName, its background,
// title, the vertical axis title (top left, above the plot) and the horizontal one (bottom centre). The plot
// goes between plotTop and plotBottom, which leaves a line for the horizontal tick labels.
struct ChartFrame {
  ImDrawList* draw = nullptr;
  ImVec2 min, max;  // the card
  float pad = 12;
  float line = 0;   // text line height
  float plotTop = 0, plotBottom = 0;
  bool hovered = false;
  ImVec2 mouse;
};
ChartFrame beginChartFrame(ScreenContext& ctx, const char* widgetName, ImVec2 size, const char* titleKey,
                           const char* verticalAxisKey, const char* horizontalAxisKey);
// Text centred on x at y (top); clipped to the card.
void chartTextCentred(const ChartFrame& frame, float x, float y, ImU32 colour, const std::string& text);

// Each chart fills a rectangle of `size` at the cursor, registered under its widget name.
void drawCommunityBars(ScreenContext& ctx, DashFigure f, ImVec2 size);  // "dash.chart.community"
void drawQuarterLine(ScreenContext& ctx, DashFigure f, ImVec2 size);    // "dash.chart.quarter"

// The whole charts section: the figure chooser, both charts side by side (stacked when narrow), and the
// per-community table behind a toggle.
void drawDashCharts(ScreenContext& ctx);
void drawCommunityTable(ScreenContext& ctx);  // screen_dashboard.cpp

// Below the charts.
void drawStaleClaims(ScreenContext& ctx);     // dash_stale.cpp
void drawWeekActivities(ScreenContext& ctx);  // dash_week.cpp

// A section heading in the heading font.
void dashHeading(const char* key);
// Height of a scrolling table showing up to maxRows rows below its header.
float dashTableHeight(std::size_t rows, std::size_t maxRows);

}  // namespace gj::ui
