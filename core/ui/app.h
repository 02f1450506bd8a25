// The shared application: one frame function used by the desktop program's loop and by the
// browser's emscripten_set_main_loop. Platforms own the window, storage and input; this owns the UI.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/widget_registry.h"

namespace gj::ui {

struct AppOptions {
  std::string assetDir;  // where i18n/, fonts/, demo/ live
  Lang lang = Lang::zh;
  bool langExplicit = false;  // chosen for this start (--lang, ?lang=): wins over the saved preference
  std::string platform;       // "native" or "web", shown in Settings
  // The platform's storage behind a workspace the App opens (an empty store gets the demo dataset).
  // Null: the data lives in memory only and is lost on exit (tests).
  io::Workspace* workspace = nullptr;
  std::function<StorageStatus()> storageStatus;  // shown in Settings; may be empty
  PlatformFiles files;                           // import / export; empty members: not offered
  bool kiosk = false;                            // the public display (issue 9)
};

class App {
 public:
  // Call after ImGui::CreateContext and before the backends upload the font texture.
  // Returns "" or an error the platform shows the user.
  std::string init(const AppOptions& options);
  // Before ImGui::NewFrame: makes sure every character about to be shown has a glyph. Returns true
  // when the font atlas was rebuilt, so the platform re-uploads the font texture.
  bool prepareFrame();
  // Builds the whole UI for one frame (between ImGui::NewFrame and ImGui::Render).
  void frame();

  void setLang(Lang lang);
  Lang lang() const { return strings().lang(); }
  Screen screen() const { return context_.screen; }
  void setScreen(Screen screen) { context_.screen = screen; }
  int frameCount() const { return frames_; }
  // True once the stored data has been read (or has failed to load): the first real frame can be shown.
  bool dataReady() const;

  // The app's state as JSON text, for tests (window.gongjian.state() on the web).
  std::string stateJson() const;
  WidgetRegistry const& widgets() const { return context_.widgets; }

 private:
  void openWorkspace();
  void onDataLoaded();
  void refreshDerived();  // dashboard figures etc. after the dataset changed
  void drawLoading();
  void drawNavigation();
  void drawTopBar();

  ScreenContext context_;
  AppOptions options_;
  std::unique_ptr<Storage> memoryStorage_;  // when the platform gave no workspace
  std::unique_ptr<io::Workspace> memoryWorkspace_;
  std::uint64_t seenVersion_ = 0;
  bool settingsApplied_ = false;
  int frames_ = 0;
  int missingGlyphs_ = 0;  // characters of the string tables the font cannot draw
};

}  // namespace gj::ui
