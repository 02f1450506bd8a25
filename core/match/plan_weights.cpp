// JSON read/write of the matching weights (non-throwing parse: a throw would end a wasm run).
#include "match/plan_weights.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <type_traits>

#include <nlohmann/json.hpp>

namespace gj::match {
namespace {

using Json = nlohmann::json;
constexpr std::int64_t kMax = 100000;  // keeps score x tie-break scaling far from int64 overflow
constexpr const char* kFormat = "gongjian-matching-weights";

// Visits every weight with its key, so reading and writing cannot drift apart.
template <class W, class F> void eachNeedWeight(W& w, F&& f) {
  f("category_primary", w.category_primary);
  f("category_secondary", w.category_secondary);
  f("pairing", w.pairing);
  f("urgency_per_level", w.urgency_per_level);
  f("people_per_doubling", w.people_per_doubling);
  f("people_max", w.people_max);
  f("elderly", w.elderly);
  f("children", w.children);
  f("disabled", w.disabled);
  f("capacity_per_slot_left", w.capacity_per_slot_left);
  f("capacity_max", w.capacity_max);
  f("per_completed_project", w.per_completed_project);
  f("completed_max", w.completed_max);
  f("satisfaction_max", w.satisfaction_max);
  f("funds_fen_per_slot", w.funds_fen_per_slot);
  f("volunteer_minutes_per_slot", w.volunteer_minutes_per_slot);
}
template <class W, class F> void eachVolunteerWeight(W& w, F&& f) {
  f("base", w.base);
  f("skill", w.skill);
  f("organiser", w.organiser);
  f("paired", w.paired);
  f("weekly_cap_hours", w.weekly_cap_hours);
  f("fairness_per_hour", w.fairness_per_hour);
  f("hours_per_assignment", w.hours_per_assignment);
}

// The allowed range of a weight (see WeightField).
struct Range {
  std::int64_t lo, hi;
};
Range rangeOf(const std::string& key, bool wide) {
  if (key == "funds_fen_per_slot" || key == "volunteer_minutes_per_slot") return {1, std::int64_t{1} << 40};
  if (key == "hours_per_assignment") return {1, 24};
  if (key == "weekly_cap_hours") return {0, 168};
  return {0, wide ? std::int64_t{1} << 40 : kMax};
}

std::string rangeError(const std::string& where, Range r, const std::string& got) {
  return where + ": expected an integer " + std::to_string(r.lo) + ".." + std::to_string(r.hi) + ", got " + got;
}

class Reader {
 public:
  Reader(const Json& obj, std::string path, std::string* error) : obj_(obj), path_(std::move(path)), error_(error) {}
  bool ok = true;
  template <class T> void operator()(const char* key, T& out) {
    if (!ok || !obj_.contains(key)) return;
    const Json& v = obj_[key];
    const Range r = rangeOf(key, std::is_same_v<T, std::int64_t>);
    if (!v.is_number_integer() || v.get<std::int64_t>() < r.lo || v.get<std::int64_t>() > r.hi) {
      *error_ = rangeError(path_ + "." + key, r, v.dump());
      ok = false;
      return;
    }
    out = static_cast<T>(v.get<std::int64_t>());
  }

 private:
  const Json& obj_;
  std::string path_;
  std::string* error_;
};

}  // namespace

bool parseMatchingWeights(const std::string& jsonText, MatchingWeights* out, std::string* error) {
  return parseMatchingWeights(jsonText, MatchingWeights{}, out, error);
}

bool parseMatchingWeights(const std::string& jsonText, const MatchingWeights& base, MatchingWeights* out,
                          std::string* error) {
  Json doc = Json::parse(jsonText, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    *error = "matching weights: not a JSON object";
    return false;
  }
  if (doc.value("format", std::string()) != kFormat) {
    *error = std::string("format: expected \"") + kFormat + "\"";
    return false;
  }
  MatchingWeights w = base;
  for (const char* section : {"needs", "volunteers"})
    if (doc.contains(section) && !doc[section].is_object()) {
      *error = std::string(section) + ": expected an object";
      return false;
    }
  const Json empty = Json::object();
  Reader needs(doc.contains("needs") ? doc["needs"] : empty, "needs", error);
  eachNeedWeight(w.needs, needs);
  if (!needs.ok) return false;
  const Json& vj = doc.contains("volunteers") ? doc["volunteers"] : empty;
  Reader vols(vj, "volunteers", error);
  eachVolunteerWeight(w.volunteers, vols);
  if (!vols.ok) return false;
  if (vj.contains("skill_required")) {
    const Json& list = vj["skill_required"];
    bool good = list.is_array();
    w.volunteers.skill_required.clear();
    for (const Json& s : good ? list : Json::array()) {
      if (!s.is_string()) good = false;
      else w.volunteers.skill_required.push_back(s.get<std::string>());
    }
    if (!good) {
      *error = "volunteers.skill_required: expected an array of activity types";
      return false;
    }
  }
  *out = w;
  return true;
}

std::vector<WeightField> weightFields(const MatchingWeights& w) {
  std::vector<WeightField> out;
  MatchingWeights copy = w;
  auto add = [&](const char* section) {
    return [&out, section](const char* key, auto& v) {
      const Range r = rangeOf(key, std::is_same_v<std::decay_t<decltype(v)>, std::int64_t>);
      out.push_back({section, key, static_cast<std::int64_t>(v), r.lo, r.hi});
    };
  };
  eachNeedWeight(copy.needs, add("needs"));
  eachVolunteerWeight(copy.volunteers, add("volunteers"));
  return out;
}

bool setWeight(MatchingWeights* w, const std::string& section, const std::string& key, std::int64_t value,
               std::string* error) {
  bool found = false, ok = false;
  auto set = [&](const char* k, auto& v) {
    if (key != k) return;
    found = true;
    const Range r = rangeOf(key, std::is_same_v<std::decay_t<decltype(v)>, std::int64_t>);
    if (value < r.lo || value > r.hi) {
      *error = rangeError(section + "." + key, r, std::to_string(value));
      return;
    }
    v = static_cast<std::decay_t<decltype(v)>>(value);
    ok = true;
  };
  if (section == "needs") eachNeedWeight(w->needs, set);
  if (section == "volunteers") eachVolunteerWeight(w->volunteers, set);
  if (!found) *error = section + "." + key + ": no such weight";
  return ok;
}

std::string matchingWeightsJson(const MatchingWeights& w) {
  Json doc = {{"format", kFormat}, {"needs", Json::object()}, {"volunteers", Json::object()}};
  MatchingWeights copy = w;
  eachNeedWeight(copy.needs, [&](const char* k, auto& v) { doc["needs"][k] = v; });
  eachVolunteerWeight(copy.volunteers, [&](const char* k, auto& v) { doc["volunteers"][k] = v; });
  doc["volunteers"]["skill_required"] = w.volunteers.skill_required;
  return doc.dump(2) + "\n";
}

bool loadMatchingWeights(const std::string& assetDir, MatchingWeights* out, std::string* error) {
  const std::string path = assetDir + "/matching_weights.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (std::filesystem::exists(path)) {
      *error = path + ": cannot be read";
      return false;
    }
    *out = MatchingWeights{};
    return true;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (parseMatchingWeights(text.str(), out, error)) return true;
  *error = path + ": " + *error;
  return false;
}

}  // namespace gj::match
