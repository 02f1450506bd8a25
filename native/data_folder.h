// The data folder shared by the desktop program and gongjian-cli: where it is by default, and what an
// empty one starts with.
#pragma once
#include <string>

#include "domain/dataset.h"

namespace gj::native {

// $XDG_DATA_HOME/gongjian, else ~/.local/share/gongjian.
std::string defaultDataDir();

// An older gongjian-cli wrote the whole dataset as DIR/gongjian.json (a bundle); it is read, never changed.
inline constexpr const char* kLegacyBundleFile = "gongjian.json";

// The first dataset of a folder that holds none yet: DIR/gongjian.json when an older program left one,
// otherwise the demo dataset of 蒙阳街道. False with *error naming the file and field.
bool seedDataset(const std::string& dataDir, const std::string& assetDir, Dataset* out, std::string* error);

}  // namespace gj::native
