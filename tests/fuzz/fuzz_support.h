// What the fuzz targets share: a check that stops the run on a broken promise (libFuzzer then keeps the
// input as a crash), the pieces an input is cut into, and the small dataset the targets run against.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dataset.h"

namespace gj::fuzz {

// A promise of core/ that the input broke: print it and abort, so the input is saved as a crash.
inline void require(bool ok, const char* promise, std::string_view detail = {}) {
  if (ok) return;
  std::fprintf(stderr, "broken promise: %s\n%.*s\n", promise, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

// The input cut at every 0x1E byte (ASCII record separator), which no field of ours holds.
inline std::vector<std::string_view> pieces(std::string_view input) {
  std::vector<std::string_view> out;
  for (;;) {
    const std::size_t cut = input.find('\x1e');
    out.push_back(input.substr(0, cut));
    if (cut == std::string_view::npos) return out;
    input.remove_prefix(cut + 1);
  }
}

// The demo dataset cut down to its street, communities, units and the first few needs and volunteers
// (every reference still holds): imports meet real names at a fraction of the cost per input.
const Dataset& smallDemo();

// The assets folder of the source tree (categories, demo tables).
inline std::string assetDir() { return GONGJIAN_FUZZ_ASSETS; }

}  // namespace gj::fuzz
