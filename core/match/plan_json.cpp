// JSON of the need -> unit plan and of its solver instance.
#include "match/plan_json.h"

#include <cstdio>

namespace gj::match {

namespace {
Json partsJson(const ScoreParts& p) {
  return {{"category", p.category},   {"pairing", p.pairing},           {"urgency", p.urgency},
          {"people", p.people},       {"target_group", p.target_group}, {"capacity", p.capacity},
          {"completed", p.completed}, {"satisfaction", p.satisfaction}};
}
}  // namespace

Json needPlanToJson(const NeedPlan& plan) {
  Json assignments = Json::array();
  for (const auto& a : plan.assignments)
    assignments.push_back({{"need", a.need}, {"unit", a.unit}, {"score", a.score}, {"locked", a.locked},
                           {"parts", partsJson(a.parts)}});
  Json unmatched = Json::array();
  for (const auto& u : plan.unmatched) {
    Json j = {{"need", u.need}, {"reason", std::string(reasonName(u.reason))}};
    if (!u.full.empty()) j["full"] = u.full;
    if (!u.forbidden.empty()) j["forbidden"] = u.forbidden;
    if (!u.candidates.empty()) j["candidates"] = u.candidates;
    unmatched.push_back(std::move(j));
  }
  Json units = Json::array();
  for (const auto& l : plan.units)
    units.push_back({{"unit", l.unit}, {"slots", l.slots}, {"used", l.used}, {"assigned", l.assigned}});
  return {{"quarter", plan.quarter}, {"total_score", plan.total_score}, {"solved", plan.solved},
          {"assignments", std::move(assignments)}, {"unmatched", std::move(unmatched)},
          {"units", std::move(units)}, {"notes", plan.notes}};
}

std::string planJson(const NeedPlan& plan) { return jsonText(needPlanToJson(plan)); }

std::uint64_t fnv1a64(const std::string& text) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string planHash(const NeedPlan& plan) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a64(planJson(plan))));
  return buf;
}

std::string needInstanceJson(const NeedPlanInput& input, const std::string& quarter) {
  const NeedInstance& inst = input.instance;
  // Written by hand: a 400k-arc instance as nlohmann objects would cost more than the solve.
  std::string out = "{\"format\":\"gongjian-need-instance\",\"version\":1,\"quarter\":\"" + quarter + "\",\n\"needs\":[";
  for (std::size_t i = 0; i < inst.needs.size(); ++i) out += (i ? ",\"" : "\"") + inst.needs[i] + "\"";
  out += "],\n\"units\":[";
  for (std::size_t i = 0; i < inst.units.size(); ++i)
    out += (i ? ",{\"id\":\"" : "{\"id\":\"") + inst.units[i] + "\",\"capacity\":" + std::to_string(inst.capacity[i]) + "}";
  out += "],\n\"arcs\":[";
  for (std::size_t i = 0; i < inst.arcs.size(); ++i) {
    const auto& a = inst.arcs[i];
    out += (i ? (i % 8 ? "," : ",\n") : "") + std::string("[") + std::to_string(a.need) + "," + std::to_string(a.unit) +
           "," + std::to_string(a.score) + "]";
  }
  std::int64_t locked = 0;
  for (const auto& l : input.locked) locked += l.score;
  out += "],\n\"locked_score\":" + std::to_string(locked) + "}\n";
  return out;
}

}  // namespace gj::match
