// The desktop program: a GLFW window running the shared UI's frame function in a loop, on the data folder
// (FileStorage behind the shared Workspace; a second program on the same folder gets it read-only).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <sys/statvfs.h>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "data_folder.h"
#include "desktop_files.h"
#include "desktop_options.h"
#include "file_kiosk.h"
#include "file_storage.h"
#include "io/workspace.h"
#include "screenshot.h"
#include "ui/app.h"
#include "ui/kiosk_store.h"

namespace {

void onGlfwError(int code, const char* text) { std::fprintf(stderr, "gongjian: GLFW error %d: %s\n", code, text); }

// What Settings shows about the data folder: where it is, the space its files take and the space left.
gj::ui::StorageStatus folderStatus(const gj::native::FileStorage& storage) {
  namespace fs = std::filesystem;
  gj::ui::StorageStatus status;
  status.location = storage.dir();
  std::error_code ec;
  double used = 0;
  for (auto it = fs::recursive_directory_iterator(storage.dir(), ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) used += static_cast<double>(it->file_size(ec));
  status.usedBytes = used;
  struct statvfs vfs {};
  if (::statvfs(storage.dir().c_str(), &vfs) == 0)
    status.quotaBytes = used + static_cast<double>(vfs.f_bavail) * static_cast<double>(vfs.f_frsize);
  status.note = storage.readOnly() ? storage.readOnlyReason() : storage.warning();
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  gj::native::DesktopOptions options;
  if (int code = gj::native::parseDesktopOptions(argc, argv, &options); code >= 0) return code;

  gj::native::FileStorage storage(options.dataDir);
  gj::io::Workspace workspace(storage);
  auto openData = [&]() -> std::string {
    if (auto err = storage.open(); !err.empty()) return err;
    if (storage.readOnly()) {
      std::cerr << "gongjian: " << storage.readOnlyReason() << "\n";
      workspace.setReadOnly(true);
    } else if (std::filesystem::exists(options.dataDir + "/" + gj::native::kLegacyBundleFile)) {
      // A folder an older gongjian-cli wrote: its bundle becomes the first snapshot (the file is left as it is).
      // The App opens the workspace again, which then finds the records stored.
      workspace.open([&](gj::Dataset* ds, std::string* error) {
        return gj::native::seedDataset(options.dataDir, options.assetDir, ds, error);
      });
    }
    return "";
  };
  // The kiosk reads only its own files (file_kiosk.h); the working data is opened (and locked) when staff
  // leave kiosk mode with the PIN, so a kiosk never holds the office program's lock.
  gj::ui::setKioskStore(gj::ui::KioskStore{
      .read = [&](const std::string& key) { return gj::native::readKioskFile(options.dataDir, key); },
      .write = [&](const std::string& key, const std::string& text) {
        std::error_code ec;
        std::filesystem::create_directories(options.dataDir, ec);
        auto err = gj::native::writeFileAtomically(gj::native::kioskFilePath(options.dataDir, key), text);
        if (!err.empty()) std::cerr << "gongjian: " << err << "\n";
        return err.empty();
      },
      .leave = [&] {
        if (auto err = openData(); !err.empty()) std::cerr << "gongjian: " << err << "\n";
      }});
  // Screenshots of one panel: GONGJIAN_KIOSK_PANEL=honours (kiosk.h lists the panels).
  if (const char* panel = std::getenv("GONGJIAN_KIOSK_PANEL")) gj::ui::setKioskStartPanel(panel);
  if (!options.kiosk) {
    if (auto err = openData(); !err.empty()) {
      std::cerr << "gongjian: " << err << "\n";
      return 1;
    }
  }

  glfwSetErrorCallback(onGlfwError);
  if (!glfwInit()) {
    std::cerr << "gongjian: no display could be opened (is DISPLAY set?)\n";
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  if (!options.screenshotPath.empty()) glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
  // Kiosk: full screen on the primary monitor at its current mode.
  GLFWmonitor* monitor = options.kiosk ? glfwGetPrimaryMonitor() : nullptr;
  if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
    options.width = mode->width;
    options.height = mode->height;
  }
  GLFWwindow* window = glfwCreateWindow(options.width, options.height, "共建 Gongjian", monitor, nullptr);
  if (!window) {
    std::cerr << "gongjian: cannot create an OpenGL 3.0 window\n";
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  // ImGui's layout file lives in the data folder, not in whatever folder the program was started from.
  // A read-only program reads the layout but leaves the file to the one that writes the folder.
  static std::string iniPath = options.dataDir + "/imgui.ini";
  ImGui::GetIO().IniFilename = iniPath.c_str();
  if (options.kiosk) {
    ImGui::GetIO().IniFilename = nullptr;  // the kiosk keeps no layout (and writes nothing in the folder)
  } else if (storage.readOnly()) {
    ImGui::LoadIniSettingsFromDisk(iniPath.c_str());
    ImGui::GetIO().IniFilename = nullptr;
  }

  gj::ui::App app;
  gj::ui::AppOptions appOptions;
  appOptions.assetDir = options.assetDir;
  appOptions.lang = options.lang;
  appOptions.langExplicit = options.langExplicit;
  appOptions.platform = "native";
  appOptions.workspace = &workspace;
  appOptions.storageStatus = [&storage] { return folderStatus(storage); };
  appOptions.kiosk = options.kiosk;
  appOptions.files = gj::native::desktopFiles(options.dataDir);
  if (auto err = app.init(appOptions); !err.empty()) {
    std::cerr << "gongjian: " << err << "\n";
    return 1;
  }
  if (gj::ui::Screen first; !options.screen.empty()) {
    if (!gj::ui::parseScreen(options.screen, &first)) {
      std::cerr << "gongjian: --screen " << options.screen << ": not an area (dashboard, needs, settings, ...)\n";
      return 2;
    }
    app.setScreen(first);
  }
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");

  int exitCode = 0;
  while (!glfwWindowShouldClose(window)) {
    glfwPollEvents();
    if (app.prepareFrame()) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (!options.screenshotPath.empty() && app.frameCount() >= options.frames) {
      if (auto err = gj::native::writeFramebufferPng(options.screenshotPath, width, height); !err.empty()) {
        std::cerr << "gongjian: " << err << "\n";
        exitCode = 1;
      }
      break;
    }
    glfwSwapBuffers(window);
  }

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exitCode;
}
