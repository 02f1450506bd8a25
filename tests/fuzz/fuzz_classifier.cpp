// Fuzz target: the classifier on any text a resident may type or paste (invalid UTF-8 included), with the
// shipped dictionary. Checked: categories come from the dictionary, once each, best first, each with a
// score above 0 and at least one keyword of that category, each of which occurs in the folded text.
// (classify is a pure function of the dictionary and the text; a second call per input to compare would
// halve the inputs a long run gets through.)
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_support.h"
#include "io/text_file.h"
#include "match/classifier.h"
#include "match/text_fold.h"

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
  const std::u32string folded = scores.empty() ? std::u32string() : match::foldText(text);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const auto& s = scores[i];
    const match::Category* c = taxonomy().find(s.id);
    fuzz::require(c != nullptr, "a category of the dictionary", s.id);
    fuzz::require(seen.insert(s.id).second, "each category once", s.id);
    fuzz::require(s.score > 0 && !s.keywords.empty(), "a score above 0 with the keywords that gave it", s.id);
    fuzz::require(i == 0 || scores[i - 1].score >= s.score, "best first", s.id);
    for (const auto& k : s.keywords) {
      const match::Keyword* known = nullptr;
      for (const auto& kw : c->keywords)
        if (kw.text == k) known = &kw;
      fuzz::require(known != nullptr, "a keyword of that category", k);
      fuzz::require(folded.find(known->folded) != std::u32string::npos, "a keyword that occurs in the text", k);
    }
  }
  return 0;
}
