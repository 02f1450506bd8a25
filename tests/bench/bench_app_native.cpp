// The app benchmark's native figures (app.sh; the browser's are app_bench.mjs): the desktop program's code
// paths on a data folder (FileStorage: journal + fsync) with the district bundle, and the shared UI drawn
// into an ImGui frame without a window (CPU only). Per round, a fresh folder:
//   import   mergeBundle + putRecords + Workspace::perform -> the commit stored (Settings' import path)
//   start    FileStorage::open + App::init (fonts, the workspace's load) + the first 3 frames
//   load     the workspace's load alone (read the folder, build the dataset)
//   edit     20 settings saves (the language), perform -> stored, p50/p95
//   frames   every screen, NewFrame + App::frame + Render, median of 15
//   memory   peak RSS
//   bench_app_native BUNDLE [--assets DIR] [--rounds N]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <imgui.h>

#include "file_storage.h"
#include "io/bundle_merge.h"
#include "io/import_action.h"
#include "io/text_file.h"
#include "io/workspace.h"
#include "ui/app.h"

using namespace gj;
namespace fs = std::filesystem;

namespace {

double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
double median(std::vector<double> v) { std::sort(v.begin(), v.end()); return v[v.size() / 2]; }
double pct(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size()) + 0.999999) - 1;
  return v[std::min(i, v.size() - 1)];
}
std::string mmm(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  char s[96];
  std::snprintf(s, sizeof s, "%.1f/%.1f/%.1f", v.front(), v[v.size() / 2], v.back());
  return s;
}

double frameMs(ui::App& app) {
  ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
  if (app.prepareFrame()) {
    unsigned char* pixels;
    int w, h;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  const auto t0 = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  app.frame();
  ImGui::Render();
  return msSince(t0);
}

bool storeAll(io::Workspace& ws) {  // waits for the (synchronous) file storage
  return ws.state() == io::SaveState::saved;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return std::fprintf(stderr, "usage: bench_app_native BUNDLE [--assets DIR] [--rounds N]\n"), 2;
  std::string assets = GONGJIAN_BENCH_ASSETS;
  int rounds = 5;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--assets")) assets = argv[i + 1];
    if (!std::strcmp(argv[i], "--rounds")) rounds = std::max(1, std::atoi(argv[i + 1]));
  }
  std::string error;
  auto bundle = io::readTextFile(argv[1], &error);
  if (!bundle) return std::fprintf(stderr, "%s\n", error.c_str()), 1;

  std::vector<double> importMs, startMs, loadMs, editP50, editP95, edits;
  std::map<int, std::vector<double>> screenMs;
  std::size_t records = 0;
  for (int round = 0; round < rounds; ++round) {
    const fs::path dir = fs::temp_directory_path() / ("gongjian-bench-native-" + std::to_string(round));
    fs::remove_all(dir);
    {  // the demo data folder, then the district bundle imported into it
      native::FileStorage storage(dir.string());
      if (auto err = storage.open(); !err.empty()) return std::fprintf(stderr, "%s\n", err.c_str()), 1;
      io::Workspace ws(storage);
      ImGui::CreateContext();
      ImGui::GetIO().IniFilename = nullptr;
      ui::App app;
      ui::AppOptions options;
      options.assetDir = assets;
      options.platform = "native";
      options.workspace = &ws;
      if (auto err = app.init(options); !err.empty()) return std::fprintf(stderr, "%s\n", err.c_str()), 1;
      const auto t0 = std::chrono::steady_clock::now();
      io::MergeResult merged = io::mergeBundle(ws.dataset(), *bundle);
      if (!merged.ok()) return std::fprintf(stderr, "the bundle does not merge: %s\n", merged.errors.front().c_str()), 1;
      io::Action action;
      io::putRecords(merged.writes, action);
      ws.perform(std::move(action));
      if (!storeAll(ws)) return std::fprintf(stderr, "import not stored: %s\n", ws.error().c_str()), 1;
      importMs.push_back(msSince(t0));
      ImGui::DestroyContext();
    }
    native::FileStorage storage(dir.string());
    io::Workspace ws(storage);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
    ui::App app;
    ui::AppOptions options;
    options.assetDir = assets;
    options.platform = "native";
    options.workspace = &ws;
    auto t0 = std::chrono::steady_clock::now();
    if (auto err = storage.open(); !err.empty()) return std::fprintf(stderr, "%s\n", err.c_str()), 1;
    if (auto err = app.init(options); !err.empty()) return std::fprintf(stderr, "%s\n", err.c_str()), 1;
    for (int f = 0; f < 3; ++f) frameMs(app);
    startMs.push_back(msSince(t0));
    records = ws.dataset().size();
    {  // the load alone, on a second workspace over the same folder (read-only: the lock is held)
      native::FileStorageOptions ro;
      ro.readOnly = true;
      native::FileStorage again(dir.string(), ro);
      again.open();
      io::Workspace other(again);
      t0 = std::chrono::steady_clock::now();
      other.open({});
      loadMs.push_back(msSince(t0));
    }
    std::vector<double> roundEdits;
    for (int i = 0; i < 20; ++i) {
      io::Action action;
      action.putSetting("settings/ui", i % 2 ? R"({"lang":"zh"})" : R"({"lang":"en"})");
      t0 = std::chrono::steady_clock::now();
      ws.perform(std::move(action));
      if (!storeAll(ws)) return std::fprintf(stderr, "edit not stored: %s\n", ws.error().c_str()), 1;
      roundEdits.push_back(msSince(t0));
    }
    edits.insert(edits.end(), roundEdits.begin(), roundEdits.end());
    editP50.push_back(pct(roundEdits, 0.5));
    editP95.push_back(pct(roundEdits, 0.95));
    for (int s = 0; s < ui::kScreenCount; ++s) {
      app.setScreen(static_cast<ui::Screen>(s));
      for (int f = 0; f < 3; ++f) frameMs(app);
      std::vector<double> ms;
      for (int f = 0; f < 15; ++f) ms.push_back(frameMs(app));
      screenMs[s].push_back(median(ms));
    }
    ImGui::DestroyContext();
    fs::remove_all(dir);
  }
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  std::printf("native, district data (%zu records), min/median/max over %d rounds, ms:\n", records, rounds);
  std::printf("  start (open folder + App::init with the load + 3 frames): %s (target 3000)\n", mmm(startMs).c_str());
  std::printf("  load from the data folder (read + dataset): %s (target 1000)\n", mmm(loadMs).c_str());
  std::printf("  import the district bundle (merge + store, fsync): %s (target 5000)\n", mmm(importMs).c_str());
  std::printf("  one edit (perform -> stored, fsync): p50 per round %s, p95 per round %s; all %zu: p50 %.1f p95 %.1f (target p95 20)\n",
              mmm(editP50).c_str(), mmm(editP95).c_str(), edits.size(), pct(edits, 0.5), pct(edits, 0.95));
  for (int s = 0; s < ui::kScreenCount; ++s)
    std::printf("  frame %-11s %s (NewFrame + App::frame + Render; target 8)\n", ui::screenId(static_cast<ui::Screen>(s)),
                mmm(screenMs[s]).c_str());
  std::printf("  peak memory (max RSS): %.1f MiB\n", static_cast<double>(u.ru_maxrss) / 1024.0);
  return 0;
}
