// Settings 设置: one collapsing section per concern, so the screen stays readable — general (language,
// operator), who is using the program (settings_mode.cpp), need categories (settings_categories.cpp),
// matching weights (settings_weights.cpp), storage with the documents kept aside, and data import/export.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/screens.h"
#include "ui/kiosk_store.h"
#include "ui/quarantine_panel.h"
#include "ui/settings_screen.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {
// ImGui edits a fixed buffer; it follows ctx.operatorName when that changes elsewhere (loaded settings).
char gOperatorBuffer[64] = "";
std::string gOperatorShown;

std::string megabytes(double bytes) {
  char text[32];
  const double mb = bytes / (1024.0 * 1024.0);
  if (mb >= 1024)
    std::snprintf(text, sizeof text, "%.1f GB", mb / 1024.0);
  else
    std::snprintf(text, sizeof text, "%.1f MB", mb);
  return text;
}

void drawStorage(ScreenContext& ctx) {
  if (!ctx.storageStatus) {
    ImGui::TextWrapped("%s", tr("settings.storage.memory"));
    return;
  }
  StorageStatus s = ctx.storageStatus();
  if (!s.location.empty()) ImGui::Text("%s: %s", tr("settings.storage.location"), s.location.c_str());
  if (s.persisted >= 0)
    ImGui::Text("%s: %s", tr("settings.storage.persisted"),
                tr(s.persisted ? "settings.storage.persisted.yes" : "settings.storage.persisted.no"));
  if (s.usedBytes >= 0) {
    std::string used = megabytes(s.usedBytes);
    if (s.quotaBytes > 0) used += " / " + megabytes(s.quotaBytes);
    ImGui::Text("%s: %s", tr("settings.storage.used"), used.c_str());
  }
  if (!s.note.empty()) ImGui::TextWrapped("%s", s.note.c_str());
  ctx.widgets.markLastItem("settings.storage");
  drawQuarantine(ctx);
}
}  // namespace

namespace {

void drawGeneral(ScreenContext& ctx) {
  ImGui::TextUnformatted(tr("settings.language"));
  Lang current = strings().lang();
  if (ImGui::RadioButton(tr("lang.zh"), current == Lang::zh)) {
    strings().setLang(Lang::zh);
    ctx.saveSettings();
  }
  ctx.widgets.markLastItem("settings.lang.zh");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr("lang.en"), current == Lang::en)) {
    strings().setLang(Lang::en);
    ctx.saveSettings();
  }
  ctx.widgets.markLastItem("settings.lang.en");

  ImGui::Spacing();
  ImGui::TextUnformatted(tr("settings.operator"));
  ImGui::SetNextItemWidth(280);
  if (ctx.operatorName != gOperatorShown) {
    std::snprintf(gOperatorBuffer, sizeof gOperatorBuffer, "%s", ctx.operatorName.c_str());
    gOperatorShown = ctx.operatorName;
  }
  if (ImGui::InputTextWithHint("##operator", tr("settings.operator.hint"), gOperatorBuffer, sizeof gOperatorBuffer))
    gOperatorShown = ctx.operatorName = gOperatorBuffer;
  // One stored change per finished edit, not one per keystroke.
  if (ImGui::IsItemDeactivatedAfterEdit()) ctx.saveSettings();
  ctx.widgets.markLastItem("settings.operator");
}

// A collapsing section with a test name; its body is drawn indented when open.
bool section(ScreenContext& ctx, const char* titleKey, const char* name, bool open = false) {
  ImGui::Spacing();
  const bool shown = ImGui::CollapsingHeader((std::string(tr(titleKey)) + "###" + name).c_str(),
                                             open ? ImGuiTreeNodeFlags_DefaultOpen : 0);
  ctx.widgets.markLastItem(std::string("settings.section.") + name);
  return shown;
}

}  // namespace

void drawSettings(ScreenContext& ctx) {
  screenHeader(ctx, Screen::settings);
  if (const std::string& problem = settingsUi().overrideProblem; !problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s %s", tr("settings.override_problem"), problem.c_str());
    ImGui::PopStyleColor();
  }

  // A change the workspace refused to store (read-only), whichever section made it.
  if (settingsUi().refusalKey == "settings.err.read_only") {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::TextWrapped("%s", settingsUi().refusalText.c_str());
    ImGui::PopStyleColor();
  }

  if (section(ctx, "settings.section.general", "general", true)) drawGeneral(ctx);
  if (section(ctx, "settings.section.mode", "mode", true)) drawModeSection(ctx);
  if (section(ctx, "settings.section.categories", "categories")) drawCategoriesSection(ctx);
  if (section(ctx, "settings.section.weights", "weights")) drawWeightsSection(ctx);
  // Open at first: the top bar's "kept aside" link and the import/export entry points lead here.
  if (section(ctx, "settings.storage", "storage", true)) drawStorage(ctx);
  if (section(ctx, "settings.section.transfer", "transfer", true)) drawDataTransfer(ctx);
  if (section(ctx, "kiosk.pin.section", "kiosk")) drawKioskPinSettings(ctx);  // kiosk_pin_settings.cpp

  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::Text("%s: %s (%s)", tr("settings.version"), GONGJIAN_VERSION, ctx.platform.c_str());
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
