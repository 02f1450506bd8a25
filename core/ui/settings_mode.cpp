// Settings › who is using the program: street office, community worker (which community) or unit liaison
// (which unit). Applied with its button: the navigation, the default filters and "settings/ui" follow.
#include <imgui.h>

#include "ui/form_widgets.h"
#include "ui/settings_screen.h"
#include "ui/strings.h"
#include "ui/user_mode.h"

namespace gj::ui {

namespace {

constexpr const char* kModeKeys[] = {"settings.mode.street_office", "settings.mode.community_worker",
                                     "settings.mode.unit_liaison"};

std::string actingForName(const ScreenContext& ctx, UserMode mode, const std::string& id) {
  if (mode == UserMode::community_worker) return communityName(ctx, id);
  const Unit* u = ctx.data().find<Unit>(id);
  return u ? u->name : id;
}

// The community or unit the chosen mode acts for.
void actingForCombo(ScreenContext& ctx, SettingsUi& ui) {
  const bool community = ui.mode == UserMode::community_worker;
  formLabel(community ? "settings.mode.community" : "settings.mode.unit");
  const std::string shown = ui.actingFor.empty() ? tr("settings.mode.choose") : actingForName(ctx, ui.mode, ui.actingFor);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22);
  if (ImGui::BeginCombo("##settings.mode.acting_for", shown.c_str(), ImGuiComboFlags_HeightLarge)) {
    auto choice = [&](const std::string& id, const std::string& name) {
      if (ImGui::Selectable(name.c_str(), ui.actingFor == id)) {
        ui.actingFor = id;
        ui.modeErrors.clear();
      }
      ctx.widgets.markLastItem("settings.mode.acting_for." + id);
    };
    if (community)
      for (const auto& [id, c] : ctx.data().communities()) choice(id, c.name);
    else
      for (const auto& [id, u] : ctx.data().units()) choice(id, u.name);
    ImGui::EndCombo();
  }
  ctx.widgets.markLastItem("settings.mode.acting_for");
  formError(ui.modeErrors, "acting_for");
}

void applyChosenMode(ScreenContext& ctx, SettingsUi& ui) {
  ui.modeErrors.clear();
  const std::string problem = actingForProblem(ctx.data(), ui.mode, ui.actingFor);
  if (!problem.empty()) {
    ui.modeErrors["acting_for"] = tr(problem);
    settingsRefused(ui, "acting_for", problem, tr(problem));
    return;
  }
  applyUserMode(ctx, ui.mode, ui.actingFor);
  // Applied for this session either way; said plainly when it could not be stored.
  if (!ctx.workspace || !ctx.workspace->loaded() || ctx.workspace->readOnly())
    return settingsRefused(ui, "", "settings.err.read_only", tr("settings.err.read_only"));
  ctx.saveSettings();
  settingsStored(ui, "settings.mode.applied");
}

}  // namespace

void drawModeSection(ScreenContext& ctx) {
  SettingsUi& ui = settingsUi();
  if (!ui.modeChosen) {
    ui.mode = ctx.mode;
    ui.actingFor = ctx.actingFor;
    ui.modeChosen = true;
  }
  mutedText(tr("settings.mode.about"));
  std::string current = tr(kModeKeys[static_cast<int>(ctx.mode)]);
  if (!ctx.actingFor.empty()) current += " · " + actingForName(ctx, ctx.mode, ctx.actingFor);
  ImGui::Text("%s: %s", tr("settings.mode.current"), current.c_str());
  ctx.widgets.markLastItem("settings.mode.current");

  formLabel("settings.mode.choice");
  for (int i = 0; i < 3; ++i) {
    const auto mode = static_cast<UserMode>(i);
    if (i > 0) ImGui::SameLine();
    if (ImGui::RadioButton(tr(kModeKeys[i]), ui.mode == mode) && ui.mode != mode) {
      ui.mode = mode;
      ui.actingFor.clear();  // a community is not a unit
      ui.modeErrors.clear();
    }
    ctx.widgets.markLastItem(std::string("settings.mode.") + userModeId(mode));
  }
  if (ui.mode != UserMode::street_office) actingForCombo(ctx, ui);

  ImGui::Spacing();
  if (ImGui::Button(tr("settings.mode.apply"))) applyChosenMode(ctx, ui);
  ctx.widgets.markLastItem("settings.mode.apply");
  savedLine(ui, "settings.mode.applied");
}

}  // namespace gj::ui
