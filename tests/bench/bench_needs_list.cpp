// The Needs screen's frame build time (CPU, no GPU): the demo dataset grown to 10,000 and 100,000 needs,
// the screen drawn into a 1920x1080 ImGui frame many times. Prints min / median / max per size and the
// ratio of the medians (target: under 4 ms natively, 100k within 1.2x of 10k).
//   bench_needs_list [--frames N] [--assets DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <imgui.h>

#include "domain/memory_storage.h"
#include "io/demo_dataset.h"
#include "io/text_file.h"
#include "ui/fonts.h"
#include "ui/needs_screen.h"
#include "ui/screens.h"
#include "ui/strings.h"

using namespace gj;

namespace {

// The demo's needs copied (new ids, same texts and communities) until there are `count`.
Dataset grown(const Dataset& demo, std::size_t count) {
  Dataset ds = demo;
  std::vector<Need> base;
  for (const auto& [id, n] : demo.needs()) base.push_back(n);
  for (std::size_t i = ds.needs().size(); i < count; ++i) {
    Need n = base[i % base.size()];
    n.id = "need/" + std::to_string(100000 + i);
    n.status = NeedStatus::reported;
    n.category.clear();
    n.matched_unit.clear();
    n.project.clear();
    n.duplicate_of.clear();
    ds.put(n);
  }
  return ds;
}

struct Figures {
  double min, median, max;
};

Figures measure(ui::ScreenContext& ctx, int frames) {
  std::vector<double> ms;
  for (int f = 0; f < frames + 3; ++f) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    auto t0 = std::chrono::steady_clock::now();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("bench", nullptr, ImGuiWindowFlags_NoDecoration);
    ui::drawNeeds(ctx);
    ImGui::End();
    ImGui::Render();
    auto t1 = std::chrono::steady_clock::now();
    if (f >= 3) ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());  // after the first list
  }
  std::sort(ms.begin(), ms.end());
  return {ms.front(), ms[ms.size() / 2], ms.back()};
}

}  // namespace

int main(int argc, char** argv) {
  int frames = 200;
  std::string assets = GONGJIAN_BENCH_ASSETS;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--frames")) frames = std::max(1, std::atoi(argv[i + 1]));
    if (!std::strcmp(argv[i], "--assets")) assets = argv[i + 1];
  }
  Dataset demo;
  std::string error;
  if (!io::loadDemoDataset(assets, &demo, &error)) {
    std::fprintf(stderr, "bench_needs_list: %s\n", error.c_str());
    return 1;
  }
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1920, 1080);
  if (auto err = ui::strings().load(assets); !err.empty()) return std::fprintf(stderr, "%s\n", err.c_str()), 1;
  if (auto err = ui::loadFonts(assets, ui::strings().allText()); !err.empty()) return std::fprintf(stderr, "%s\n", err.c_str()), 1;
  unsigned char* pixels;
  int w, h;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);

  ui::ScreenContext ctx;
  auto categories = io::readTextFile(assets + "/categories.json", &error);
  if (!categories || !match::parseTaxonomy(*categories, &ctx.taxonomy, &error)) return std::fprintf(stderr, "%s\n", error.c_str()), 1;

  // Two rounds; the first warms caches and the clock, the second is reported.
  std::vector<Figures> results;
  for (int round = 0; round < 2; ++round) {
    results.clear();
    for (std::size_t count : {std::size_t{10000}, std::size_t{100000}}) {
      MemoryStorage storage;
      io::Workspace ws(storage);
      Dataset big = grown(demo, count);
      ws.open([&](Dataset* out, std::string*) { return *out = big, true; });
      ctx.workspace = &ws;
      ui::needsState() = ui::NeedsState{};  // no list cached from the previous size
      Figures f = measure(ctx, frames);
      results.push_back(f);
      if (round == 1)
        std::printf("needs list, %zu needs: frame build min %.3f ms, median %.3f ms, max %.3f ms (%d frames)\n",
                    count, f.min, f.median, f.max, frames);
      ctx.workspace = nullptr;
    }
  }
  std::printf("needs list: 100k median / 10k median = %.2f\n", results[1].median / results[0].median);
  ImGui::DestroyContext();
  return 0;
}
