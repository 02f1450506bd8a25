// Placeholder until its screen lands (issue 8).
#include <imgui.h>

#include "ui/screen_states.h"
#include "ui/strings.h"

namespace gj::ui {

void drawActivities(ScreenContext& ctx) {
  screenHeader(ctx, Screen::activities);
  ImGui::TextWrapped("%s", tr("empty.coming"));
}

Json activitiesState() { return Json::object(); }

}  // namespace gj::ui
