// The user modes: which screens each is offered, applying a mode, and the Settings state for tests.
//
// Who does what (DESIGN.md, the article): the street office (街道) runs everything. A community worker
// (社区工作者) collects and classifies needs, matches them with the paired units, follows projects and
// volunteers, reports at the joint meeting and scores departments in the reverse assessment, so every screen
// is offered; what stays street-office work is editing the data every community shares — the categories and
// the matching weights (Settings shows them read-only). A unit liaison (共建单位联络员) works on what the unit
// offers and carries out: the dashboard, projects, resources, volunteers, activities, meetings and Settings.
#include "ui/user_mode.h"

#include "match/overrides.h"
#include "ui/needs_screen.h"
#include "ui/project_screen.h"
#include "ui/screen_states.h"
#include "ui/settings_screen.h"

namespace gj::ui {

namespace {
constexpr const char* kModeIds[] = {"street_office", "community_worker", "unit_liaison"};
}

const char* userModeId(UserMode mode) { return kModeIds[static_cast<int>(mode)]; }

bool parseUserMode(std::string_view id, UserMode* out) {
  for (int i = 0; i < 3; ++i)
    if (id == kModeIds[i]) {
      *out = static_cast<UserMode>(i);
      return true;
    }
  return false;
}

bool screenOffered(const ScreenContext& ctx, Screen screen) {
  switch (ctx.mode) {
    case UserMode::street_office:
    case UserMode::community_worker: return true;
    case UserMode::unit_liaison:
      switch (screen) {
        case Screen::dashboard:
        case Screen::projects:
        case Screen::resources:
        case Screen::volunteers:
        case Screen::activities:
        case Screen::meetings:
        case Screen::settings: return true;
        default: return false;
      }
  }
  return true;
}

bool editsSharedData(const ScreenContext& ctx) { return ctx.mode == UserMode::street_office; }

std::string actingForProblem(const Dataset& ds, UserMode mode, const std::string& actingFor) {
  switch (mode) {
    case UserMode::street_office: return "";
    case UserMode::community_worker:
      if (actingFor.empty()) return "settings.mode.err.community_missing";
      return ds.find<Community>(actingFor) ? "" : "settings.mode.err.community_unknown";
    case UserMode::unit_liaison:
      if (actingFor.empty()) return "settings.mode.err.unit_missing";
      return ds.find<Unit>(actingFor) ? "" : "settings.mode.err.unit_unknown";
  }
  return "";
}

void applyUserMode(ScreenContext& ctx, UserMode mode, const std::string& actingFor) {
  ctx.mode = mode;
  ctx.actingFor = mode == UserMode::street_office ? "" : actingFor;
  // Each user starts from their own rows; the filters stay free to change afterwards.
  const std::string community = mode == UserMode::community_worker ? ctx.actingFor : "";
  needsState().filter.community = community;
  projectsUi().filter.community = community;
  projectsUi().filter.lead = mode == UserMode::unit_liaison ? ctx.actingFor : "";
  if (!screenOffered(ctx, ctx.screen)) ctx.screen = Screen::dashboard;
}

Json settingsState(const ScreenContext& ctx) {
  const SettingsUi& ui = settingsUi();
  Json offered = Json::array();
  for (int i = 0; i < kScreenCount; ++i)
    if (screenOffered(ctx, static_cast<Screen>(i))) offered.push_back(screenId(static_cast<Screen>(i)));
  Json retired = Json::array();
  for (const auto& c : ctx.taxonomy.retired) retired.push_back(c.id);
  Json weights = Json::object();
  for (const auto& f : match::weightFields(ctx.matchingWeights)) weights[std::string(f.section) + "." + f.key] = f.value;
  return Json{{"mode", userModeId(ctx.mode)},
              {"actingFor", ctx.actingFor},
              {"offered", offered},
              {"categories", ctx.taxonomy.categories.size()},
              {"retired", retired},
              {"editingCategory", ui.categoryEditing},
              {"weights", weights},
              {"skillRequired", ctx.matchingWeights.volunteers.skill_required},
              {"overrideProblem", ui.overrideProblem},
              {"refusal", ui.refusalKey},
              {"refusalField", ui.refusalField},
              {"message", ui.refusalText}};
}

}  // namespace gj::ui
