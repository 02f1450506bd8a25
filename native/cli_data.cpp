// Shared by the gongjian-cli commands: where the assets are, reading a data folder (read-only: another
// program may have it open) and terminal widths of Chinese text.
#include <filesystem>
#include <iostream>

#include "cli_commands.h"
#include "data_folder.h"
#include "domain/bundle.h"
#include "file_storage.h"

namespace gj::cli {

std::string defaultAssetDir() {
  std::error_code ec;
  auto exe = std::filesystem::canonical("/proc/self/exe", ec);
  return ec ? "assets" : (exe.parent_path().parent_path() / "assets").string();
}

std::string dataDirOrDefault(const std::string& dataDir) {
  return dataDir.empty() ? native::defaultDataDir() : dataDir;
}

std::optional<Dataset> loadData(const std::string& dataDir, const std::string& assetDir) {
  const std::string dir = dataDirOrDefault(dataDir);
  std::error_code ec;
  if (!dataDir.empty() && !std::filesystem::is_directory(dir, ec)) {
    std::cerr << "gongjian-cli: " << dir << ": no data folder here ("
              << (std::filesystem::exists(dir, ec) ? "not a folder" : "No such file or directory") << ")\n";
    return std::nullopt;
  }
  native::FileStorage storage(dir, native::FileStorageOptions{.readOnly = true});
  LoadResult loaded;
  storage.loadAll([&](LoadResult r) { loaded = std::move(r); });
  if (!loaded.ok) {
    std::cerr << "gongjian-cli: " << loaded.error << "\n";
    return std::nullopt;
  }
  if (loaded.docs.empty()) {
    // Nothing stored yet: what the desktop program would start with (an older bundle, or the demo).
    const bool legacy = std::filesystem::exists(dir + "/" + native::kLegacyBundleFile, ec);
    if (!dataDir.empty() && !legacy) {
      std::cerr << "gongjian-cli: " << dir << " holds no data yet (no " << native::FileStorage::kSnapshotFile
                << "); write the demo dataset with: gongjian-cli demo " << dir << "\n";
      return std::nullopt;
    }
    Dataset ds;
    std::string error;
    if (!native::seedDataset(dir, assetDir, &ds, &error)) {
      std::cerr << "gongjian-cli: " << error << "\n";
      return std::nullopt;
    }
    if (!legacy) std::cerr << "gongjian-cli: " << dir << " holds no data yet: using the demo dataset\n";
    return ds;
  }
  Parsed<Dataset> parsed = readDocuments(loaded.docs);
  if (parsed.ok()) return std::move(*parsed.value);
  for (const auto& e : parsed.errors) std::cerr << dir << ": " << e << "\n";
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
