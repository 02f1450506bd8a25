// Dashboard 概览: the article's headline figures, computed from the records.
#include <imgui.h>

#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

void drawDashboard(ScreenContext& ctx) {
  screenHeader(ctx, Screen::dashboard);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr("dash.no_data"));
  ImGui::PopStyleColor();
}

}  // namespace gj::ui
