// The browser's half of the fallback font (core/ui/fonts.h): ui-fallback.ttf is not part of the first visit
// (not in gongjian.data, not precached); when a character missing from ui.ttf must render, the font is fetched
// once (the service worker keeps it afterwards), written where the core reads it, and the atlas is rebuilt.
#include <string>

#include <emscripten.h>

#include "ui/fonts.h"

namespace {

EM_JS(void, js_fetch_fallback_font, (const char* pathPtr), {
  const path = UTF8ToString(pathPtr);
  const started = performance.now();
  fetch('ui-fallback.ttf')
    .then((r) => { if (!r.ok) throw new Error('HTTP ' + r.status); return r.arrayBuffer(); })
    .then((bytes) => {
      FS.writeFile(path, new Uint8Array(bytes));
      Module.gongjianFallbackFont = { bytes: bytes.byteLength, ms: performance.now() - started };
      Module._gongjian_fallback_font_arrived();
    })
    .catch((e) => { console.warn('the fallback font could not be fetched; rare characters show as ?', e); });
});

// Registered before main() runs, so no platform main has to know about it.
struct Registration {
  Registration() {
    gj::ui::onFallbackFontWanted([](const std::string& path) { js_fetch_fallback_font(path.c_str()); });
  }
} gRegistration;

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void gongjian_fallback_font_arrived() { gj::ui::fallbackFontArrived(); }
