// The product's areas, one file per area (screen_<name>.cpp), drawn into the main content region.
#pragma once
#include <string>

#include "domain/dataset.h"
#include "report/dashboard.h"
#include "ui/widget_registry.h"

namespace gj::ui {

enum class Screen { dashboard, needs, resources, units, matching, projects, volunteers, meetings, assessment, settings };
inline constexpr int kScreenCount = 10;

const char* screenId(Screen screen);        // "dashboard", ... (stable, used by tests and saved state)
const char* screenLabelKey(Screen screen);  // string-table key of the navigation label

// What every screen may read and change.
struct ScreenContext {
  Screen screen = Screen::dashboard;
  std::string operatorName;
  std::string platform;
  WidgetRegistry widgets;
  Dataset dataset;
  report::DashboardFigures dashboard;  // computed when the dataset changes, not per frame
  std::string dataError;               // why the data could not be loaded ("" when fine)
};

void drawDashboard(ScreenContext& ctx);
void drawNeeds(ScreenContext& ctx);
void drawResources(ScreenContext& ctx);
void drawUnits(ScreenContext& ctx);
void drawMatching(ScreenContext& ctx);
void drawProjects(ScreenContext& ctx);
void drawVolunteers(ScreenContext& ctx);
void drawMeetings(ScreenContext& ctx);
void drawAssessment(ScreenContext& ctx);
void drawSettings(ScreenContext& ctx);

// Shared pieces of a screen: its title and one-line description.
void screenHeader(ScreenContext& ctx, Screen screen);

}  // namespace gj::ui
