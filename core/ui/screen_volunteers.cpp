// Placeholder until its screen lands (issue 8).
#include <imgui.h>

#include "ui/screen_states.h"
#include "ui/strings.h"

namespace gj::ui {

void drawVolunteers(ScreenContext& ctx) {
  screenHeader(ctx, Screen::volunteers);
  ImGui::TextWrapped("%s", tr("empty.coming"));
}

Json volunteersState() { return Json::object(); }

}  // namespace gj::ui
