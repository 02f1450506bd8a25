// Command-line options of the desktop program.
#pragma once
#include <string>

#include "ui/strings.h"

namespace gj::native {

struct DesktopOptions {
  std::string dataDir;         // --data DIR (default: the XDG data folder)
  std::string assetDir;        // --assets DIR (default: assets/ beside the program)
  ui::Lang lang = ui::Lang::zh;
  bool langExplicit = false;   // --lang given: wins over the language saved in the data folder
  bool kiosk = false;          // --kiosk: full screen, the public display
  std::string screenshotPath;  // --screenshot FILE: write a PNG of the window and exit
  int frames = 3;              // --frames N: frames to draw before the screenshot
  std::string screen;          // --screen NAME: the area shown first (dashboard, needs, ...)
  int width = 1280, height = 800;
};

// Parses argv. Returns -1 to go on, or an exit code (0 after --help, 2 on a usage error).
int parseDesktopOptions(int argc, char** argv, DesktopOptions* out);

}  // namespace gj::native
