// Volunteer -> activity plan (see plan_volunteers.h for the model): candidates, the flow with weekly caps
// and convex fairness costs, and the explanation of activities left short.
#include "match/plan_volunteers.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "match/flow_network.h"

namespace gj::match {
namespace {

// The skill (a category id) an activity type asks for; "" when any volunteer fits.
std::string skillOf(ActivityType t) {
  switch (t) {
    case ActivityType::free_clinic: return "health";
    case ActivityType::legal_aid: return "legal";
    case ActivityType::safety_publicity: return "safety";
    case ActivityType::policy_consultation: return "policy";
    case ActivityType::home_visit: return "elderly";
    case ActivityType::neighbourhood_school: return "culture";
    case ActivityType::children: return "children";
    case ActivityType::culture: return "culture";
    case ActivityType::other: return "";
  }
  return "";
}

template <class T> bool has(const std::vector<T>& v, const T& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

struct Cand {
  int vol;       // volunteer ordinal (id order)
  int activity;  // index into planned activities (id order)
  int week;      // week number
  ServiceScoreParts parts;
};

}  // namespace

std::string_view shortReasonName(ShortReason r) {
  switch (r) {
    case ShortReason::no_volunteer_available: return "no_volunteer_available";
    case ShortReason::no_skill: return "no_skill";
    case ShortReason::weekly_caps_reached: return "weekly_caps_reached";
    case ShortReason::all_forbidden: return "all_forbidden";
    case ShortReason::candidates_busy: return "candidates_busy";
  }
  return "?";
}

int isoWeekday(std::string_view t) {
  auto d = dayNumber(datePart(t));
  return d ? ((*d % 7 + 7 + 3) % 7) + 1 : 0;  // 1970-01-01 was a Thursday
}
int weekNumber(std::string_view t) {
  auto d = dayNumber(datePart(t));
  return d ? (*d + 3 + 7 * 100000) / 7 - 100000 : -1;
}

VolunteerPlan planVolunteers(const Dataset& ds, const VolunteerPlanOptions& options) {
  const VolunteerWeights& w = options.weights;
  VolunteerPlan plan;
  plan.quarter = options.quarter.text();

  // Volunteers by ordinal (id order); the per-candidate loops below use integers only.
  std::vector<const Volunteer*> vols;
  std::unordered_map<std::string, int> ordinal;
  for (const auto& [id, v] : ds.volunteers()) {
    ordinal.emplace(id, static_cast<int>(vols.size()));
    vols.push_back(&v);
  }
  auto key = [](int vol, int week) { return (static_cast<std::int64_t>(vol) << 32) | static_cast<std::uint32_t>(week); };
  // Hours served this quarter and activities attended per week, from attendance.
  std::vector<std::int64_t> minutes(vols.size(), 0);
  std::unordered_map<std::int64_t, int> weekLoad;
  std::vector<const Activity*> acts;
  std::vector<int> open;
  for (const auto& [id, a] : ds.activities()) {
    if (!options.quarter.contains(datePart(a.start))) continue;
    for (const Attendance& at : a.attendance) {
      auto o = ordinal.find(at.volunteer);
      if (o == ordinal.end()) continue;
      minutes[static_cast<std::size_t>(o->second)] += at.minutes;
      weekLoad[key(o->second, weekNumber(a.start))]++;
    }
    if (static_cast<int>(a.attendance.size()) < a.headcount) {
      acts.push_back(&a);
      open.push_back(a.headcount - static_cast<int>(a.attendance.size()));
    }
  }
  std::map<std::string, int, IdLess> actIndex;
  for (std::size_t i = 0; i < acts.size(); ++i) actIndex[acts[i]->id] = static_cast<int>(i);
  // Units that may send volunteers to each activity: organisers and units paired with its community.
  std::unordered_map<std::string, std::vector<std::string>> pairedUnits;
  for (const auto& [id, u] : ds.units())
    for (const auto& c : u.communities) pairedUnits[c].push_back(id);
  std::unordered_map<std::string, std::vector<int>> byUnit;
  for (std::size_t o = 0; o < vols.size(); ++o) byUnit[vols[o]->unit].push_back(static_cast<int>(o));

  std::set<std::pair<std::string, std::string>> forbidden, lockedPairs;
  for (const auto& f : options.forbidden) forbidden.emplace(f.volunteer, f.activity);
  std::vector<int> lockedCount(vols.size(), 0);  // for fairness
  std::vector<int> planned(acts.size(), 0);
  for (const auto& l : options.locked) {
    auto o = ordinal.find(l.volunteer);
    auto ai = actIndex.find(l.activity);
    if (o == ordinal.end() || ai == actIndex.end()) {
      plan.notes.push_back("lock " + l.volunteer + " -> " + l.activity + " ignored: no such volunteer or open activity");
      continue;
    }
    if (!lockedPairs.emplace(l.volunteer, l.activity).second) continue;
    const Volunteer& v = *vols[static_cast<std::size_t>(o->second)];
    const Activity& a = *acts[static_cast<std::size_t>(ai->second)];
    ServiceAssignment s{l.volunteer, l.activity, {w.base, 0, 0, 0}, 0, 0, true};
    const std::string skill = skillOf(a.type);
    if (!skill.empty() && has(v.skills, skill)) s.parts.skill = w.skill;
    if (has(a.organisers, v.unit)) s.parts.organiser = w.organiser;
    else if (has(pairedUnits[a.community], v.unit)) s.parts.paired = w.paired;
    s.score = s.parts.total();
    int& done = lockedCount[static_cast<std::size_t>(o->second)];
    const std::int64_t hours = minutes[static_cast<std::size_t>(o->second)] / 60 + std::int64_t{done} * w.hours_per_assignment;
    s.fairness_cost = static_cast<int>(std::min<std::int64_t>(w.fairness_per_hour * hours, 1 << 30));
    done++;
    weekLoad[key(o->second, weekNumber(a.start))]++;
    planned[static_cast<std::size_t>(ai->second)]++;
    plan.assignments.push_back(s);
  }

  // Candidates per activity, volunteers reached through their units (no volunteers x activities scan).
  std::vector<Cand> all;
  std::vector<int> candidates(acts.size(), 0), available(acts.size(), 0), skilled(acts.size(), 0),
      capped(acts.size(), 0), banned(acts.size(), 0);
  for (std::size_t i = 0; i < acts.size(); ++i) {
    const Activity& a = *acts[i];
    const int day = isoWeekday(a.start), week = weekNumber(a.start);
    const std::string skill = skillOf(a.type);
    const bool needsSkill = !skill.empty() && has(w.skill_required, std::string(enumName(a.type)));
    std::vector<std::string> units = a.organisers;
    const auto paired = pairedUnits.find(a.community);
    if (paired != pairedUnits.end()) units.insert(units.end(), paired->second.begin(), paired->second.end());
    std::sort(units.begin(), units.end(), IdLess{});
    units.erase(std::unique(units.begin(), units.end()), units.end());
    for (const std::string& unitId : units) {
      auto vs = byUnit.find(unitId);
      if (vs == byUnit.end()) continue;
      const bool organiser = has(a.organisers, unitId);
      for (const int o : vs->second) {
        const Volunteer& v = *vols[static_cast<std::size_t>(o)];
        if (!has(v.weekdays, day) || (!lockedPairs.empty() && lockedPairs.count({v.id, a.id}))) continue;
        bool attending = false;
        for (const Attendance& at : a.attendance) attending |= at.volunteer == v.id;
        if (attending) continue;
        available[i]++;
        const bool hasSkill = !skill.empty() && has(v.skills, skill);
        if (needsSkill && !hasSkill) continue;
        skilled[i]++;
        auto load = weekLoad.find(key(o, week));
        if (load != weekLoad.end() && load->second >= w.weekly_cap) { capped[i]++; continue; }
        if (!forbidden.empty() && forbidden.count({v.id, a.id})) { banned[i]++; continue; }
        all.push_back({o, static_cast<int>(i), week, {w.base, hasSkill ? w.skill : 0, organiser ? w.organiser : 0, organiser ? 0 : w.paired}});
        candidates[i]++;
      }
    }
  }
  // By volunteer (id order), then week, then activity (id order): arcs are created in that order.
  std::sort(all.begin(), all.end(), [](const Cand& x, const Cand& y) {
    if (x.vol != y.vol) return x.vol < y.vol;
    if (x.week != y.week) return x.week < y.week;
    return x.activity < y.activity;
  });
  plan.arcs = static_cast<std::int64_t>(all.size());

  FlowNetwork net;
  net.arcs.reserve(all.size() * 2 + acts.size());
  const int source = net.addNode(), sink = net.addNode();
  const int firstAct = net.nodes;
  net.nodes += static_cast<int>(acts.size());
  // Tie-break by id: rank of the activity among the volunteer's candidates, K above any sum of ranks.
  std::int64_t k = 1;
  for (std::size_t i = 0, r = 0; i < all.size(); ++i) {
    r = i > 0 && all[i - 1].vol == all[i].vol ? r + 1 : 0;
    k += static_cast<std::int64_t>(r);
  }
  std::vector<int> candArc(all.size(), -1);
  std::vector<std::pair<int, int>> fairness;  // (volunteer, cost) per fairness arc
  std::vector<int> fairnessArcIds;
  for (std::size_t i = 0; i < all.size();) {
    const int vol = all[i].vol;
    std::size_t end = i;
    while (end < all.size() && all[end].vol == vol) ++end;
    const int vnode = net.addNode();
    int steps = 0;  // at most one assignment per candidate and per weekly cap left: that many fairness steps
    for (std::size_t j = i; j < end;) {
      const int week = all[j].week;
      std::size_t wend = j;
      while (wend < end && all[wend].week == week) ++wend;
      auto load = weekLoad.find(key(vol, week));
      const int left = std::max(0, w.weekly_cap - (load == weekLoad.end() ? 0 : load->second));
      const int count = static_cast<int>(wend - j);
      // A week node only where the cap binds: fewer nodes make a much faster simplex.
      int from = vnode;
      if (count > left) {
        from = net.addNode();
        net.addArc(vnode, from, left, 0);
      }
      steps += std::min(left, count);
      for (std::size_t x = j; x < wend; ++x)
        candArc[x] = net.addArc(from, firstAct + all[x].activity, 1,
                                -std::int64_t{all[x].parts.total()} * k + static_cast<std::int64_t>(x - i));
      j = wend;
    }
    const std::int64_t hours = minutes[static_cast<std::size_t>(vol)] / 60;
    const int done = lockedCount[static_cast<std::size_t>(vol)];
    int best = 0;
    for (std::size_t x = i; x < end; ++x) best = std::max(best, all[x].parts.total());
    for (int j = 0; j < steps; ++j) {
      const std::int64_t cost = std::int64_t{w.fairness_per_hour} * (hours + std::int64_t{done + j} * w.hours_per_assignment);
      if (cost >= best) break;  // a step costing more than any score it could buy is never taken
      fairnessArcIds.push_back(net.addArc(source, vnode, 1, cost * k));
      fairness.emplace_back(vol, static_cast<int>(cost));
    }
    i = end;
  }
  std::int64_t slots = 0;  // the most that can flow: the open slots left
  for (std::size_t i = 0; i < acts.size(); ++i) {
    net.addArc(firstAct + static_cast<int>(i), sink, std::max(0, open[i] - planned[i]), 0);
    slots += std::max(0, open[i] - planned[i]);
  }

  FlowSolution sol = solveMinCostFlow(net, source, sink, std::min<std::int64_t>(slots, static_cast<std::int64_t>(all.size())));
  plan.solved = sol.optimal;
  if (!sol.optimal) return plan;

  // Fairness costs per volunteer in the order they were paid (cheapest first).
  std::unordered_map<int, std::vector<int>> paid;
  for (std::size_t f = 0; f < fairnessArcIds.size(); ++f)
    if (sol.flow[static_cast<std::size_t>(fairnessArcIds[f])] > 0) paid[fairness[f].first].push_back(fairness[f].second);
  std::unordered_map<int, std::size_t> used;
  for (std::size_t x = 0; x < all.size(); ++x) {
    if (sol.flow[static_cast<std::size_t>(candArc[x])] == 0) continue;
    const Cand& c = all[x];
    const std::size_t n = used[c.vol]++;
    const auto& costs = paid[c.vol];
    plan.assignments.push_back({vols[static_cast<std::size_t>(c.vol)]->id, acts[static_cast<std::size_t>(c.activity)]->id,
                                c.parts, c.parts.total(), n < costs.size() ? costs[n] : 0, false});
    planned[static_cast<std::size_t>(c.activity)]++;
  }
  std::sort(plan.assignments.begin(), plan.assignments.end(), [](const auto& x, const auto& y) {
    if (x.activity != y.activity) return idLess(x.activity, y.activity);
    return idLess(x.volunteer, y.volunteer);
  });
  for (const auto& a : plan.assignments) {
    plan.total_score += a.score;
    plan.fairness_cost += a.fairness_cost;
  }
  for (std::size_t i = 0; i < acts.size(); ++i) {
    if (planned[i] >= open[i]) continue;
    ActivityShortfall s{acts[i]->id, open[i], planned[i]};
    s.candidates = candidates[i];
    s.reason = available[i] == 0                     ? ShortReason::no_volunteer_available
               : skilled[i] == 0                     ? ShortReason::no_skill
               : capped[i] == skilled[i]             ? ShortReason::weekly_caps_reached
               : capped[i] + banned[i] == skilled[i] ? ShortReason::all_forbidden
                                                     : ShortReason::candidates_busy;
    plan.short_of.push_back(s);
  }
  return plan;
}

Json volunteerPlanToJson(const VolunteerPlan& plan) {
  Json assignments = Json::array();
  for (const auto& a : plan.assignments)
    assignments.push_back({{"volunteer", a.volunteer}, {"activity", a.activity}, {"score", a.score},
                           {"fairness_cost", a.fairness_cost}, {"locked", a.locked},
                           {"parts", {{"base", a.parts.base}, {"skill", a.parts.skill}, {"organiser", a.parts.organiser},
                                      {"paired", a.parts.paired}}}});
  Json shortOf = Json::array();
  for (const auto& s : plan.short_of)
    shortOf.push_back({{"activity", s.activity}, {"open", s.open}, {"planned", s.planned},
                       {"reason", std::string(shortReasonName(s.reason))}, {"candidates", s.candidates}});
  return {{"quarter", plan.quarter}, {"assignments", std::move(assignments)}, {"short_of", std::move(shortOf)},
          {"notes", plan.notes}, {"total_score", plan.total_score}, {"fairness_cost", plan.fairness_cost},
          {"solved", plan.solved}};
}

std::string volunteerPlanJson(const VolunteerPlan& plan) { return jsonText(volunteerPlanToJson(plan)); }

}  // namespace gj::match
