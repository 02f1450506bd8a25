// The kiosk's store in the browser; see kiosk_store.h.
#include "kiosk_store.h"

#include <cstdlib>
#include <string>

#include <emscripten.h>

#include "ui/kiosk_store.h"

extern "C" void gongjian_tab_role(int role);  // tab_lock.cpp

namespace gj::web {
namespace {

EM_JS(int, js_kiosk_page, (), { return Module.gongjianKiosk.kiosk ? 1 : 0; });
EM_JS(char*, js_kiosk_get, (const char* key), {
  return allocateUTF8(Module.gongjianKiosk.get(UTF8ToString(key)));
});
EM_JS(void, js_kiosk_put, (const char* key, const char* text), {
  Module.gongjianKiosk.put(UTF8ToString(key), UTF8ToString(text));
});
EM_JS(void, js_kiosk_leave, (), { Module.gongjianKiosk.leave(); });
EM_JS(double, js_kiosk_param, (const char* name), { return Module.gongjianKiosk.param(UTF8ToString(name)); });

}  // namespace

bool pageKiosk() { return js_kiosk_page() != 0; }

void installKioskStore() {
  ui::setKioskStore(ui::KioskStore{
      .read =
          [](const std::string& key) {
            char* text = js_kiosk_get(key.c_str());
            std::string out = text ? text : "";
            std::free(text);
            return out;
          },
      .write =
          [](const std::string& key, const std::string& text) {
            js_kiosk_put(key.c_str(), text.c_str());
            return true;
          },
      // The office app starts from the address without ?kiosk=1 (and takes the tab lock as usual).
      .leave = [] { js_kiosk_leave(); }});
  ui::KioskTimings timings;
  if (double s = js_kiosk_param("kioskRotate"); s > 0) timings.rotateSeconds = s;
  if (double s = js_kiosk_param("kioskIdle"); s > 0) timings.idleSeconds = s;
  ui::setKioskTimings(timings);
}

void becomeKioskTab() { gongjian_tab_role(2); }  // TabRole::readOnly

}  // namespace gj::web
