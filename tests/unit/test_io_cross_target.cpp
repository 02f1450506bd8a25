// Writes the import/export outputs that must be byte-identical natively and in WebAssembly to the build's
// test-output/ folder (compared like demo-bundle.json by scripts/test_all.sh): CSV exports, the iCalendar
// file and the printable meeting pack of the demo dataset, and the records a GB18030 CSV import proposes
// (against the tests' small street, whose communities the file names).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "demo_fixture.h"
#include "domain/bundle.h"
#include "io/export_csv.h"
#include "io/ical_export.h"
#include "io/import_csv.h"
#include "io/meeting_html.h"
#include "io/text_file.h"
#include "report/meeting_pack.h"
#include "test_domain_fixture.h"

namespace {
void writeIoOutput(const std::string& name, const std::string& text) {
  std::filesystem::create_directories(GONGJIAN_TEST_OUTPUT);
  const std::string path = std::string(GONGJIAN_TEST_OUTPUT) + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  REQUIRE_MESSAGE(out.good(), "cannot write " << path);
}
}  // namespace

TEST_CASE("cross-target: import/export outputs are written for comparison") {
  using namespace gj;
  const Dataset& demo = test::demoDataset();
  writeIoOutput("io-needs-public-zh.csv", io::exportCsv(io::ImportTable::needs, demo, io::Audience::general_public, Language::zh));
  writeIoOutput("io-volunteers-staff-en.csv", io::exportCsv(io::ImportTable::volunteers, demo, io::Audience::staff, Language::en));
  const std::string ics = io::exportActivitiesIcs(demo);
  CHECK(ics.find("BEGIN:VEVENT") != std::string::npos);
  writeIoOutput("io-activities.ics", ics);
  const report::MeetingPack pack = report::computeMeetingPack(demo, Quarter{2024, 3}, "2024-10-08");
  writeIoOutput("io-meeting-pack-2024Q3-zh.html", io::meetingPackHtml(demo, pack, Language::zh));

  std::string error;
  auto bytes = io::readTextFile(GONGJIAN_SOURCE_DIR "/tests/unit/data/io/needs_gb18030.csv", &error);
  REQUIRE_MESSAGE(bytes, error);
  io::ImportOptions options;
  options.edit = Edit{"2024-08-01T10:00:00+08:00", "王芳", "导入"};
  io::ImportResult r = io::importCsv(io::ImportTable::needs, *bytes, test::smallStreet(), options);
  std::string issues;
  for (const auto& i : r.issues) issues += i.message.en + "\n";
  REQUIRE_MESSAGE(r.ok(), issues);
  writeIoOutput("io-import-gb18030.json", writeBundle(r.writes));
}
