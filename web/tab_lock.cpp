// Tab coordination: the C++ half of tab_lock.js.
#include "tab_lock.h"

#include <utility>

#include <emscripten.h>

namespace gj::web {

namespace {
TabRole gRole = TabRole::deciding;
std::function<void(TabRole)> gOnChange;

EM_JS(void, js_tabs_start, (), { Module.gongjianTabs.start(); });
}  // namespace

const char* tabRoleId(TabRole role) {
  switch (role) {
    case TabRole::deciding: return "deciding";
    case TabRole::editor: return "editor";
    case TabRole::readOnly: return "read_only";
    case TabRole::superseded: return "superseded";
  }
  return "deciding";
}

void startTabCoordination(std::function<void(TabRole)> onChange) {
  gOnChange = std::move(onChange);
  js_tabs_start();
}

TabRole tabRole() { return gRole; }

}  // namespace gj::web

extern "C" EMSCRIPTEN_KEEPALIVE void gongjian_tab_role(int role) {
  if (role < 0 || role > 3) return;
  gj::web::gRole = static_cast<gj::web::TabRole>(role);
  if (gj::web::gOnChange) gj::web::gOnChange(gj::web::gRole);
}
