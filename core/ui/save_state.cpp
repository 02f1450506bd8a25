// The save state in the top bar, and the one place the UI preferences are written ("settings/ui": operator,
// language, user mode and whom it acts for).
#include "ui/save_state.h"

#include <imgui.h>

#include "ui/quarantine_panel.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/user_mode.h"

namespace gj::ui {

void ScreenContext::saveSettings() {
  if (!workspace || !workspace->loaded() || workspace->readOnly()) return;
  Json ui = Json::parse(workspace->setting(kUiSettingsKey), nullptr, false);
  if (!ui.is_object()) ui = Json::object();
  ui.erase("_rev");
  Json next = ui;
  next["operator"] = operatorName;
  next["lang"] = langCode(strings().lang());
  next["mode"] = userModeId(mode);
  next["acting_for"] = actingFor;
  if (next == ui) return;  // nothing changed: no write
  io::Action action;
  action.putSetting(kUiSettingsKey, next.dump());
  workspace->perform(std::move(action));
}

namespace {
const char* stateKey(const io::Workspace& ws) {
  if (ws.readOnly()) return "save.read_only";
  switch (ws.state()) {
    case io::SaveState::loading: return "save.loading";
    case io::SaveState::loadFailed: return "save.load_failed";
    case io::SaveState::saved: return "save.saved";
    case io::SaveState::saving: return "save.saving";
    case io::SaveState::unsaved: return "save.unsaved";
  }
  return "save.loading";
}
}  // namespace

void drawSaveState(ScreenContext& ctx, float rightX) {
  if (!ctx.workspace) return;
  io::Workspace& ws = *ctx.workspace;
  const bool failed = ws.state() == io::SaveState::unsaved;
  const char* text = tr(stateKey(ws));
  const char* retry = tr("save.retry");
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = ImGui::CalcTextSize(text).x;
  if (failed) width += style.ItemSpacing.x + ImGui::CalcTextSize(retry).x + style.FramePadding.x * 2;
  // Damaged documents kept aside at load: said on every screen, listed in Settings.
  const std::string aside = quarantineCount(ctx);
  if (!aside.empty()) width += style.ItemSpacing.x + ImGui::CalcTextSize(aside.c_str()).x;
  ImGui::SameLine(rightX - width);
  if (!aside.empty()) {
    if (ImGui::Selectable(aside.c_str(), false, 0, ImGui::CalcTextSize(aside.c_str()))) ctx.screen = Screen::settings;
    ctx.widgets.markLastItem("topbar.quarantine");
    ImGui::SameLine();
  }
  ImGui::TextUnformatted(text);
  ctx.widgets.markLastItem("topbar.save");
  if (failed && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ws.error().c_str());
  if (failed) {
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 3);
    pushBrandButtons();  // the top bar's white text needs the dark brand colour behind it
    if (ImGui::SmallButton(retry)) ws.retry();
    popBrandButtons();
    ctx.widgets.markLastItem("topbar.save.retry");
  }
}

}  // namespace gj::ui
