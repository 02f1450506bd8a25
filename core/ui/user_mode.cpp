// Placeholder until Settings offers the modes (issue 8): every screen is offered.
#include "ui/screen_states.h"

namespace gj::ui {

bool screenOffered(const ScreenContext&, Screen) { return true; }

Json settingsState(const ScreenContext&) { return Json::object(); }

}  // namespace gj::ui
