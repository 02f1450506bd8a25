// At load: the categories and weights edited in Settings laid over the assets, and the saved user mode.
#include "match/overrides.h"
#include "ui/settings_screen.h"
#include "ui/user_mode.h"

namespace gj::ui {

void applyStoredOverrides(ScreenContext& ctx) {
  SettingsUi& ui = settingsUi();
  ui.assetWeights = ctx.matchingWeights;  // still the assets' values: this runs once, before any edit
  ui.weightsLoaded = false;
  ui.overrideProblem.clear();
  const io::Workspace& ws = *ctx.workspace;
  std::string error;
  match::Taxonomy taxonomy;
  if (match::applyCategoryOverride(ws.setting(match::kCategoriesSettingKey), ctx.taxonomy, &taxonomy, &error))
    ctx.taxonomy = std::move(taxonomy);
  else
    ui.overrideProblem = error;
  match::MatchingWeights weights;
  if (match::applyWeightsOverride(ws.setting(match::kWeightsSettingKey), ctx.matchingWeights, &weights, &error))
    ctx.matchingWeights = std::move(weights);
  else
    ui.overrideProblem += (ui.overrideProblem.empty() ? "" : "; ") + error;
}

void applySavedMode(ScreenContext& ctx, const Json& saved) {
  UserMode mode;
  auto it = saved.find("mode");
  if (it == saved.end() || !it->is_string() || !parseUserMode(it->get<std::string>(), &mode)) return;
  std::string actingFor;
  if (auto a = saved.find("acting_for"); a != saved.end() && a->is_string()) actingFor = a->get<std::string>();
  // A community or unit no longer in the data: the program opens as the street office rather than filtered
  // on nothing.
  if (!actingForProblem(ctx.data(), mode, actingFor).empty()) return;
  applyUserMode(ctx, mode, actingFor);
}

}  // namespace gj::ui
