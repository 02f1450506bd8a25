// gongjian-cli: the command-line tool, no window needed. One grammar for every command:
//   gongjian-cli COMMAND [--data DIR] [options] [FILE...]
// Commands live in cli_*.cpp (see cli_commands.h); this file only parses.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli_commands.h"

namespace {
const char* const kDataHelp = "data folder (default: $XDG_DATA_HOME/gongjian, as the desktop program)";
}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gongjian-cli: batch work on a Gongjian (共建) data folder\n"
               "Usage: gongjian-cli COMMAND [--data DIR] [options] [FILE...]",
               "gongjian-cli"};
  app.set_version_flag("--version", std::string("gongjian-cli ") + GONGJIAN_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Exit codes: 0 success, 1 the command failed (see stderr), 2 usage error.\n"
             "Without --data the commands use $XDG_DATA_HOME/gongjian (or ~/.local/share/gongjian); while that\n"
             "holds no data, the read-only commands show the demo dataset. COMMAND --help tells more.");

  gj::cli::StatsOptions stats;
  CLI::App* statsCmd = app.add_subcommand("stats", "print the dashboard figures");
  statsCmd->add_option("--data", stats.data_dir, kDataHelp);
  statsCmd->add_option("--assets", stats.asset_dir, "asset folder (default: ../assets beside the program)");
  statsCmd->add_option("--quarter", stats.quarter, "count only this quarter, e.g. 2024Q3");
  statsCmd->add_flag("--json", stats.json, "print one JSON object instead of tables");
  statsCmd->add_option("--lang", stats.lang, "language of the tables: zh (default) or en")
      ->check(CLI::IsMember({"zh", "en"}));

  gj::cli::DemoOptions demo;
  CLI::App* demoCmd = app.add_subcommand("demo", "write the demo dataset of 蒙阳街道 as the data folder DIR");
  demoCmd->add_option("DIR", demo.dir, "data folder to write into (created if missing)")->required();
  demoCmd->add_option("--assets", demo.asset_dir, "asset folder (default: ../assets beside the program)");
  demoCmd->add_flag("--force", demo.force, "replace the data DIR holds (its files are kept in DIR/replaced-<n>/)");

  gj::cli::MatchOptions match;
  CLI::App* matchCmd = app.add_subcommand("match", "propose which unit should lead which open need (need -> unit plan)");
  matchCmd->add_option("--data", match.data_dir, kDataHelp);
  matchCmd->add_option("--assets", match.asset_dir, "asset folder (default: ../assets beside the program)");
  matchCmd->add_option("--quarter", match.quarter, "plan for this quarter, e.g. 2024Q3 (default: the latest with projects)");
  matchCmd->add_flag("--json", match.json, "print the plan as one JSON object");
  matchCmd->add_option("--export-instance", match.export_instance, "also write the solver instance (JSON) to FILE");
  matchCmd->add_option("--lock", match.lock, "keep this pair, NEED=UNIT (repeatable)");
  matchCmd->add_option("--forbid", match.forbid, "never propose this pair, NEED=UNIT (repeatable)");

  gj::cli::ClassifyOptions classify;
  CLI::App* classifyCmd = app.add_subcommand("classify", "rank the categories of a need's text, with the keywords");
  classifyCmd->add_option("TEXT", classify.text, "the need as the resident said it")->required();
  classifyCmd->add_option("--data", classify.data_dir, "data folder whose edited categories to use (default: as the desktop program)");
  classifyCmd->add_option("--assets", classify.asset_dir, "asset folder (default: ../assets beside the program)");
  classifyCmd->add_flag("--json", classify.json, "print {\"categories\":[{\"id\",\"score\",\"keywords\"},...]}");
  classifyCmd->add_option("--lang", classify.lang, "language of the table: zh (default) or en")
      ->check(CLI::IsMember({"zh", "en"}));

  gj::cli::StaffOptions staff;
  CLI::App* staffCmd = app.add_subcommand("staff", "propose which volunteers serve at which activities (volunteer -> activity plan)");
  staffCmd->add_option("--data", staff.data_dir, kDataHelp);
  staffCmd->add_option("--assets", staff.asset_dir, "asset folder (default: ../assets beside the program)");
  auto* staffQuarter = staffCmd->add_option("--quarter", staff.quarter, "plan this quarter, e.g. 2024Q3 (default: the latest with activities)");
  staffCmd->add_option("--week", staff.week, "plan only the week (Monday..Sunday) of this date, e.g. 2024-07-05")->excludes(staffQuarter);
  staffCmd->add_flag("--fresh", staff.fresh, "plan as if nobody had signed up yet (compare with who served)");
  staffCmd->add_flag("--json", staff.json, "print the plan as one JSON object");
  staffCmd->add_option("--lang", staff.lang, "language of the table: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));

  gj::cli::ValidateOptions validate;
  CLI::App* validateCmd = app.add_subcommand(
      "validate", "check a data folder or bundle files and list every problem (exit 1 if there is any)");
  validateCmd->add_option("--data", validate.data_dir, kDataHelp);
  validateCmd->add_option("FILE", validate.files, "bundle files (.json) or data folders to check instead");

  gj::cli::ReportOptions report;
  CLI::App* reportCmd = app.add_subcommand("report", "the quarterly joint-meeting pack (联席会议材料)");
  reportCmd->add_option("--data", report.data_dir, kDataHelp);
  reportCmd->add_option("--assets", report.asset_dir, "asset folder (default: ../assets beside the program)");
  reportCmd->add_option("--quarter", report.quarter, "the quarter under review, e.g. 2024Q3")->required();
  reportCmd->add_option("--format", report.format, "text (default), csv (one row per street/community/unit) or html")
      ->check(CLI::IsMember({"text", "csv", "html"}));
  reportCmd->add_option("--lang", report.lang, "language: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
  reportCmd->add_option("--today", report.today, "judge stale claims on this date, YYYY-MM-DD (default: today)");

  gj::cli::ImportOptions import;
  CLI::App* importCmd = app.add_subcommand(
      "import", "import CSV tables or JSON bundles into the data folder; each file lands whole or not at all");
  importCmd->add_option("--data", import.data_dir, kDataHelp);
  importCmd->add_option("--assets", import.asset_dir, "asset folder (default: ../assets beside the program)");
  importCmd->add_option("--table", import.table, "what the CSV files hold: needs, units or volunteers");
  importCmd->add_flag("--dry-run", import.dry_run, "show what would be added or updated and every row error; store nothing");
  importCmd->add_option("--operator", import.operator_name, "name written on the history entries (default gongjian-cli)");
  importCmd->add_option("--lang", import.lang, "language of the messages: zh (default) or en")
      ->check(CLI::IsMember({"zh", "en"}));
  importCmd->add_option("FILE", import.files, "*.json: a bundle (merged by id and rev); otherwise CSV")->required();
  importCmd->footer("A CSV file with any row error stores nothing (exit 1). A bundle's records that conflict with\n"
                    "stored ones are listed and left as stored (exit 1); its other records are stored.");

  gj::cli::ExportOptions exportOpts;
  CLI::App* exportCmd = app.add_subcommand("export", "write a table as CSV, the dataset as JSON, activities as iCalendar, "
                                                     "or the meeting pack as HTML");
  exportCmd->add_option("--data", exportOpts.data_dir, kDataHelp);
  exportCmd->add_option("--assets", exportOpts.asset_dir, "asset folder (default: ../assets beside the program)");
  exportCmd->add_option("--format", exportOpts.format, "csv, json, ics or html")
      ->required()->check(CLI::IsMember({"csv", "json", "ics", "html"}));
  exportCmd->add_option("--table", exportOpts.table, "csv: needs, units or volunteers");
  exportCmd->add_flag("--public", exportOpts.public_only, "leave out residents' and volunteers' personal information");
  exportCmd->add_option("--quarter", exportOpts.quarter, "html: the meeting pack's quarter, e.g. 2024Q3");
  exportCmd->add_option("--today", exportOpts.today, "html: judge stale claims on this date (default: the quarter's last day)");
  exportCmd->add_option("--community", exportOpts.community, "ics: only this community's activities (community/1)");
  exportCmd->add_option("--from", exportOpts.from, "ics: only activities from this date on (YYYY-MM-DD)");
  exportCmd->add_option("--lang", exportOpts.lang, "language: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
  exportCmd->add_option("--output,-o", exportOpts.output, "write to FILE instead of stdout");
  exportCmd->add_flag("--force", exportOpts.force, "replace an existing --output file");

  gj::cli::RestoreOptions restore;
  CLI::App* restoreCmd = app.add_subcommand(
      "restore", "bring a data folder back from a backup snapshot (the files replaced are kept, never deleted)");
  restoreCmd->add_option("--data", restore.data_dir, kDataHelp);
  restoreCmd->add_option("--backup", restore.backup, "the backup's name (see --list); default: the newest good one");
  restoreCmd->add_flag("--list", restore.list, "list the backups, newest first, each checked");

  gj::cli::KioskSnapshotOptions kiosk;
  CLI::App* kioskCmd = app.add_subcommand(
      "kiosk-snapshot", "write the kiosk's public snapshot (no residents' names, phones or addresses)");
  kioskCmd->add_option("--data", kiosk.data_dir, kDataHelp);
  kioskCmd->add_option("--assets", kiosk.asset_dir, "asset folder (default: ../assets beside the program)");
  kioskCmd->add_option("--today", kiosk.today, "the snapshot's date (default: today, China Standard Time)");
  kioskCmd->add_option("OUT", kiosk.out, "the file to write, - for stdout")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help/version (0) or the usage error
    return code == 0 ? 0 : 2;
  }
  if (statsCmd->parsed()) {
    if (stats.asset_dir.empty()) stats.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runStats(stats);
  }
  if (demoCmd->parsed()) {
    if (demo.asset_dir.empty()) demo.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runDemo(demo);
  }
  if (matchCmd->parsed()) {
    if (match.asset_dir.empty()) match.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runMatch(match);
  }
  if (classifyCmd->parsed()) {
    if (classify.asset_dir.empty()) classify.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runClassify(classify);
  }
  if (staffCmd->parsed()) {
    if (staff.asset_dir.empty()) staff.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runStaff(staff);
  }
  if (validateCmd->parsed()) return gj::cli::runValidate(validate);
  if (reportCmd->parsed()) {
    if (report.asset_dir.empty()) report.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runReport(report);
  }
  if (importCmd->parsed()) {
    if (import.asset_dir.empty()) import.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runImport(import);
  }
  if (exportCmd->parsed()) {
    if (exportOpts.asset_dir.empty()) exportOpts.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runExport(exportOpts);
  }
  if (restoreCmd->parsed()) return gj::cli::runRestore(restore);
  if (kioskCmd->parsed()) {
    if (kiosk.asset_dir.empty()) kiosk.asset_dir = gj::cli::defaultAssetDir();
    return gj::cli::runKioskSnapshot(kiosk);
  }
  std::cout << app.help();
  return 0;
}
