// The desktop program's command line (CLI11).
#include "desktop_options.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <CLI/CLI.hpp>

#include "data_folder.h"

namespace gj::native {

int parseDesktopOptions(int argc, char** argv, DesktopOptions* out) {
  CLI::App app{"Gongjian (共建) desktop program: the community co-building platform", "gongjian"};
  std::string lang = "zh";
  std::string size;
  app.add_option("--data", out->dataDir, "data folder (default: $XDG_DATA_HOME/gongjian)");
  app.add_option("--assets", out->assetDir, "asset folder (default: assets/ beside the program)");
  auto* langOption = app.add_option("--lang", lang, "interface language: zh or en (default: as last used, else zh)")
                         ->check(CLI::IsMember({"zh", "en"}));
  app.add_flag("--kiosk", out->kiosk, "start full screen as the public display of the community centre");
  app.add_option("--screenshot", out->screenshotPath, "write a PNG of the window to FILE and exit");
  app.add_option("--screen", out->screen, "area shown first: dashboard, needs, resources, units, matching, projects, volunteers, activities, meetings, assessment, settings");
  app.add_option("--frames", out->frames, "frames to draw before --screenshot (default 3)")->check(CLI::Range(1, 10000));
  app.add_option("--size", size, "window size WIDTHxHEIGHT (default 1280x800)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  ui::parseLang(lang, &out->lang);
  out->langExplicit = langOption->count() > 0;
  if (!size.empty() && std::sscanf(size.c_str(), "%dx%d", &out->width, &out->height) != 2) {
    std::cerr << "gongjian: --size: expected WIDTHxHEIGHT such as 1280x800, got \"" << size << "\"\n";
    return 2;
  }
  if (out->dataDir.empty()) out->dataDir = defaultDataDir();
  if (out->assetDir.empty()) {
    std::error_code ec;
    auto exe = std::filesystem::canonical("/proc/self/exe", ec);
    out->assetDir = ec ? "assets" : (exe.parent_path().parent_path() / "assets").string();
  }
  return -1;
}

}  // namespace gj::native
