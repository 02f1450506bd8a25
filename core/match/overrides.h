// The categories and matching weights as edited in Settings: stored in the data (settings documents in the
// assets' formats) and laid over the assets when the data is loaded, by the program and by gongjian-cli alike,
// so the classifier and the plans agree wherever they run.
#pragma once
#include <string>

#include "match/plan_weights.h"
#include "match/taxonomy.h"

namespace gj::match {

inline constexpr const char* kCategoriesSettingKey = "settings/categories";       // taxonomy.h format
inline constexpr const char* kWeightsSettingKey = "settings/matching_weights";    // plan_weights.h format

// The stored taxonomy over the assets' one. "" (never edited) gives the assets' taxonomy. A category the
// assets gained after the document was stored (a newer release) is added at the end, in use: a stored
// document can retire a category but never hides one it did not know. On a bad document returns false,
// *out unchanged, *error naming the document and field ("settings/categories: categories[2].zh: ...").
bool applyCategoryOverride(const std::string& stored, const Taxonomy& assets, Taxonomy* out, std::string* error);

// The stored weights over the assets' ones (a key the document lacks keeps the assets' value). "" gives the
// assets' weights. On a bad document returns false, *out unchanged, *error naming the document and key.
bool applyWeightsOverride(const std::string& stored, const MatchingWeights& assets, MatchingWeights* out,
                          std::string* error);

}  // namespace gj::match
