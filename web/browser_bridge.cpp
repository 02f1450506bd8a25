#include "browser_bridge.h"

#include <cstdint>
#include <string>
#include <utility>

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <nlohmann/json.hpp>

#include "file_transfer.h"
#include "tab_lock.h"
#include "ui/app.h"

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
}  // namespace

// [SECTION] JavaScript side

EM_JS(int, js_page_width, (), { return window.innerWidth; });
EM_JS(int, js_page_height, (), { return window.innerHeight; });

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
    return {x: c.left + r.x, y: c.top + r.y, width: r.w, height: r.h};
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
  window.gongjian = hook;
});

EM_JS(int, js_idb_version, (), { return Module.gongjianIdb ? Module.gongjianIdb.version : 0; });

EM_JS(void, js_signal_ready, (), {
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

EMSCRIPTEN_KEEPALIVE const char* gongjian_widget_rect(const char* name) {
  static std::string text;
  auto rect = gApp ? gApp->widgets().find(name) : std::nullopt;
  text = rect ? nlohmann::json{{"x", rect->x}, {"y", rect->y}, {"w", rect->w}, {"h", rect->h}}.dump() : "null";
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
  int width = js_page_width(), height = js_page_height();
  int current_w = 0, current_h = 0;
  glfwGetWindowSize(gWindow, &current_w, &current_h);
  if (width > 0 && height > 0 && (width != current_w || height != current_h)) glfwSetWindowSize(gWindow, width, height);
}

void afterFrame() {
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
