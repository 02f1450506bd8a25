// The demo dataset for the tests, built once per test run from the build's copy of assets/
// (GONGJIAN_TEST_ASSETS); building it takes a few seconds in a debug build.
#pragma once
#include <stdexcept>
#include <string>

#include "domain/dataset.h"
#include "io/demo_dataset.h"

namespace gj::test {

inline const Dataset& demoDataset() {
  static const Dataset ds = [] {
    Dataset built;
    std::string error;
    if (!io::loadDemoDataset(GONGJIAN_TEST_ASSETS, &built, &error)) throw std::runtime_error(error);
    return built;
  }();
  return ds;
}

template <class R, class Pred> const R* findRecord(const Dataset& ds, Pred pred) {
  for (const auto& [id, r] : ds.table<R>())
    if (pred(r)) return &r;
  return nullptr;
}

}  // namespace gj::test
