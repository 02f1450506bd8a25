// Shared by the gongjian-cli commands: where the assets are, loading a data folder or the demo dataset,
// and terminal widths of Chinese text.
#include <filesystem>
#include <iostream>

#include "cli_commands.h"
#include "domain/bundle.h"
#include "io/demo_dataset.h"
#include "io/text_file.h"

namespace gj::cli {

std::string defaultAssetDir() {
  std::error_code ec;
  auto exe = std::filesystem::canonical("/proc/self/exe", ec);
  return ec ? "assets" : (exe.parent_path().parent_path() / "assets").string();
}

std::optional<Dataset> loadData(const std::string& dataDir, const std::string& assetDir) {
  if (dataDir.empty()) {
    Dataset ds;
    std::string error;
    if (gj::io::loadDemoDataset(assetDir, &ds, &error)) return ds;
    std::cerr << "gongjian-cli: the demo dataset in " << assetDir << "/demo cannot be built:\n" << error << "\n";
    return std::nullopt;
  }
  const std::string path = dataDir + "/" + kBundleFile;
  std::string error;
  auto text = gj::io::readTextFile(path, &error);
  if (!text) {
    std::cerr << "gongjian-cli: " << error << "\n";
    return std::nullopt;
  }
  Parsed<Dataset> parsed = readBundle(*text);
  if (parsed.ok()) return std::move(*parsed.value);
  for (const auto& e : parsed.errors) std::cerr << path << ": " << e << "\n";
  return std::nullopt;
}

int displayWidth(const std::string& utf8) {
  int width = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned cp = len == 1 ? c : c & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    // East Asian wide: CJK radicals .. Hangul, CJK compatibility, full-width forms.
    const bool wide = (cp >= 0x2E80 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    width += wide ? 2 : 1;
    i += len;
  }
  return width;
}

}  // namespace gj::cli
