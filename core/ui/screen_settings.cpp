// Settings: language and operator name now; mode, categories, weights and storage come later.
#include <imgui.h>

#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {
// ImGui edits a fixed buffer; keep one per field across frames.
char gOperatorBuffer[64] = "";
}  // namespace

void drawSettings(ScreenContext& ctx) {
  screenHeader(ctx, Screen::settings);

  ImGui::TextUnformatted(tr("settings.language"));
  Lang current = strings().lang();
  if (ImGui::RadioButton(tr("lang.zh"), current == Lang::zh)) strings().setLang(Lang::zh);
  ctx.widgets.markLastItem("settings.lang.zh");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr("lang.en"), current == Lang::en)) strings().setLang(Lang::en);
  ctx.widgets.markLastItem("settings.lang.en");

  ImGui::Spacing();
  ImGui::TextUnformatted(tr("settings.operator"));
  ImGui::SetNextItemWidth(280);
  if (ImGui::InputTextWithHint("##operator", tr("settings.operator.hint"), gOperatorBuffer, sizeof gOperatorBuffer))
    ctx.operatorName = gOperatorBuffer;
  ctx.widgets.markLastItem("settings.operator");

  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::Text("%s: %s (%s)", tr("settings.version"), GONGJIAN_VERSION, ctx.platform.c_str());
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
