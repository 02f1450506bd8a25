// Writes what must be byte-identical on both targets — the demo bundle, the dashboard JSON and the kiosk's
// public snapshot — to the build's test-output/ folder. scripts/test_all.sh compares the native and WebAssembly copies.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "demo_fixture.h"
#include "domain/bundle.h"
#include "report/dashboard.h"
#include "report/kiosk_snapshot.h"

namespace {
void writeOutput(const std::string& name, const std::string& text) {
  std::filesystem::create_directories(GONGJIAN_TEST_OUTPUT);
  std::string path = std::string(GONGJIAN_TEST_OUTPUT) + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  REQUIRE_MESSAGE(out.good(), "cannot write " << path);
}
}  // namespace

TEST_CASE("cross-target: the demo bundle and its dashboard are written for comparison") {
  const gj::Dataset& demo = gj::test::demoDataset();
  std::string bundle = gj::writeBundle(demo);
  std::string dashboard = gj::report::dashboardJson(gj::report::computeDashboard(demo)).dump();
  CHECK(bundle.size() > 100000);
  CHECK(dashboard.find("\"funds_fen\":154100000") != std::string::npos);
  writeOutput("demo-bundle.json", bundle);
  writeOutput("dashboard.json", dashboard);
}

TEST_CASE("cross-target: the kiosk's public snapshot is written for comparison") {
  const std::string snapshot = gj::report::kioskSnapshotText(gj::test::demoDataset(), "2024-09-20");
  CHECK(snapshot.find("\"projects_claimed\": 49") != std::string::npos);
  writeOutput("kiosk-snapshot-2024-09-20.json", snapshot);
}
