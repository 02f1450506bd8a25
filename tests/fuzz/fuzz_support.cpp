// The small dataset of fuzz_support.h, built once per process.
#include "fuzz_support.h"

#include "io/demo_dataset.h"

namespace gj::fuzz {

const Dataset& smallDemo() {
  static const Dataset small = [] {
    Dataset demo;
    std::string error;
    require(io::loadDemoDataset(assetDir(), &demo, &error), "the demo dataset loads", error);
    Dataset out;
    out.street = demo.street;
    for (const auto& [id, r] : demo.streets()) out.put(r);
    for (const auto& [id, r] : demo.communities()) out.put(r);
    for (const auto& [id, r] : demo.units()) out.put(r);
    std::size_t n = 0;
    for (const auto& [id, r] : demo.needs()) {
      if (!r.matched_unit.empty() || !r.project.empty() || !r.duplicate_of.empty()) continue;
      if (++n > 12) break;
      out.put(r);
    }
    n = 0;
    for (const auto& [id, r] : demo.volunteers())
      if (++n <= 12) out.put(r);
    require(checkReferences(out).empty(), "the small demo dataset holds its references");
    return out;
  }();
  return small;
}

}  // namespace gj::fuzz
