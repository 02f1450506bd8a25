// gongjian-cli: the command-line tool, no window needed. One grammar for every command:
//   gongjian-cli COMMAND [--data DIR] [options] [FILE...]
#include <iostream>

#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"gongjian-cli: batch work on a Gongjian (共建) data folder\n"
               "Usage: gongjian-cli COMMAND [--data DIR] [options] [FILE...]",
               "gongjian-cli"};
  app.set_version_flag("--version", std::string("gongjian-cli ") + GONGJIAN_VERSION);
  app.require_subcommand(0, 1);
  app.footer("Exit codes: 0 success, 1 the command failed (see stderr), 2 usage error.");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (app.get_subcommands().empty()) {
    std::cout << app.help();
    return 0;
  }
  return 0;
}
