// See settings_category_edit.h.
#include "ui/settings_category_edit.h"

#include <algorithm>
#include <set>

#include "match/text_fold.h"

namespace gj::ui {

namespace {

// Spaces at both ends, ASCII and the full-width one an input method types (U+3000).
std::string trimmed(std::string s) {
  auto isSpace = [&](std::size_t at) {
    if (at >= s.size()) return std::size_t{0};
    if (s[at] == ' ' || s[at] == '\t' || s[at] == '\r' || s[at] == '\n') return std::size_t{1};
    if (s.compare(at, 3, "\xE3\x80\x80") == 0) return std::size_t{3};
    return std::size_t{0};
  };
  std::size_t begin = 0;
  while (std::size_t n = isSpace(begin)) begin += n;
  s.erase(0, begin);
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
      s.pop_back();
    } else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE3\x80\x80") == 0) {
      s.erase(s.size() - 3);
    } else {
      break;
    }
  }
  return s;
}

// The entries of a keywords text: split at new lines, 、 ， and ",".
std::vector<std::string> entriesOf(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t sep = 0;
    if (text[i] == '\n' || text[i] == ',') sep = 1;
    else if (text.compare(i, 3, "\xE3\x80\x81") == 0 || text.compare(i, 3, "\xEF\xBC\x8C") == 0) sep = 3;  // 、 ，
    if (sep) {
      out.push_back(trimmed(current));
      current.clear();
      i += sep;
    } else {
      current += text[i++];
    }
  }
  out.push_back(trimmed(current));
  return out;
}

bool validId(const std::string& id) {
  if (id.empty() || id.size() > 32 || id[0] < 'a' || id[0] > 'z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

match::Category* findIn(std::vector<match::Category>& list, const std::string& id) {
  for (auto& c : list)
    if (c.id == id) return &c;
  return nullptr;
}

}  // namespace

std::string keywordsText(const std::vector<match::Keyword>& keywords) {
  std::string out;
  for (const auto& k : keywords) {
    if (!out.empty()) out += '\n';
    out += k.text;
    if (k.weight != match::defaultKeywordWeight(k.folded)) out += "*" + std::to_string(k.weight);
  }
  return out;
}

CategoryDraft draftOf(const match::Category& c) { return {c.id, c.zh, c.en, keywordsText(c.keywords)}; }

std::vector<match::Keyword> parseKeywordsText(const std::string& text, std::vector<DraftProblem>* problems) {
  std::vector<match::Keyword> out;
  std::set<std::u32string> seen;
  int entry = 0;
  for (std::string item : entriesOf(text)) {
    if (item.empty()) continue;
    ++entry;
    match::Keyword k;
    k.text = item;
    int weight = 0;
    if (auto star = item.rfind('*'); star != std::string::npos) {
      const std::string digits = trimmed(item.substr(star + 1));
      const bool number = !digits.empty() && digits.size() <= 3 &&
                          std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
      weight = number ? std::stoi(digits) : -1;
      k.text = trimmed(item.substr(0, star));
      if (weight < 1 || weight > 20) {
        problems->push_back({"keywords", "settings.cat.err.keyword_weight", entry, item});
        continue;
      }
    }
    k.folded = match::foldText(k.text);
    if (k.folded.empty()) {
      problems->push_back({"keywords", "settings.cat.err.keyword_no_text", entry, item});
      continue;
    }
    if (!seen.insert(k.folded).second) {
      problems->push_back({"keywords", "settings.cat.err.keyword_duplicate", entry, item});
      continue;
    }
    k.weight = weight > 0 ? weight : match::defaultKeywordWeight(k.folded);
    out.push_back(std::move(k));
  }
  if (entry == 0) problems->push_back({"keywords", "settings.cat.err.keywords_empty", 0, ""});
  return out;
}

std::vector<DraftProblem> checkCategoryDraft(const match::Taxonomy& t, const CategoryDraft& d, bool adding) {
  std::vector<DraftProblem> problems;
  const std::string id = trimmed(d.id);
  if (adding) {
    if (!validId(id)) problems.push_back({"id", "settings.cat.err.id_format"});
    else if (t.find(id)) problems.push_back({"id", "settings.cat.err.id_taken"});
  } else if (!t.find(id)) {
    problems.push_back({"id", "settings.cat.err.id_unknown"});
  }
  if (trimmed(d.zh).empty()) problems.push_back({"zh", "settings.cat.err.zh_missing"});
  if (trimmed(d.en).empty()) problems.push_back({"en", "settings.cat.err.en_missing"});
  parseKeywordsText(d.keywords, &problems);
  return problems;
}

bool applyCategoryDraft(match::Taxonomy* t, const CategoryDraft& d, bool adding) {
  if (!checkCategoryDraft(*t, d, adding).empty()) return false;
  std::vector<DraftProblem> ignored;
  match::Category c;
  c.id = trimmed(d.id);
  c.zh = trimmed(d.zh);
  c.en = trimmed(d.en);
  c.keywords = parseKeywordsText(d.keywords, &ignored);
  if (adding) {
    t->categories.push_back(std::move(c));
    return true;
  }
  match::Category* target = findIn(t->categories, c.id);
  if (!target) target = findIn(t->retired, c.id);
  c.retired = target->retired;
  *target = std::move(c);
  return true;
}

std::string retireCategory(match::Taxonomy* t, const std::string& id) {
  auto it = std::find_if(t->categories.begin(), t->categories.end(), [&](const auto& c) { return c.id == id; });
  if (it == t->categories.end()) return findIn(t->retired, id) ? "settings.cat.err.already_retired" : "settings.cat.err.id_unknown";
  if (t->categories.size() == 1) return "settings.cat.err.last_in_use";
  it->retired = true;
  t->retired.push_back(std::move(*it));
  t->categories.erase(it);
  return "";
}

std::string restoreCategory(match::Taxonomy* t, const std::string& id) {
  auto it = std::find_if(t->retired.begin(), t->retired.end(), [&](const auto& c) { return c.id == id; });
  if (it == t->retired.end()) return findIn(t->categories, id) ? "settings.cat.err.not_retired" : "settings.cat.err.id_unknown";
  it->retired = false;
  t->categories.push_back(std::move(*it));
  t->retired.erase(it);
  return "";
}

}  // namespace gj::ui
