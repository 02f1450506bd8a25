// A community's scores for a unit as one record, the weights document, and the years to choose from.
#include "report/assessment_workflow.h"

#include <algorithm>
#include <set>

#include "domain/dates.h"
#include "domain/ids.h"

namespace gj::report {
namespace {

Message msg(const std::string& key, std::string en, std::string zh) {
  return Message{"report.assessment.score." + key, std::move(en), std::move(zh)};
}

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// The typed text as a score 0..100, or the reason naming the aspect.
std::optional<Message> readScore(const AssessmentAspect& a, const std::string& typed, int* out) {
  const std::string text = trimmed(typed);
  const std::string shown = "\"" + text + "\"";
  bool digits = !text.empty() && text.size() <= 9;
  for (char c : text) digits = digits && c >= '0' && c <= '9';
  if (!digits)
    return msg("not_number", std::string("the score for \"") + a.en + "\" must be a whole number from 0 to 100, not " + shown,
               std::string("“") + a.zh + "”的评分须为 0 到 100 的整数，当前为“" + text + "”");
  const int value = std::stoi(text);
  if (value > 100)
    return msg("range", std::string("the score for \"") + a.en + "\" must be 0 to 100, not " + text,
               std::string("“") + a.zh + "”的评分须在 0 到 100 之间，当前为 " + text);
  *out = value;
  return std::nullopt;
}

int yearOf(const std::string& dateOrTimestamp) {
  if (dateOrTimestamp.size() < 4) return 0;
  int y = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = dateOrTimestamp[i];
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y;
}

}  // namespace

const Assessment* latestAssessment(const Dataset& ds, int year, const std::string& community, const std::string& unit) {
  const Assessment* latest = nullptr;
  for (const auto& [id, a] : ds.assessments()) {
    if (a.year != year || a.community != community || a.unit != unit) continue;
    // Records come in id order, so on equal times the greater id wins (the same rule as computeAssessment).
    if (!latest || epochSeconds(a.updated).value_or(0) >= epochSeconds(latest->updated).value_or(0)) latest = &a;
  }
  return latest;
}

ScoreChange scoreUnit(const Dataset& ds, const ScoreEntry& entry, const Edit& e) {
  ScoreChange out;
  auto refuse = [&](const std::string& field, Message why) {
    if (out.fieldErrors.empty()) out.outcome = Outcome::refused(why);
    out.fieldErrors.emplace(field, std::move(why));
  };
  if (auto why = checkEdit(e)) {
    out.outcome = Outcome::refused(*why);
    return out;
  }
  if (entry.year < 2000 || entry.year > 2100)
    refuse("year", msg("year", "the year must be 2000 to 2100, not " + std::to_string(entry.year),
                       "年度须在 2000 到 2100 之间，当前为 " + std::to_string(entry.year)));
  if (!ds.find<Community>(entry.community))
    refuse("community", msg("no_community", "choose the community that gives the scores", "请选择评分的社区"));
  if (!ds.find<Unit>(entry.unit))
    refuse("unit", msg("no_unit", "there is no unit \"" + entry.unit + "\"", "没有共建单位“" + entry.unit + "”"));

  std::map<std::string, int> scores;
  for (const AssessmentAspect& a : assessmentAspects()) {
    auto it = entry.scores.find(a.id);
    if (it == entry.scores.end() || trimmed(it->second).empty()) continue;
    if (aspectIndex(a.id) == aspectIndex("satisfaction")) {
      refuse(a.id, msg("satisfaction", "residents' satisfaction comes from their ratings only; a community cannot score it",
                       "群众满意度只来自群众评价，社区不能评分"));
      continue;
    }
    int value = 0;
    if (auto why = readScore(a, it->second, &value))
      refuse(a.id, *why);
    else
      scores[a.id] = value;
  }
  for (const auto& [aspect, text] : entry.scores)
    if (aspectIndex(aspect) < 0)
      refuse(aspect, msg("unknown", "there is no assessment aspect \"" + aspect + "\"", "没有考核项目“" + aspect + "”"));
  if (!out.fieldErrors.empty()) return out;

  const std::string note = trimmed(entry.note);
  if (const Assessment* current = latestAssessment(ds, entry.year, entry.community, entry.unit)) {
    Assessment next = *current;
    next.scores = scores;
    next.note = note;
    if (next == *current) {  // nothing typed differs: applied, nothing to store
      out.outcome = Outcome::ok();
      return out;
    }
    Assessment stored = *current;
    if (Outcome o = commitEdit(stored, next, e); !o) {
      out.outcome = o;
      return out;
    }
    out.record = std::move(stored);
  } else {
    if (scores.empty() && note.empty()) {  // nothing to record
      out.outcome = Outcome::ok();
      return out;
    }
    if (!isIdOfType(entry.newId, Assessment::kType) || ds.contains(entry.newId)) {
      out.outcome = Outcome::refused(msg("id_taken", "\"" + entry.newId + "\" is not a free id for the new record",
                                         "编号“" + entry.newId + "”已被使用或不适用于新记录"));
      return out;
    }
    Assessment a{.year = entry.year, .community = entry.community, .unit = entry.unit, .scores = scores, .note = note};
    a.id = entry.newId;
    if (Outcome o = createRecord(a, e); !o) {
      out.outcome = o;
      return out;
    }
    out.record = std::move(a);
    out.created = true;
  }
  out.outcome = Outcome::ok();
  return out;
}

std::string assessmentWeightsKey(int year) { return "settings/assessment/" + std::to_string(year); }

std::string assessmentWeightsJson(const AssessmentWeights& w) {
  Json weights = Json::object();
  for (const auto& [id, weight] : w.by_aspect) weights[id] = weight;
  return Json{{"weights", weights}}.dump();
}

bool parseAssessmentWeights(const std::string& jsonText, AssessmentWeights* out, std::string* error) {
  *out = defaultWeights();
  if (jsonText.empty()) return true;
  const Json doc = Json::parse(jsonText, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    *error = "expected {\"weights\": {\"participation\": 10, ...}}";
    return false;
  }
  auto it = doc.find("weights");
  if (it == doc.end() || !it->is_object()) {
    *error = "weights: expected an object of aspect -> weight";
    return false;
  }
  AssessmentWeights read;
  for (const auto& [id, v] : it->items()) {
    if (!v.is_number_integer()) {
      *error = "weights." + id + ": expected a whole number, got " + v.dump();
      return false;
    }
    const auto n = v.get<std::int64_t>();
    read.by_aspect[id] = static_cast<int>(std::clamp<std::int64_t>(n, -1, 101));  // out of range stays out of range
  }
  if (auto why = checkWeights(read)) {
    *error = why->en;
    return false;
  }
  *out = std::move(read);
  return true;
}

std::vector<int> assessmentYears(const Dataset& ds) {
  std::set<int> years;
  auto add = [&](const std::string& date) {
    if (const int y = yearOf(date); y >= 2000 && y <= 2100) years.insert(y);
  };
  for (const auto& [id, m] : ds.meetings()) add(m.date);
  for (const auto& [id, a] : ds.activities()) add(a.start);
  for (const auto& [id, f] : ds.feedback()) add(f.at);
  for (const auto& [id, a] : ds.assessments())
    if (a.year >= 2000 && a.year <= 2100) years.insert(a.year);
  for (const auto& [id, p] : ds.projects()) {
    if (p.quarter && p.quarter->valid()) years.insert(p.quarter->year);
    for (const TimelineEntry& t : p.timeline) add(t.date);
  }
  return std::vector<int>(years.rbegin(), years.rend());
}

}  // namespace gj::report
