// The need categories (ids fixed in code, labels and keywords as data in assets/categories.json).
//
// Document format ("gongjian-categories"):
//   {"format":"gongjian-categories","version":2,
//    "neutral":["工作人员", ...],              // phrases that score nothing but hide the keywords inside them
//    "categories":[{"id":"elderly","zh":"养老助老","en":"Care for the elderly",
//                   "keywords":["独居老人", {"text":"老人","weight":3}, "living alone", ...]}, ...,
//                  {"id":"old_id", ..., "retired":true}]}
// A retired category (Settings) is never deleted, since needs refer to its id: it stays readable (find()) but
// the classifier does not suggest it and forms do not offer it.
// A keyword is a string (weight = its length: 1 per Chinese character, 2 per English word) or an object
// with an explicit integer weight 1..20. Keywords match after folding (text_fold.h): full-width, case and
// common traditional characters do not matter.
#pragma once
#include <string>
#include <vector>

namespace gj::match {

struct Keyword {
  std::string text;       // as written in the dictionary, shown to users
  int weight = 1;
  std::u32string folded;  // foldText(text), filled by parseTaxonomy
};

struct Category {
  std::string id;     // "elderly"
  std::string zh;     // 养老助老
  std::string en;     // Care for the elderly
  std::vector<Keyword> keywords;
  bool retired = false;
};

struct Taxonomy {
  std::vector<Category> categories;  // in use, in file order, which is the display order
  std::vector<Category> retired;     // retired: kept apart so every list of `categories` leaves them out
  std::vector<Keyword> neutral;      // weight 0
  const Category* find(const std::string& id) const;  // in use or retired
};

// Weight of a keyword without an explicit one: 1 per Chinese character, 2 per English word.
int defaultKeywordWeight(const std::u32string& folded);

// Parses the categories document. On a problem returns false with *error naming the entry and field,
// e.g. "categories[3].keywords[7]: expected a string or {\"text\",\"weight\"}".
// At least one category must be in use.
bool parseTaxonomy(const std::string& jsonText, Taxonomy* out, std::string* error);

// The document again (categories in use, then the retired ones); a keyword is written as an object only
// when its weight is not the default one, so parse(write(t)) gives t back.
std::string taxonomyJson(const Taxonomy& taxonomy);

}  // namespace gj::match
