// Settings: language, operator name and where the data is stored. Mode, categories and weights come later.
#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/screens.h"
#include "ui/quarantine_panel.h"
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
  ImGui::TextUnformatted(tr("settings.storage"));
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

void drawSettings(ScreenContext& ctx) {
  screenHeader(ctx, Screen::settings);

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

  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  drawStorage(ctx);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  drawDataTransfer(ctx);

  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::Text("%s: %s (%s)", tr("settings.version"), GONGJIAN_VERSION, ctx.platform.c_str());
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
