// gongjian-cli demo DIR: writes the demo dataset as DIR/gongjian.json. An existing file is kept unless --force
// (then replaced through a temporary file and a rename, so a failed write never leaves half a file). Nothing
// is deleted.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli_commands.h"
#include "domain/bundle.h"

namespace gj::cli {

int runDemo(const DemoOptions& o) {
  namespace fs = std::filesystem;
  const fs::path target = fs::path(o.dir) / kBundleFile;
  std::error_code ec;
  if (fs::exists(target, ec) && !o.force) {
    std::cerr << "gongjian-cli: " << target.string() << " exists already; use --force to replace it\n";
    return 1;
  }
  auto ds = loadData("", o.asset_dir);
  if (!ds) return 1;
  fs::create_directories(o.dir, ec);
  if (ec) {
    std::cerr << "gongjian-cli: cannot create the folder " << o.dir << ": " << ec.message() << "\n";
    return 1;
  }
  const std::string text = writeBundle(*ds);
  const fs::path temp = fs::path(o.dir) / (std::string(kBundleFile) + ".tmp");
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      std::cerr << "gongjian-cli: cannot write " << temp.string() << "\n";
      return 1;
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    std::cerr << "gongjian-cli: cannot rename " << temp.string() << " to " << target.string() << ": " << ec.message() << "\n";
    return 1;
  }
  std::cout << "wrote " << target.string() << " (" << ds->size() << " records)\n";
  return 0;
}

}  // namespace gj::cli
