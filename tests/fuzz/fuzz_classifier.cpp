// Fuzz target: the classifier on any text a resident may type or paste (invalid UTF-8 included), with the
// shipped dictionary. Checked: categories come from the dictionary, once each, best first, each with a
// score above 0 and at least one keyword of that category; the same text gives the same result.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_support.h"
#include "io/text_file.h"
#include "match/classifier.h"

namespace {

const gj::match::Taxonomy& taxonomy() {
  static const gj::match::Taxonomy t = [] {
    std::string error;
    auto text = gj::io::readTextFile(gj::fuzz::assetDir() + "/categories.json", &error);
    gj::fuzz::require(text.has_value(), "categories.json reads", error);
    gj::match::Taxonomy parsed;
    gj::fuzz::require(gj::match::parseTaxonomy(*text, &parsed, &error), "categories.json parses", error);
    return parsed;
  }();
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gj;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto scores = match::classify(taxonomy(), text);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const auto& s = scores[i];
    const match::Category* c = taxonomy().find(s.id);
    fuzz::require(c != nullptr, "a category of the dictionary", s.id);
    fuzz::require(seen.insert(s.id).second, "each category once", s.id);
    fuzz::require(s.score > 0 && !s.keywords.empty(), "a score above 0 with the keywords that gave it", s.id);
    fuzz::require(i == 0 || scores[i - 1].score >= s.score, "best first", s.id);
    for (const auto& k : s.keywords) {
      bool known = false;
      for (const auto& kw : c->keywords) known = known || kw.text == k;
      fuzz::require(known, "a keyword of that category", k);
    }
  }
  fuzz::require(match::classify(taxonomy(), text).size() == scores.size(), "the same text, the same result");
  return 0;
}
