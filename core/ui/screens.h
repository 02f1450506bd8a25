// The product's areas, one file per area (screen_<name>.cpp), drawn into the main content region.
#pragma once
#include <string>
#include <string_view>

#include <cstdint>
#include <functional>

#include "domain/dataset.h"
#include "io/workspace.h"
#include "match/plan_weights.h"
#include "match/taxonomy.h"
#include "ui/platform_files.h"
#include "report/dashboard.h"
#include "ui/widget_registry.h"

namespace gj::ui {

enum class Screen {
  dashboard, needs, resources, units, matching, projects, volunteers, activities, meetings, assessment, settings
};
inline constexpr int kScreenCount = 11;

const char* screenId(Screen screen);        // "dashboard", ... (stable, used by tests and saved state)
const char* screenLabelKey(Screen screen);  // string-table key of the navigation label
bool parseScreen(std::string_view id, Screen* out);

// Who is using the program (Settings): it decides the screens offered and the default filters. Not access
// control — one machine, one trusted office — but it keeps each user's work in front of them.
enum class UserMode { street_office, community_worker, unit_liaison };

// The platform document holding the UI preferences: {"operator": "...", "lang": "zh"}.
inline constexpr const char* kUiSettingsKey = "settings/ui";

// What the platform knows about its storage, for Settings ("" / -1 when it cannot tell).
struct StorageStatus {
  std::string location;   // a folder, or "IndexedDB"
  int persisted = -1;     // browser: persistent storage granted (1) or not (0)
  double usedBytes = -1;  // space used and available, when the platform can tell
  double quotaBytes = -1;
  std::string note;       // e.g. "another tab is editing"
};

// What every screen may read and change. Changes go through workspace->perform (one user action each).
struct ScreenContext {
  Screen screen = Screen::dashboard;
  std::string operatorName;
  std::string platform;
  WidgetRegistry widgets;
  io::Workspace* workspace = nullptr;  // set before the first frame
  std::function<StorageStatus()> storageStatus;
  match::Taxonomy taxonomy;            // the need categories (assets/categories.json)
  match::MatchingWeights matchingWeights;  // the plans' score weights (assets/matching_weights.json)
  PlatformFiles files;                 // import and export, as the platform offers them
  report::DashboardFigures dashboard;  // computed when the dataset changes, not per frame
  std::string dataError;               // why the data could not be loaded ("" when fine)
  UserMode mode = UserMode::street_office;
  std::string actingFor;               // community id (community worker) or unit id (unit liaison); "" = all
  bool kiosk = false;                  // the public display: only the kiosk is drawn until left with the PIN

  const Dataset& data() const { return workspace->dataset(); }
  // Stores the UI preferences (operator name, language) as the "settings/ui" document.
  void saveSettings();
};

void drawDashboard(ScreenContext& ctx);
void drawNeeds(ScreenContext& ctx);
void drawResources(ScreenContext& ctx);
void drawUnits(ScreenContext& ctx);
void drawMatching(ScreenContext& ctx);
void drawProjects(ScreenContext& ctx);
void drawVolunteers(ScreenContext& ctx);
void drawActivities(ScreenContext& ctx);
void drawMeetings(ScreenContext& ctx);
void drawAssessment(ScreenContext& ctx);
void drawSettings(ScreenContext& ctx);
void drawKiosk(ScreenContext& ctx);  // the whole window, in kiosk mode
// Whether the navigation offers `screen` in the current mode (Settings is always offered).
bool screenOffered(const ScreenContext& ctx, Screen screen);
void drawDataTransfer(ScreenContext& ctx);  // import and export, inside Settings
Json dataTransferState();                   // the import preview, for tests (App::stateJson)

// Shared pieces of a screen: its title and one-line description.
void screenHeader(ScreenContext& ctx, Screen screen);
// A category's label in the current language ("" stays "", an unknown id shows as itself).
std::string categoryLabel(const ScreenContext& ctx, const std::string& id);
std::string communityName(const ScreenContext& ctx, const std::string& id);

}  // namespace gj::ui
