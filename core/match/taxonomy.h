// The need categories (ids fixed in code, labels and keywords as data in assets/categories.json).
#pragma once
#include <string>
#include <vector>

namespace gj::match {

struct Category {
  std::string id;     // "elderly"
  std::string zh;     // 养老助老
  std::string en;     // Care for the elderly
  std::vector<std::string> keywords;
};

struct Taxonomy {
  std::vector<Category> categories;  // in file order, which is the display order
  const Category* find(const std::string& id) const;
};

// Parses the categories document. On a problem returns false with *error naming the entry and field,
// e.g. "categories[3].keywords: expected an array of strings".
bool parseTaxonomy(const std::string& jsonText, Taxonomy* out, std::string* error);

}  // namespace gj::match
