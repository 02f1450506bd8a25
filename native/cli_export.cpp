// gongjian-cli export --format csv|json|ics|html: a table as CSV (the columns the import reads), the whole
// dataset as a JSON bundle, the volunteer activities as iCalendar, or a quarter's meeting pack as printable
// HTML; to stdout or --output FILE (an existing file is kept unless --force; written through a temp file).
// --public leaves out residents' and volunteers' personal information.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli_commands.h"
#include "domain/bundle.h"
#include "domain/privacy.h"
#include "io/export_csv.h"
#include "io/ical_export.h"
#include "io/meeting_html.h"
#include "report/meeting_pack.h"

namespace gj::cli {
namespace {

bool writeOutput(const std::string& path, const std::string& bytes, bool force) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(path, ec) && !force) {
    std::cerr << "gongjian-cli export: " << path << " exists already; use --force to replace it\n";
    return false;
  }
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::cerr << "gongjian-cli export: " << temp << ": cannot write\n";
      fs::remove(temp, ec);
      return false;
    }
  }
  fs::rename(temp, path, ec);
  if (ec) {
    std::cerr << "gongjian-cli export: cannot rename " << temp << " to " << path << ": " << ec.message() << "\n";
    fs::remove(temp, ec);
    return false;
  }
  return true;
}

}  // namespace

int runExport(const ExportOptions& o) {
  const Language lang = o.lang == "en" ? Language::en : Language::zh;
  std::optional<io::ImportTable> table;
  if (o.format == "csv" && !(table = io::parseImportTable(o.table))) {
    std::cerr << "gongjian-cli export: --format csv needs --table needs, units or volunteers"
              << (o.table.empty() ? "" : ", got \"" + o.table + "\"") << "\n";
    return 2;
  }
  std::optional<Quarter> quarter;
  if (o.format == "html" && !(quarter = Quarter::parse(o.quarter))) {
    std::cerr << "gongjian-cli export: --format html needs --quarter like 2024Q3"
              << (o.quarter.empty() ? "" : ", got \"" + o.quarter + "\"") << "\n";
    return 2;
  }
  auto ds = loadData(o.data_dir, o.asset_dir);
  if (!ds) return 1;
  std::string bytes;
  if (o.format == "csv") {
    bytes = io::exportCsv(*table, *ds, o.public_only ? io::Audience::general_public : io::Audience::staff, lang);
  } else if (o.format == "json") {
    bytes = writeBundle(o.public_only ? publicSnapshot(*ds) : *ds);
  } else if (o.format == "ics") {
    bytes = io::exportActivitiesIcs(*ds, io::IcsOptions{lang, o.community, o.from});
  } else {
    const report::MeetingPack pack = report::computeMeetingPack(*ds, *quarter, o.today.empty() ? quarter->lastDay() : o.today);
    if (!pack.error.empty()) {
      std::cerr << "gongjian-cli export: " << pack.error.in(lang) << "\n";
      return 2;
    }
    bytes = io::meetingPackHtml(*ds, pack, lang);
  }
  if (o.output.empty()) {
    std::cout << bytes;
    return std::cout ? 0 : 1;
  }
  if (!writeOutput(o.output, bytes, o.force)) return 1;
  std::cerr << "wrote " << o.output << " (" << bytes.size() << " bytes)\n";
  return 0;
}

}  // namespace gj::cli
