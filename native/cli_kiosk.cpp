// gongjian-cli kiosk-snapshot: writes the kiosk's public snapshot (report/kiosk_snapshot.h) of a data folder —
// the same document the office program publishes for the kiosk, without residents' names, phones or
// addresses. OUT "-" prints it; `--data DIR DIR/kiosk-snapshot.json` prepares a desktop kiosk on that folder.
#include <ctime>
#include <iostream>

#include "cli_commands.h"
#include "domain/dates.h"
#include "file_kiosk.h"
#include "report/kiosk_snapshot.h"

namespace gj::cli {

namespace {
// The street office's date (China Standard Time), as the office program uses for the snapshot.
std::string chinaDate() {
  const std::time_t now = std::time(nullptr) + 8 * 3600;
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
  return text;
}
}  // namespace

int runKioskSnapshot(const KioskSnapshotOptions& o) {
  const std::string today = o.today.empty() ? chinaDate() : o.today;
  if (!isDate(today)) {
    std::cerr << "gongjian-cli kiosk-snapshot: --today " << o.today << ": expected a date YYYY-MM-DD\n";
    return 2;
  }
  auto ds = loadData(o.data_dir, o.asset_dir);
  if (!ds) return 1;
  const std::string text = report::kioskSnapshotText(*ds, today);
  if (o.out == "-") {
    std::cout << text;
    return 0;
  }
  if (auto err = native::writeFileAtomically(o.out, text); !err.empty()) {
    std::cerr << "gongjian-cli kiosk-snapshot: " << err << "\n";
    return 1;
  }
  return 0;
}

}  // namespace gj::cli
