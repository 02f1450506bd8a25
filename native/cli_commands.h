// The commands of gongjian-cli, each a function returning the exit code: 0 ok, 1 failed (reason on stderr),
// 2 usage error. cli_main.cpp parses the command line and calls them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/dataset.h"

namespace gj::cli {

struct StatsOptions {
  std::string data_dir;   // "" : the default data folder
  std::string asset_dir;  // where the demo tables are
  std::string quarter;    // "" : every quarter
  bool json = false;
  std::string lang = "zh";
};
int runStats(const StatsOptions& o);

struct DemoOptions {
  std::string dir;        // the data folder to write
  std::string asset_dir;
  bool force = false;     // replace the data there (the old files are kept in DIR/replaced-<n>/)
};
int runDemo(const DemoOptions& o);

struct ClassifyOptions {
  std::vector<std::string> text;  // joined with spaces
  std::string asset_dir;          // where categories.json is
  std::string data_dir;           // categories edited in Settings ("" : the default data folder, if any)
  bool json = false;
  std::string lang = "zh";
};
int runClassify(const ClassifyOptions& o);

struct MatchOptions {
  std::string data_dir;         // "" : the default data folder
  std::string asset_dir;        // demo tables and matching_weights.json
  std::string quarter;          // "" : the latest quarter a project is claimed in
  bool json = false;
  std::string export_instance;  // "" : none; otherwise the solver instance is written there
  std::vector<std::string> lock, forbid;  // NEED=UNIT pairs
};
int runMatch(const MatchOptions& o);  // cli_match.cpp

struct StaffOptions {
  std::string data_dir;   // "" : the demo dataset
  std::string asset_dir;  // demo tables and matching_weights.json
  std::string quarter;    // "" : the latest quarter with activities
  std::string week;       // "YYYY-MM-DD": only the activities of that date's week (Monday..Sunday)
  bool fresh = false;     // as if nobody had signed up yet (a dry run on past activities)
  bool json = false;
  std::string lang = "zh";
};
int runStaff(const StaffOptions& o);  // cli_staff.cpp

struct ValidateOptions {
  std::string data_dir;            // "" and no files: the default data folder
  std::vector<std::string> files;  // bundle files (or data folders) to check
};
int runValidate(const ValidateOptions& o);  // cli_validate.cpp

struct ReportOptions {
  std::string data_dir;
  std::string asset_dir;
  std::string quarter;        // required, e.g. 2024Q3
  std::string format = "text";  // text, csv, html
  std::string lang = "zh";
  std::string today;          // "" : the system date (stale claims are judged on it)
};
int runReport(const ReportOptions& o);  // cli_report.cpp

struct RestoreOptions {
  std::string data_dir;
  std::string backup;  // "" : the newest good one
  bool list = false;   // only list the backups
};
int runRestore(const RestoreOptions& o);  // cli_restore.cpp

struct ImportOptions {
  std::string data_dir;
  std::string asset_dir;            // categories.json: category names in the sheet
  std::string table;                // needs, units, volunteers (CSV files)
  bool dry_run = false;             // preview and problems only, nothing stored
  std::string operator_name = "gongjian-cli";  // on every history entry written
  std::string lang = "zh";          // of the messages
  std::vector<std::string> files;   // *.json: bundles; anything else: CSV
};
int runImport(const ImportOptions& o);  // cli_import.cpp

struct ExportOptions {
  std::string data_dir;
  std::string asset_dir;
  std::string format;       // csv, json, ics, html
  std::string table;        // csv: needs, units, volunteers
  bool public_only = false; // without personal information
  std::string quarter;      // html: the meeting pack's quarter
  std::string today;        // html: stale claims are judged on this date ("" : the quarter's last day)
  std::string community;    // ics: only this community's activities
  std::string from;         // ics: only activities from this date
  std::string lang = "zh";
  std::string output;       // "" : stdout
  bool force = false;       // replace an existing output file
};
int runExport(const ExportOptions& o);  // cli_export.cpp

struct KioskSnapshotOptions {
  std::string data_dir;
  std::string asset_dir;
  std::string out;    // the file to write; "-" : stdout
  std::string today;  // "" : today in China Standard Time (this week's activities, this quarter)
};
int runKioskSnapshot(const KioskSnapshotOptions& o);  // cli_kiosk.cpp

// ---- shared (cli_data.cpp) ----
// <dir of the program>/../assets (the build tree and the installed layout both put assets there).
std::string defaultAssetDir();
// dataDir, or the default data folder of the desktop program ($XDG_DATA_HOME/gongjian) when "".
std::string dataDirOrDefault(const std::string& dataDir);
// The dataset of a data folder, read without locking it (another program may be writing). With dataDir ""
// the default folder; while that holds no data, the demo dataset (as the desktop program starts with).
// Problems go to stderr, each naming the file and the record and field; nullopt then.
std::optional<Dataset> loadData(const std::string& dataDir, const std::string& assetDir);
// Columns a text takes in a terminal: CJK and full-width characters take two.
int displayWidth(const std::string& utf8);

}  // namespace gj::cli
