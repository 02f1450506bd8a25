// Exports from the desktop program: written into the data folder's exports/ subfolder, where the user
// finds them (the path is shown). Imports on the desktop go through `gongjian-cli import` for now.
#pragma once
#include <string>

#include "ui/platform_files.h"

namespace gj::native {

ui::PlatformFiles desktopFiles(const std::string& dataDir);

}  // namespace gj::native
