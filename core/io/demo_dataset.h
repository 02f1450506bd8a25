// The demo dataset of 蒙阳街道 (名山区, 雅安): built deterministically from the hand-written tables in
// assets/demo/ (see assets/demo/README.md), from which the dashboard computes the figures of the 2024
// newspaper report (domain/seed-article.txt). Residents and volunteers in it are fictional.
// The app loads it on first start when storage is empty; `gongjian-cli demo DIR` writes it as a bundle.
#pragma once
#include <string>

#include "domain/dataset.h"

namespace gj::io {

// Builds the demo dataset from `assetDir` (the assets folder: assetDir/demo/*.json and
// assetDir/categories.json). The same tables always give the same records (ids, times, bytes); no clock
// is read. On bad source data returns false with *error naming file and field, e.g.
//   projects.json: projects[3].lead: expected a unit key from units.json, got "xyz"
// (one line per problem). The dataset passes record validation and checkReferences.
bool loadDemoDataset(const std::string& assetDir, gj::Dataset* out, std::string* error);

}  // namespace gj::io
