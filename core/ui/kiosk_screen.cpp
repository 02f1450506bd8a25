// Placeholder until the kiosk lands (issue 9): the public display says it is not ready.
#include <imgui.h>

#include "ui/screen_states.h"
#include "ui/strings.h"

namespace gj::ui {

void drawKiosk(ScreenContext&) { ImGui::TextWrapped("%s", tr("empty.coming")); }

Json kioskState() { return Json::object(); }

}  // namespace gj::ui
