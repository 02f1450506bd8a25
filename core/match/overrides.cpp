// Laying the stored categories and weights over the assets' ones (see overrides.h).
#include "match/overrides.h"

namespace gj::match {

bool applyCategoryOverride(const std::string& stored, const Taxonomy& assets, Taxonomy* out, std::string* error) {
  if (stored.empty()) {
    *out = assets;
    return true;
  }
  Taxonomy edited;
  if (!parseTaxonomy(stored, &edited, error)) {
    *error = std::string(kCategoriesSettingKey) + ": " + *error;
    return false;
  }
  for (const Category& c : assets.categories)
    if (!edited.find(c.id)) edited.categories.push_back(c);
  *out = std::move(edited);
  return true;
}

bool applyWeightsOverride(const std::string& stored, const MatchingWeights& assets, MatchingWeights* out,
                          std::string* error) {
  if (stored.empty()) {
    *out = assets;
    return true;
  }
  MatchingWeights edited;
  if (!parseMatchingWeights(stored, assets, &edited, error)) {
    *error = std::string(kWeightsSettingKey) + ": " + *error;
    return false;
  }
  *out = std::move(edited);
  return true;
}

}  // namespace gj::match
