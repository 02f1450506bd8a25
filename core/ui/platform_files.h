// Files in and out of the app, as each platform can: the browser's file picker and downloads, the desktop
// program's paths and its data folder. The formats themselves are core/io's.
#pragma once
#include <functional>
#include <string>

namespace gj::ui {

struct PickedFile {
  bool ok = false;
  std::string name;   // file name without folders
  std::string bytes;  // exactly as stored
  std::string error;  // why it could not be read; "" with ok == false: the user cancelled
};

struct PlatformFiles {
  // Asks the user for a file (accept: ".csv,text/csv"); done runs once, maybe later. Empty: not offered.
  std::function<void(const std::string& accept, std::function<void(PickedFile)> done)> pick;
  // Hands the bytes to the user as `name`; returns where they went ("downloads", a path) or "error: ...".
  std::function<std::string(const std::string& name, const std::string& mime, const std::string& bytes)> save;
};

}  // namespace gj::ui
