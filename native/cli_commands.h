// The commands of gongjian-cli, each a function returning the exit code: 0 ok, 1 failed (reason on stderr),
// 2 usage error. cli_main.cpp parses the command line and calls them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::cli {

struct StatsOptions {
  std::string data_dir;   // "" : the demo dataset
  std::string asset_dir;  // where the demo tables are
  std::string quarter;    // "" : every quarter
  bool json = false;
  std::string lang = "zh";
};
int runStats(const StatsOptions& o);

struct DemoOptions {
  std::string dir;        // writes DIR/gongjian.json
  std::string asset_dir;
  bool force = false;     // replace an existing gongjian.json
};
int runDemo(const DemoOptions& o);

struct ClassifyOptions {
  std::vector<std::string> text;  // joined with spaces
  std::string asset_dir;          // where categories.json is
  bool json = false;
  std::string lang = "zh";
};
int runClassify(const ClassifyOptions& o);

struct MatchOptions {
  std::string data_dir;         // "" : the demo dataset
  std::string asset_dir;        // demo tables and matching_weights.json
  std::string quarter;          // "" : the latest quarter a project is claimed in
  bool json = false;
  std::string export_instance;  // "" : none; otherwise the solver instance is written there
  std::vector<std::string> lock, forbid;  // NEED=UNIT pairs
};
int runMatch(const MatchOptions& o);  // cli_match.cpp

// ---- shared (cli_data.cpp) ----
inline constexpr const char* kBundleFile = "gongjian.json";
// <dir of the program>/../assets (the build tree and the installed layout both put assets there).
std::string defaultAssetDir();
// The dataset of a data folder (DIR/gongjian.json) or, with dataDir "", the demo dataset. Problems go to
// stderr, each naming the file and field; nullopt then.
std::optional<Dataset> loadData(const std::string& dataDir, const std::string& assetDir);
// Columns a text takes in a terminal: CJK and full-width characters take two.
int displayWidth(const std::string& utf8);

}  // namespace gj::cli
