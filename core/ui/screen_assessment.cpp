// Placeholder until its screen lands (issue 8).
#include <imgui.h>

#include "ui/screen_states.h"
#include "ui/strings.h"

namespace gj::ui {

void drawAssessment(ScreenContext& ctx) {
  screenHeader(ctx, Screen::assessment);
  ImGui::TextWrapped("%s", tr("empty.coming"));
}

Json assessmentState() { return Json::object(); }

}  // namespace gj::ui
