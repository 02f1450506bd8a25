// Reading the Settings edits of a data folder for the commands (see cli_overrides.h).
#include "cli_overrides.h"

#include <filesystem>
#include <iostream>

#include "cli_commands.h"
#include "file_storage.h"
#include "io/text_file.h"
#include "match/overrides.h"

namespace gj::cli {

namespace {

// The stored text of a settings document ("" when the folder or the document is absent). False when an
// explicit folder is missing or its data cannot be read.
bool storedSetting(const std::string& dataDir, const char* key, const char* command, std::string* text) {
  const std::string dir = dataDirOrDefault(dataDir);
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    if (dataDir.empty()) return true;  // no default folder yet: nothing was edited
    std::cerr << "gongjian-cli " << command << ": " << dir << ": no data folder here ("
              << (std::filesystem::exists(dir, ec) ? "not a folder" : "No such file or directory") << ")\n";
    return false;
  }
  native::FileStorage storage(dir, native::FileStorageOptions{.readOnly = true});
  LoadResult loaded;
  storage.loadAll([&](LoadResult r) { loaded = std::move(r); });
  if (!loaded.ok) {
    std::cerr << "gongjian-cli " << command << ": " << loaded.error << "\n";
    return false;
  }
  auto it = loaded.docs.find(key);
  *text = it == loaded.docs.end() ? std::string() : it->second;
  return true;
}

}  // namespace

bool loadTaxonomy(const std::string& dataDir, const std::string& assetDir, const char* command,
                  match::Taxonomy* out) {
  std::string error;
  const std::string path = assetDir + "/categories.json";
  auto doc = io::readTextFile(path, &error);
  match::Taxonomy assets;
  if (!doc) {
    std::cerr << error << "\n";
    return false;
  }
  if (!match::parseTaxonomy(*doc, &assets, &error)) {
    std::cerr << path << ": " << error << "\n";
    return false;
  }
  std::string stored;
  if (!storedSetting(dataDir, match::kCategoriesSettingKey, command, &stored)) return false;
  if (!match::applyCategoryOverride(stored, assets, out, &error)) {
    std::cerr << "gongjian-cli " << command << ": " << dataDirOrDefault(dataDir) << ": " << error
              << " (using " << path << ")\n";
    *out = assets;
  }
  return true;
}

bool loadWeights(const std::string& dataDir, const std::string& assetDir, const char* command,
                 match::MatchingWeights* out) {
  std::string error;
  match::MatchingWeights assets;
  if (!match::loadMatchingWeights(assetDir, &assets, &error)) {
    std::cerr << "gongjian-cli " << command << ": " << error << "\n";
    return false;
  }
  std::string stored;
  if (!storedSetting(dataDir, match::kWeightsSettingKey, command, &stored)) return false;
  if (!match::applyWeightsOverride(stored, assets, out, &error)) {
    std::cerr << "gongjian-cli " << command << ": " << dataDirOrDefault(dataDir) << ": " << error
              << " (using " << assetDir << "/matching_weights.json)\n";
    *out = assets;
  }
  return true;
}

}  // namespace gj::cli
