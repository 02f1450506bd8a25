// Placeholder until its screen lands (issue 8).
#include <imgui.h>

#include "ui/screen_states.h"
#include "ui/strings.h"

namespace gj::ui {

void drawMeetings(ScreenContext& ctx) {
  screenHeader(ctx, Screen::meetings);
  ImGui::TextWrapped("%s", tr("empty.coming"));
}

Json meetingsState() { return Json::object(); }

}  // namespace gj::ui
