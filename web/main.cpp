// The browser app: the same shared UI as the desktop program, driven by emscripten_set_main_loop, with
// its data in IndexedDB (IdbStorage), one editing tab at a time (tab_lock) and the test hook.
#include <functional>
#include <string>
#include <utility>

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "browser_bridge.h"
#include "file_transfer.h"
#include "file_transfer.h"
#include "idb_storage.h"
#include "io/workspace.h"
#include "kiosk_store.h"
#include "tab_lock.h"
#include "ui/app.h"
#include "ui/fonts.h"

namespace {

GLFWwindow* gWindow = nullptr;
gj::web::IdbStorage gStorage;
gj::io::Workspace gWorkspace(gStorage);
gj::ui::App gApp;
bool gStorageClosed = false;  // a newer version took the data, or the browser closed it: never write again

// Edits wait for the tab lock; a tab that is not the editor, or lost its connection, stays read-only.
void updateReadOnly() {
  gWorkspace.setReadOnly(gStorageClosed || gj::web::tabRole() != gj::web::TabRole::editor);
}

// While an action is not stored, leaving the page asks first (the browser shows its own question).
EM_JS(void, js_set_unsaved, (int unsaved), {
  if (!Module.gongjianLeaveGuard) {
    Module.gongjianLeaveGuard = (e) => { e.preventDefault(); e.returnValue = ""; };
  }
  if (unsaved) window.addEventListener('beforeunload', Module.gongjianLeaveGuard);
  else window.removeEventListener('beforeunload', Module.gongjianLeaveGuard);
});

// A save that failed is explained over the canvas too (the top bar only has room for "unsaved"), with what
// to do: retry once space is free, or reload to see what another tab or program stored.
EM_JS(void, js_show_save_problem, (int kind, const char* detail), {
  const text = "(" + UTF8ToString(detail) + ")";
  if (kind === 0) { window.gongjianBanner.hide("save"); return; }
  const retry = { zh: "重试", en: "Retry", id: "banner-retry", run: () => Module._gongjian_retry_save() };
  if (kind === 1) {
    window.gongjianBanner.show("save", "浏览器的存储空间已满，刚才的修改未保存（仍显示在页面上）。请释放磁盘空间后重试。",
      "Storage in this browser is full: the last change is not saved (it is still on screen). Free some disk space, then retry. " + text, retry);
  } else if (kind === 2) {
    window.gongjianBanner.show("save", "数据已在别处（另一个标签页或程序）被修改，刚才的修改未保存，别处的修改已保留。刷新页面可看到最新数据。",
      "The data was changed elsewhere (another tab or program): the last change is not saved and the other change was kept. Reload to see the latest data. " + text,
      { zh: "刷新", en: "Reload", id: "banner-reload", run: () => location.reload() });
  } else {
    window.gongjianBanner.show("save", "刚才的修改未能保存（仍显示在页面上）。", "The last change could not be saved (it is still on screen). " + text, retry);
  }
});

EM_JS(void, js_show_fatal, (const char* message), {
  if (Module.showFatal) Module.showFatal(UTF8ToString(message));
});

gj::ui::StorageStatus storageStatus() {
  gj::ui::StorageStatus status;
  status.location = "IndexedDB";
  gj::web::StorageFigures figures = gj::web::storageFigures();
  if (figures.known) {
    status.persisted = figures.persisted ? 1 : 0;
    status.usedBytes = figures.usageBytes;
    status.quotaBytes = figures.quotaBytes;
  }
  bool en = gj::ui::strings().lang() == gj::ui::Lang::en;
  if (gStorageClosed)
    status.note = en ? "This tab let go of the data (a newer version of the app opened it): reload the page."
                     : "此页已断开本地数据（新版本的应用打开了它）：请刷新页面。";
  else if (gj::web::tabRole() == gj::web::TabRole::readOnly || gj::web::tabRole() == gj::web::TabRole::superseded)
    status.note = en ? "Another tab is editing: this tab is read-only." : "另一个标签页正在编辑：此页为只读。";
  gj::ui::requireGlyphs(status.note);
  return status;
}

void showSaveProblem() {
  static std::string shown;  // the error last shown ("" = no banner)
  std::string now = gWorkspace.state() == gj::io::SaveState::unsaved ? gWorkspace.error() : "";
  if (now == shown) return;
  shown = now;
  int kind = now.empty() ? 0 : !gWorkspace.conflicts().empty() ? 2 : now.find("QuotaExceededError") != std::string::npos ? 1 : 3;
  js_show_save_problem(kind, now.c_str());
}

void frame() {
  gj::web::beforeFrame();
  glfwPollEvents();
  if (gApp.prepareFrame()) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  gApp.frame();
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(gWindow, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  gj::web::afterFrame();
  showSaveProblem();
  static bool guarded = false;
  if (bool unsaved = gWorkspace.unsavedActions() > 0; unsaved != guarded) {
    guarded = unsaved;
    js_set_unsaved(unsaved ? 1 : 0);
  }
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void gongjian_retry_save() { gWorkspace.retry(); }

int main() {
  if (!glfwInit()) {
    js_show_fatal("GLFW could not start");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  gWindow = glfwCreateWindow(1280, 800, "共建 Gongjian", nullptr, nullptr);
  if (!gWindow) {
    js_show_fatal("WebGL2 context could not be created");
    return 1;
  }
  glfwMakeContextCurrent(gWindow);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // layout is kept through the app's storage, not a file

  gj::web::installKioskStore();
  const bool kiosk = gj::web::pageKiosk();
  if (kiosk) {
    // The kiosk page never opens the working data (database "gongjian") and takes no editor lock.
    gj::web::becomeKioskTab();
  } else {
    gj::web::onStorageEvent([](const std::string& event) {
      if (event == "versionchange" || event == "closed") gStorageClosed = true;
      updateReadOnly();
    });
    updateReadOnly();
    gj::web::startTabCoordination([](gj::web::TabRole) { updateReadOnly(); });
    gj::web::requestPersistentStorage();
  }

  gj::ui::AppOptions options;
  options.assetDir = "/assets";
  options.platform = "web";
  options.workspace = &gWorkspace;
  options.storageStatus = storageStatus;
  // Import through the browser's file picker, export as downloads.
  options.files.pick = [](const std::string& accept, std::function<void(gj::ui::PickedFile)> done) {
    gj::web::pickFile(accept, [done = std::move(done)](gj::web::PickedFile f) {
      using S = gj::web::PickedFile::Status;
      done(gj::ui::PickedFile{f.status == S::picked, f.name, std::move(f.bytes), f.status == S::failed ? f.error : ""});
    });
  };
  options.files.save = [](const std::string& name, const std::string& mime, const std::string& bytes) {
    gj::web::downloadFile(name, mime, bytes);
    return std::string(gj::ui::tr("transfer.downloaded"));
  };
  options.kiosk = kiosk;
  options.langExplicit = gj::ui::parseLang(gj::web::pageLang(), &options.lang);  // "" when the address has no ?lang
  if (auto err = gApp.init(options); !err.empty()) {
    js_show_fatal(err.c_str());
    return 1;
  }
  ImGui_ImplGlfw_InitForOpenGL(gWindow, false);
  gj::web::installBridge(&gApp, gWindow);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
