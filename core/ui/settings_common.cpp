// Pieces the Settings sections share: the screen's state, storing a settings document as one user action,
// the refusal and confirmation lines, and text fields over std::string.
#include <imgui.h>

#include "io/workspace.h"
#include "ui/form_widgets.h"
#include "ui/settings_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

SettingsUi& settingsUi() {
  static SettingsUi ui;
  return ui;
}

void settingsRefused(SettingsUi& ui, const std::string& field, const std::string& key, const std::string& text) {
  ui.refusalField = field;
  ui.refusalKey = key;
  ui.refusalText = text;
  ui.savedKey.clear();
}

void settingsStored(SettingsUi& ui, const char* savedKey) {
  ui.refusalField.clear();
  ui.refusalKey.clear();
  ui.refusalText.clear();
  ui.savedKey = savedKey;
}

bool storeSettingDocument(ScreenContext& ctx, const char* key, const std::string& jsonText, const char* savedKey) {
  SettingsUi& ui = settingsUi();
  io::Workspace* ws = ctx.workspace;
  if (!ws || !ws->loaded() || ws->readOnly()) {
    settingsRefused(ui, "", "settings.err.read_only", tr("settings.err.read_only"));
    return false;
  }
  io::Action action;
  action.putSetting(key, jsonText);
  if (!ws->perform(std::move(action))) {
    settingsRefused(ui, "", "settings.err.read_only", tr("settings.err.read_only"));
    return false;
  }
  settingsStored(ui, savedKey);
  return true;
}

bool inputString(ScreenContext& ctx, const char* id, const char* hint, std::string* value, float width,
                 const char* widgetName) {
  ImGui::SetNextItemWidth(width);
  const bool changed = ImGui::InputTextWithHint(id, hint, value->data(), value->capacity() + 1,
                                                ImGuiInputTextFlags_CallbackResize, resizeStringCallback, value);
  ctx.widgets.markLastItem(widgetName);
  return changed;
}

bool inputMultiline(ScreenContext& ctx, const char* id, std::string* value, float width, float height,
                    const char* widgetName) {
  const bool changed = ImGui::InputTextMultiline(id, value->data(), value->capacity() + 1, ImVec2(width, height),
                                                 ImGuiInputTextFlags_CallbackResize, resizeStringCallback, value);
  ctx.widgets.markLastItem(widgetName);
  return changed;
}

void savedLine(const SettingsUi& ui, const char* key) {
  if (ui.savedKey != key) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr(key));
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
