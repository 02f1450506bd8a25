// gongjian-cli: the command-line tool, no window needed. One grammar for every command:
//   gongjian-cli COMMAND [--data DIR] [options] [FILE...]
// Commands live in cli_*.cpp (see cli_commands.h); this file only parses.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli_commands.h"

int main(int argc, char** argv) {
  CLI::App app{"gongjian-cli: batch work on a Gongjian (共建) data folder\n"
               "Usage: gongjian-cli COMMAND [--data DIR] [options] [FILE...]",
               "gongjian-cli"};
  app.set_version_flag("--version", std::string("gongjian-cli ") + GONGJIAN_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Exit codes: 0 success, 1 the command failed (see stderr), 2 usage error.");

  gj::cli::StatsOptions stats;
  CLI::App* statsCmd = app.add_subcommand("stats", "print the dashboard figures (the demo dataset without --data)");
  statsCmd->add_option("--data", stats.data_dir, "data folder holding gongjian.json");
  statsCmd->add_option("--assets", stats.asset_dir, "asset folder (default: ../assets beside the program)");
  statsCmd->add_option("--quarter", stats.quarter, "count only this quarter, e.g. 2024Q3");
  statsCmd->add_flag("--json", stats.json, "print one JSON object instead of tables");
  statsCmd->add_option("--lang", stats.lang, "language of the tables: zh (default) or en")
      ->check(CLI::IsMember({"zh", "en"}));

  gj::cli::DemoOptions demo;
  CLI::App* demoCmd = app.add_subcommand("demo", "write the demo dataset of 蒙阳街道 as DIR/gongjian.json");
  demoCmd->add_option("DIR", demo.dir, "data folder to write into (created if missing)")->required();
  demoCmd->add_option("--assets", demo.asset_dir, "asset folder (default: ../assets beside the program)");
  demoCmd->add_flag("--force", demo.force, "replace an existing gongjian.json");

  gj::cli::MatchOptions match;
  CLI::App* matchCmd = app.add_subcommand("match", "propose which unit should lead which open need (need -> unit plan)");
  matchCmd->add_option("--data", match.data_dir, "data folder holding gongjian.json");
  matchCmd->add_option("--assets", match.asset_dir, "asset folder (default: ../assets beside the program)");
  matchCmd->add_option("--quarter", match.quarter, "plan for this quarter, e.g. 2024Q3 (default: the latest with projects)");
  matchCmd->add_flag("--json", match.json, "print the plan as one JSON object");
  matchCmd->add_option("--export-instance", match.export_instance, "also write the solver instance (JSON) to FILE");
  matchCmd->add_option("--lock", match.lock, "keep this pair, NEED=UNIT (repeatable)");
  matchCmd->add_option("--forbid", match.forbid, "never propose this pair, NEED=UNIT (repeatable)");

  gj::cli::ClassifyOptions classify;
  CLI::App* classifyCmd = app.add_subcommand("classify", "rank the categories of a need's text, with the keywords");
  classifyCmd->add_option("TEXT", classify.text, "the need as the resident said it")->required();
  classifyCmd->add_option("--assets", classify.asset_dir, "asset folder (default: ../assets beside the program)");
  classifyCmd->add_flag("--json", classify.json, "print {\"categories\":[{\"id\",\"score\",\"keywords\"},...]}");
  classifyCmd->add_option("--lang", classify.lang, "language of the table: zh (default) or en")
      ->check(CLI::IsMember({"zh", "en"}));

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
  std::cout << app.help();
  return 0;
}
