// Each screen's state for tests (App::stateJson, window.gongjian.state() on the web): what is selected, shown
// and being edited, so a browser test can check the screen without reading pixels.
#pragma once
#include "domain/json_fields.h"
#include "ui/screens.h"

namespace gj::ui {

Json volunteersState();
Json activitiesState();
Json meetingsState();
Json assessmentState();
Json settingsState(const ScreenContext& ctx);
Json kioskState();

}  // namespace gj::ui
