#include "data_folder.h"

#include <cstdlib>
#include <filesystem>

#include "domain/bundle.h"
#include "io/demo_dataset.h"
#include "io/text_file.h"

namespace gj::native {

std::string defaultDataDir() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/gongjian";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/gongjian";
  return "gongjian-data";
}

bool seedDataset(const std::string& dataDir, const std::string& assetDir, Dataset* out, std::string* error) {
  const std::string legacy = dataDir + "/" + kLegacyBundleFile;
  std::error_code ec;
  if (!std::filesystem::exists(legacy, ec)) return io::loadDemoDataset(assetDir, out, error);
  auto text = io::readTextFile(legacy, error);
  if (!text) return false;
  Parsed<Dataset> parsed = readBundle(*text);
  if (!parsed.ok()) {
    error->clear();
    for (const auto& e : parsed.errors) *error += (error->empty() ? "" : "\n") + legacy + ": " + e;
    return false;
  }
  *out = std::move(*parsed.value);
  return true;
}

}  // namespace gj::native
