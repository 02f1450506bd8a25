#include "browser_bridge.h"

#include <malloc.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <nlohmann/json.hpp>

#include "file_transfer.h"
#include "tab_lock.h"
#include "ui/app.h"
#include "ui/fonts.h"

namespace gj::web {

namespace {
ui::App* gApp = nullptr;
GLFWwindow* gWindow = nullptr;
std::string gClipboard;
float gCaretX = 0, gCaretY = 0;
bool gReadySignalled = false;
int gDataReadyFrame = -1;             // the frame at which the stored data had been read and the tab lock answered
constexpr int kReadyAfterFrames = 3;  // the font texture is uploaded and the UI drawn by then
gj::web::PickedFile gTestPicked;      // the last file picked through window.gongjian.testPickFile()
bool gTestPickDone = false;
double gFrameStart = 0;                // emscripten_get_now() at beforeFrame
std::vector<double> gFrameMs;          // CPU time of the last main-loop iterations (benchmarks read them)
constexpr std::size_t kFramesKept = 600;
}  // namespace

// [SECTION] JavaScript side

EM_JS(int, js_page_width, (), { return window.innerWidth; });
EM_JS(int, js_page_height, (), { return window.innerHeight; });
// The canvas follows the page. Not glfwSetWindowSize: Emscripten 3.1.6's GLFW takes a size equal to the
// screen's as a request for fullscreen (refused without a user gesture), so a maximised or kiosk browser kept
// the first size, stretched. Browser.setCanvasSize tells GLFW's resize listener, which updates the window.
EM_JS(void, js_fit_canvas, (int width, int height), { Browser.setCanvasSize(width, height); });

EM_JS(int, js_page_lang, (), {
  const lang = new URLSearchParams(window.location.search).get('lang');
  if (!lang) return 0;
  return lang.toLowerCase().startsWith('en') ? 1 : 2;
});

EM_JS(void, js_install_text_proxy, (), {
  // A real, visually hidden textarea: input methods compose into it, and paste lands on it.
  const proxy = document.createElement('textarea');
  proxy.id = 'gongjian-text-proxy';
  proxy.setAttribute('autocomplete', 'off');
  proxy.setAttribute('autocapitalize', 'off');
  proxy.setAttribute('spellcheck', 'false');
  proxy.setAttribute('aria-hidden', 'true');
  proxy.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:24px;opacity:0;padding:0;border:0;' +
                        'resize:none;overflow:hidden;pointer-events:none;z-index:-1;font-size:16px;';
  document.body.appendChild(proxy);
  const send = (text) => {
    if (!text) return;
    const ptr = allocateUTF8(text);
    Module._gongjian_text_input(ptr);
    _free(ptr);
  };
  proxy.addEventListener('compositionend', (e) => { send(e.data); proxy.value = ""; });
  proxy.addEventListener('input', (e) => {
    // Composition text arrives whole at compositionend; pasted text goes through the clipboard.
    if (!e.isComposing && e.inputType === 'insertText') send(e.data);
    if (!e.isComposing) proxy.value = "";
  });
  proxy.addEventListener('paste', (e) => {
    const text = (e.clipboardData || window.clipboardData).getData("text");
    const ptr = allocateUTF8(text || "");
    Module._gongjian_set_clipboard(ptr);
    _free(ptr);
    e.preventDefault();  // ImGui pastes it on Ctrl+V from its clipboard
  });
  Module.gongjianTextProxy = proxy;
});

// Emscripten 3.1.6's GLFW hands the DOM's wheel delta on unscaled and with the browser's sign (120 pixels down
// becomes 120 steps up), so lists jumped to the top. Convert here: one notch (100 pixels, or 3 lines) is one
// step, down is negative as in GLFW. The text proxy follows the caret, so its wheel events count too.
EM_JS(void, js_install_wheel, (), {
  const onWheel = (e) => {
    if (e.target !== Module.canvas && e.target !== Module.gongjianTextProxy) return;
    const unit = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 10 : 1 / 100;
    Module._gongjian_wheel(-e.deltaX * unit, -e.deltaY * unit);
    e.preventDefault();
  };
  window.addEventListener('wheel', onWheel, { passive: false, capture: true });
});

EM_JS(int, js_text_proxy_focused, (), {
  return Module.gongjianTextProxy && document.activeElement === Module.gongjianTextProxy ? 1 : 0;
});

EM_JS(void, js_text_proxy_follow, (int wantText, float x, float y), {
  const proxy = Module.gongjianTextProxy;
  if (!proxy) return;
  if (wantText) {
    const r = Module.canvas.getBoundingClientRect();
    proxy.style.left = (r.left + x) + 'px';
    proxy.style.top = (r.top + y) + 'px';
    if (document.activeElement !== proxy) proxy.focus({preventScroll: true});
  } else if (document.activeElement === proxy) {
    proxy.blur();
  }
});

EM_JS(void, js_write_system_clipboard, (const char* text), {
  const value = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(() => {});
});

EM_JS(void, js_install_test_hook, (), {
  // window.gongjian: a promise that resolves when the first frames are drawn, the app state, and
  // the page rectangle of a named widget, so tests click real ImGui widgets with real mouse events.
  const hook = window.gongjian || {};
  if (!hook.ready) hook.ready = new Promise((resolve) => { hook._resolveReady = resolve; });
  hook.state = () => JSON.parse(UTF8ToString(Module._gongjian_state_json()));
  hook.rect = (name) => {
    const ptr = allocateUTF8(name);
    const r = JSON.parse(UTF8ToString(Module._gongjian_widget_rect(ptr)));
    _free(ptr);
    if (!r) return null;
    const c = Module.canvas.getBoundingClientRect();
    return {x: c.left + r.x, y: c.top + r.y, width: r.w, height: r.h, clipTop: c.top + r.clipTop,
            clipBottom: c.top + r.clipBottom};
  };
  // The browser platform's own state: which tab edits, IndexedDB's layout version, navigator.storage.
  hook.web = () => JSON.parse(UTF8ToString(Module._gongjian_web_state_json()));
  // File transfer through the real C++ functions (gj::web::pickFile / downloadFile), for tests:
  // testPickFile opens the picker (answer it with Playwright's filechooser), pickedFile() then tells
  // what C++ received (size and FNV-1a hash of the bytes); testDownload(name, mime, bytes) downloads.
  hook.testPickFile = (accept) => {
    const ptr = allocateUTF8(accept || "");
    Module._gongjian_test_pick_file(ptr);
    _free(ptr);
  };
  hook.pickedFile = () => JSON.parse(UTF8ToString(Module._gongjian_test_picked_file_json()));
  hook.testDownload = (name, mime, bytes) => {
    const data = Uint8Array.from(bytes);
    const namePtr = allocateUTF8(name), mimePtr = allocateUTF8(mime);
    const dataPtr = _malloc(Math.max(1, data.length));
    HEAPU8.set(data, dataPtr);
    Module._gongjian_test_download(namePtr, mimePtr, dataPtr, data.length);
    _free(dataPtr);
    _free(namePtr);
    _free(mimePtr);
  };
  // Benchmarks (tests/bench/app_bench.mjs): CPU times of main-loop iterations, of the UI frame alone, the
  // heap, IndexedDB's timings; glyph checks for the font fallback test.
  hook.timings = () => ({ frames: JSON.parse(UTF8ToString(Module._gongjian_frame_times_json())),
                          idb: Module.gongjianIdb.timings, fallbackFont: Module.gongjianFallbackFont || null });
  hook.benchFrames = (n) => JSON.parse(UTF8ToString(Module._gongjian_bench_frames(n)));
  hook.heap = () => Object.assign({ heapBytes: HEAP8.length }, JSON.parse(UTF8ToString(Module._gongjian_malloc_json())));
  hook.missingGlyphs = (text) => {
    const ptr = allocateUTF8(text);
    const n = Module._gongjian_missing_glyphs(ptr);
    _free(ptr);
    return n;
  };
  hook.fallbackFontInUse = () => Module._gongjian_fallback_font_in_use() === 1;
  window.gongjian = hook;
});

EM_JS(int, js_idb_version, (), { return Module.gongjianIdb ? Module.gongjianIdb.version : 0; });

EM_JS(void, js_signal_ready, (), {
  if (window.gongjian) window.gongjian.readyAt = performance.now();  // from navigation start: the start figure
  document.body.classList.add('gongjian-ready');
  if (Module.onGongjianReady) Module.onGongjianReady();
  if (window.gongjian && window.gongjian._resolveReady) window.gongjian._resolveReady(true);
});

// [SECTION] C side called from JavaScript

extern "C" {

EMSCRIPTEN_KEEPALIVE void gongjian_text_input(const char* utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8); }

EMSCRIPTEN_KEEPALIVE void gongjian_wheel(double x, double y) {
  ImGuiIO& io = ImGui::GetIO();
  io.MouseWheelH += static_cast<float>(x);
  io.MouseWheel += static_cast<float>(y);
}

EMSCRIPTEN_KEEPALIVE void gongjian_set_clipboard(const char* utf8) { gClipboard = utf8; }

EMSCRIPTEN_KEEPALIVE const char* gongjian_state_json() {
  static std::string text;
  text = gApp ? gApp->stateJson() : "{}";
  return text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* gongjian_web_state_json() {
  static std::string text;
  text = nlohmann::json{{"tabRole", tabRoleId(tabRole())}, {"idbVersion", js_idb_version()}}.dump();
  return text.c_str();
}

EMSCRIPTEN_KEEPALIVE void gongjian_test_pick_file(const char* accept) {
  gTestPickDone = false;
  pickFile(accept, [](PickedFile file) {
    gTestPicked = std::move(file);
    gTestPickDone = true;
  });
}

EMSCRIPTEN_KEEPALIVE const char* gongjian_test_picked_file_json() {
  static std::string text;
  if (!gTestPickDone) return "null";
  std::uint32_t hash = 2166136261u;  // FNV-1a over the bytes C++ holds
  for (unsigned char c : gTestPicked.bytes) hash = (hash ^ c) * 16777619u;
  const char* status = gTestPicked.status == PickedFile::Status::picked      ? "picked"
                       : gTestPicked.status == PickedFile::Status::cancelled ? "cancelled"
                                                                             : "failed";
  text = nlohmann::json{{"status", status},           {"name", gTestPicked.name}, {"size", gTestPicked.bytes.size()},
                        {"fnv1a", hash},              {"error", gTestPicked.error}}
             .dump();
  return text.c_str();
}

EMSCRIPTEN_KEEPALIVE void gongjian_test_download(const char* name, const char* mime, const char* data, int size) {
  downloadFile(name, mime, std::string(data, static_cast<std::size_t>(size)));
}

EMSCRIPTEN_KEEPALIVE const char* gongjian_frame_times_json() {
  static std::string text;
  text = nlohmann::json(gFrameMs).dump();
  return text.c_str();
}

// Builds n UI frames of the current screen back to back, outside the main loop (the screen already drawn
// by it, so the font atlas is current), and returns each one's CPU time: ImGui::NewFrame + App::frame +
// ImGui::Render, without the WebGL calls. The draw data is dropped; the next main-loop frame draws again.
EMSCRIPTEN_KEEPALIVE const char* gongjian_bench_frames(int n) {
  static std::string text;
  std::vector<double> ms;
  for (int i = 0; i < n && gApp; ++i) {
    const double t0 = emscripten_get_now();
    ImGui::NewFrame();
    gApp->frame();
    ImGui::Render();
    ms.push_back(emscripten_get_now() - t0);
  }
  text = nlohmann::json(ms).dump();
  return text.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* gongjian_malloc_json() {
  static std::string text;
  const struct mallinfo info = mallinfo();
  text = nlohmann::json{{"mallocInUse", info.uordblks}, {"mallocArena", info.arena}}.dump();
  return text.c_str();
}

EMSCRIPTEN_KEEPALIVE int gongjian_missing_glyphs(const char* utf8) { return ui::countMissingGlyphs(utf8); }

EMSCRIPTEN_KEEPALIVE int gongjian_fallback_font_in_use() { return ui::fallbackFontInUse() ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* gongjian_widget_rect(const char* name) {
  static std::string text;
  auto rect = gApp ? gApp->widgets().find(name) : std::nullopt;
  text = rect ? nlohmann::json{{"x", rect->x},
                               {"y", rect->y},
                               {"w", rect->w},
                               {"h", rect->h},
                               {"clipTop", rect->clipTop},
                               {"clipBottom", rect->clipBottom}}
                    .dump()
              : "null";
  return text.c_str();
}

}  // extern "C"

// [SECTION] Bridge

namespace {

void onChar(GLFWwindow* window, unsigned int c) {
  // While the hidden field has focus its input events carry the text; GLFW's keypress would repeat it.
  if (!js_text_proxy_focused()) ImGui_ImplGlfw_CharCallback(window, c);
}

const char* getClipboard(void*) { return gClipboard.c_str(); }

void setClipboard(void*, const char* text) {
  gClipboard = text;
  js_write_system_clipboard(text);
}

void onCaretMoved(int x, int y) {
  gCaretX = static_cast<float>(x);
  gCaretY = static_cast<float>(y);
}

}  // namespace

void installBridge(ui::App* app, GLFWwindow* window) {
  gApp = app;
  gWindow = window;
  glfwSetWindowFocusCallback(window, ImGui_ImplGlfw_WindowFocusCallback);
  glfwSetCursorEnterCallback(window, ImGui_ImplGlfw_CursorEnterCallback);
  glfwSetMouseButtonCallback(window, ImGui_ImplGlfw_MouseButtonCallback);
  js_install_wheel();  // not GLFW's scroll callback: see js_install_wheel
  glfwSetKeyCallback(window, ImGui_ImplGlfw_KeyCallback);
  glfwSetCharCallback(window, onChar);

  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = getClipboard;
  io.SetClipboardTextFn = setClipboard;
  io.ImeSetInputScreenPosFn = onCaretMoved;

  js_install_text_proxy();
  js_install_test_hook();
}

void beforeFrame() {
  gFrameStart = emscripten_get_now();
  int width = js_page_width(), height = js_page_height();
  int current_w = 0, current_h = 0;
  glfwGetWindowSize(gWindow, &current_w, &current_h);
  if (width > 0 && height > 0 && (width != current_w || height != current_h)) js_fit_canvas(width, height);
}

void afterFrame() {
  if (gFrameMs.size() == kFramesKept) gFrameMs.erase(gFrameMs.begin());
  gFrameMs.push_back(emscripten_get_now() - gFrameStart);
  js_text_proxy_follow(ImGui::GetIO().WantTextInput ? 1 : 0, gCaretX, gCaretY);
  // The page stays behind the loading bar until the stored data is in and this tab knows whether it edits.
  if (gDataReadyFrame < 0 && gApp->dataReady() && tabRole() != TabRole::deciding) gDataReadyFrame = gApp->frameCount();
  if (!gReadySignalled && gDataReadyFrame >= 0 && gApp->frameCount() >= gDataReadyFrame + kReadyAfterFrames) {
    gReadySignalled = true;
    js_signal_ready();
  }
}

std::string pageLang() {
  int lang = js_page_lang();
  return lang == 1 ? "en" : lang == 2 ? "zh" : "";
}

}  // namespace gj::web
