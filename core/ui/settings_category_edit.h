// The edits of the category dictionary made in Settings, kept apart from drawing so they can be tested
// (test_ui_settings_categories.cpp): a category's form as text, its checks naming the field, and the changes
// to the taxonomy (edit, add, retire, restore). Categories are never deleted: needs refer to their ids.
#pragma once
#include <string>
#include <vector>

#include "match/taxonomy.h"

namespace gj::ui {

// A category as its form shows it. Keywords: one per line (a pasted list separated by 、 ， or , is split
// too); "text*N" gives a weight N other than the default (taxonomy.h).
struct CategoryDraft {
  std::string id, zh, en, keywords;
};

CategoryDraft draftOf(const match::Category& c);
std::string keywordsText(const std::vector<match::Keyword>& keywords);

// What is wrong with one field: the field ("id", "zh", "en", "keywords"), a string-table key, and for a
// keyword the entry's number (1-based) and its text.
struct DraftProblem {
  std::string field;
  std::string key;
  int entry = 0;
  std::string text;
};

// Reads the keywords of a draft; problems: "settings.cat.err.keywords_empty", ".keyword_weight" (N not
// 1..20), ".keyword_no_text" (punctuation only), ".keyword_duplicate" (same after folding).
std::vector<match::Keyword> parseKeywordsText(const std::string& text, std::vector<DraftProblem>* problems);

// Every problem of a draft, in field order (id, zh, en, keywords). `adding`: a new category, whose id must be
// lower-case letters, digits and "_" (starting with a letter, at most 32) and not used by any category, in
// use or retired; an edited category keeps its id.
std::vector<DraftProblem> checkCategoryDraft(const match::Taxonomy& t, const CategoryDraft& d, bool adding);

// Applies a draft that checkCategoryDraft accepted: new labels and keywords, or a new category at the end of
// those in use. False (nothing changed) when it has problems or, editing, the id is unknown.
bool applyCategoryDraft(match::Taxonomy* t, const CategoryDraft& d, bool adding);

// Retiring moves a category to the retired list (refused for the last one in use:
// "settings.cat.err.last_in_use"); restoring puts it back at the end of those in use. "" when done,
// otherwise the string-table key of the reason.
std::string retireCategory(match::Taxonomy* t, const std::string& id);
std::string restoreCategory(match::Taxonomy* t, const std::string& id);

}  // namespace gj::ui
