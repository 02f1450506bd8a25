// loadDemoDataset: read the tables, build the records, and check the result the way a loaded bundle is checked.
#include "io/demo_dataset.h"

#include "io/demo_builder.h"

namespace gj::io {

bool loadDemoDataset(const std::string& assetDir, gj::Dataset* out, std::string* error) {
  std::vector<std::string> categories;
  if (!demo::readCategoryIds(assetDir, &categories, error)) return false;
  demo::DemoSource source;
  if (!demo::readDemoSource(assetDir + "/demo", categories, &source, error)) return false;

  Dataset ds;
  Errors errors;
  demo::DemoBuilder(source, ds, errors).build();
  if (errors.empty()) {
    // The lifecycle steps validate each change already; this also covers records made in one step.
    ds.forEachTable([&](const auto& table) {
      for (const auto& [id, r] : table) {
        Errors e = validate(r);
        errors.insert(errors.end(), e.begin(), e.end());
      }
    });
    Errors refs = checkReferences(ds);
    errors.insert(errors.end(), refs.begin(), refs.end());
  }
  if (!errors.empty()) {
    std::string text;
    for (const auto& e : errors) text += (text.empty() ? "" : "\n") + e;
    *error = text;
    return false;
  }
  *out = std::move(ds);
  return true;
}

}  // namespace gj::io
