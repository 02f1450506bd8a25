// The classifier: the free text of a need -> ranked categories, each with the keywords that decided it.
// Keywords and weights are data (assets/categories.json, see taxonomy.h); this file only matches and adds up.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "match/taxonomy.h"

namespace gj::match {

struct CategoryScore {
  std::string id;                     // category id
  int score = 0;                      // sum of the weights of the keywords found (each counted once)
  std::vector<std::string> keywords;  // as written in the dictionary: heaviest first, then as they appear
};

// Categories with a score above 0, best first; equal scores keep the dictionary order. Empty when no keyword
// occurs. Rules: the text and the keywords are folded alike (text_fold.h); English keywords match whole words
// (plural and -ed/-ing endings allowed); a keyword found only inside a longer keyword's match does not count
// (垃圾 inside 垃圾分类, 电动车 inside 电动车进楼), nor inside a neutral phrase; a keyword found several times
// counts once.
std::vector<CategoryScore> classify(const Taxonomy& taxonomy, std::string_view text);

}  // namespace gj::match
