// The shipped category dictionary (the build's copy of assets/categories.json), parsed once per test run.
#pragma once
#include <string>

#include "io/text_file.h"
#include "match/taxonomy.h"

namespace gj::test {

// Empty (no categories) when the file is missing or does not parse; *error then says why.
inline const match::Taxonomy& shippedTaxonomy(std::string* error = nullptr) {
  static std::string problem;
  static const match::Taxonomy taxonomy = [] {
    match::Taxonomy t;
    auto text = io::readTextFile(std::string(GONGJIAN_TEST_ASSETS) + "/categories.json", &problem);
    if (text && !match::parseTaxonomy(*text, &t, &problem)) t = {};
    return t;
  }();
  if (error) *error = problem;
  return taxonomy;
}

}  // namespace gj::test
