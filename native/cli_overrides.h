// The categories and matching weights edited in the program's Settings, read from a data folder and laid over
// the assets' ones (match/overrides.h), so that classify, match and staff agree with the program.
#pragma once
#include <string>

#include "match/plan_weights.h"
#include "match/taxonomy.h"

namespace gj::cli {

// The assets' dictionary with the data folder's edits (dataDir "" : the default folder). A folder without
// data, or without edits, gives the assets' one. False (the reason on stderr, prefixed with `command`) when
// the assets cannot be read or an explicit --data folder does not exist. A stored document that cannot be
// used is reported on stderr and the assets' values are used, as the program does.
bool loadTaxonomy(const std::string& dataDir, const std::string& assetDir, const char* command,
                  match::Taxonomy* out);
bool loadWeights(const std::string& dataDir, const std::string& assetDir, const char* command,
                 match::MatchingWeights* out);

}  // namespace gj::cli
