// Lock / forbid rules: the settings document's format and the edits that keep it consistent.
#include "ui/match_rules.h"

#include <algorithm>

#include "domain/ids.h"
#include "domain/json_fields.h"

namespace gj::ui {

namespace {

bool samePair(const match::PairRule& a, const match::PairRule& b) { return a.need == b.need && a.unit == b.unit; }

bool lessPair(const match::PairRule& a, const match::PairRule& b) {
  if (a.need != b.need) return idLess(a.need, b.need);
  return idLess(a.unit, b.unit);
}

bool erasePairs(std::vector<match::PairRule>& list, auto&& pred) {
  const auto before = list.size();
  list.erase(std::remove_if(list.begin(), list.end(), pred), list.end());
  return list.size() != before;
}

// "need/12" for type "need": the type, a slash, and a non-empty rest.
bool isIdOf(const Json& v, const std::string& type) {
  if (!v.is_string()) return false;
  const std::string& s = v.get_ref<const std::string&>();
  return s.size() > type.size() + 1 && s.compare(0, type.size(), type) == 0 && s[type.size()] == '/';
}

bool readList(const Json& doc, const char* name, std::vector<match::PairRule>* out, std::string* error) {
  out->clear();
  auto it = doc.find(name);
  if (it == doc.end()) return true;
  if (!it->is_array()) {
    *error = std::string(name) + ": expected a list of {\"need\",\"unit\"} pairs, got " + it->dump();
    return false;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& pair = (*it)[i];
    const std::string where = std::string(name) + "[" + std::to_string(i) + "]";
    if (!pair.is_object()) {
      *error = where + ": expected {\"need\",\"unit\"}, got " + pair.dump();
      return false;
    }
    for (const char* field : {"need", "unit"}) {
      auto f = pair.find(field);
      if (f == pair.end()) {
        *error = where + "." + field + ": missing";
        return false;
      }
      if (!isIdOf(*f, field)) {
        *error = where + "." + field + ": expected a " + field + " id like \"" + field + "/3\", got " + f->dump();
        return false;
      }
    }
    out->push_back({pair["need"].get<std::string>(), pair["unit"].get<std::string>()});
  }
  return true;
}

Json listJson(std::vector<match::PairRule> list) {
  std::sort(list.begin(), list.end(), lessPair);
  Json out = Json::array();
  for (const auto& p : list) out.push_back({{"need", p.need}, {"unit", p.unit}});
  return out;
}

}  // namespace

std::string matchRulesKey(const Quarter& quarter) { return "settings/match/" + quarter.text(); }

bool parseMatchRules(const std::string& jsonText, MatchRules* out, std::string* error) {
  *out = MatchRules{};
  if (jsonText.empty()) return true;
  const Json doc = Json::parse(jsonText, nullptr, false);
  if (doc.is_discarded()) {
    *error = "not JSON text";
    return false;
  }
  if (!doc.is_object()) {
    *error = "expected an object {\"locked\":[...],\"forbidden\":[...]}, got " + doc.dump();
    return false;
  }
  MatchRules read;
  if (!readList(doc, "locked", &read.locked, error) || !readList(doc, "forbidden", &read.forbidden, error)) return false;
  // Stored by an older or hand-edited copy: restore the invariants rather than refuse.
  MatchRules clean;
  for (const auto& p : read.forbidden) forbidPair(clean, p);
  for (const auto& p : read.locked) lockPair(clean, p);
  *out = std::move(clean);
  return true;
}

std::string matchRulesJson(const MatchRules& rules) {
  return Json{{"forbidden", listJson(rules.forbidden)}, {"locked", listJson(rules.locked)}}.dump();
}

bool lockPair(MatchRules& rules, const match::PairRule& pair) {
  if (isPairLocked(rules, pair)) return false;
  erasePairs(rules.locked, [&](const match::PairRule& p) { return p.need == pair.need; });
  erasePairs(rules.forbidden, [&](const match::PairRule& p) { return samePair(p, pair); });
  rules.locked.push_back(pair);
  std::sort(rules.locked.begin(), rules.locked.end(), lessPair);
  return true;
}

bool forbidPair(MatchRules& rules, const match::PairRule& pair) {
  for (const auto& p : rules.forbidden)
    if (samePair(p, pair)) return false;
  erasePairs(rules.locked, [&](const match::PairRule& p) { return samePair(p, pair); });
  rules.forbidden.push_back(pair);
  std::sort(rules.forbidden.begin(), rules.forbidden.end(), lessPair);
  return true;
}

bool removeLock(MatchRules& rules, const match::PairRule& pair) {
  return erasePairs(rules.locked, [&](const match::PairRule& p) { return samePair(p, pair); });
}

bool removeForbid(MatchRules& rules, const match::PairRule& pair) {
  return erasePairs(rules.forbidden, [&](const match::PairRule& p) { return samePair(p, pair); });
}

bool dropLocksOfNeed(MatchRules& rules, const std::string& need) {
  return erasePairs(rules.locked, [&](const match::PairRule& p) { return p.need == need; });
}

bool isPairLocked(const MatchRules& rules, const match::PairRule& pair) {
  for (const auto& p : rules.locked)
    if (samePair(p, pair)) return true;
  return false;
}

}  // namespace gj::ui
