// Areas whose workflow arrives with a later issue. Each introduces itself until it moves to its own
// screen_<name>.cpp file.
#include <imgui.h>

#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {
void drawUpcoming(ScreenContext& ctx, Screen screen) {
  screenHeader(ctx, screen);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
  ImGui::TextWrapped("%s", tr("empty.coming"));
  ImGui::PopStyleColor();
}
}  // namespace

void drawVolunteers(ScreenContext& ctx) { drawUpcoming(ctx, Screen::volunteers); }
void drawMeetings(ScreenContext& ctx) { drawUpcoming(ctx, Screen::meetings); }
void drawAssessment(ScreenContext& ctx) { drawUpcoming(ctx, Screen::assessment); }

}  // namespace gj::ui
