// Volunteer -> activity plan (see plan_volunteers.h for the model): candidates, the flow with weekly caps
// and convex fairness costs, and the explanation of activities left short.
#include "match/plan_volunteers.h"

#include <algorithm>
#include <limits>
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

// A planned activity: when, how long, how many open slots.
struct Slot {
  const Activity* activity;
  int open;
  int week, day;
  int from, to;  // local clock minutes
  int minutes;
  std::int64_t begin, end;  // epoch seconds, for overlaps
};

std::int64_t key(int vol, int week) { return (static_cast<std::int64_t>(vol) << 32) | static_cast<std::uint32_t>(week); }

bool overlaps(std::int64_t b1, std::int64_t e1, std::int64_t b2, std::int64_t e2) { return b1 < e2 && b2 < e1; }

// One flow of the branch and bound: which candidates it chose and at what cost.
struct Solved {
  bool ok = false;
  std::int64_t cost = 0;
  std::vector<int> chosen;  // candidate indices, ascending
};

}  // namespace

std::string_view shortReasonName(ShortReason r) {
  switch (r) {
    case ShortReason::no_volunteer_available: return "no_volunteer_available";
    case ShortReason::not_at_that_time: return "not_at_that_time";
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
int minuteOfDay(std::string_view t) {
  if (!isTimestamp(t)) return -1;
  return ((t[11] - '0') * 10 + (t[12] - '0')) * 60 + (t[14] - '0') * 10 + (t[15] - '0');
}

VolunteerPlan planVolunteers(const Dataset& ds, const VolunteerPlanOptions& options) {
  const VolunteerWeights& w = options.weights;
  const int capMinutes = std::max(0, w.weekly_cap_hours) * 60;
  VolunteerPlan plan;
  plan.quarter = options.quarter.text();

  // Volunteers by ordinal (id order); the per-candidate loops below use integers only.
  std::vector<const Volunteer*> vols;
  std::unordered_map<std::string, int> ordinal;
  for (const auto& [id, v] : ds.volunteers()) {
    ordinal.emplace(id, static_cast<int>(vols.size()));
    vols.push_back(&v);
  }
  auto slotOf = [&](const Activity& a) {
    Slot s{&a, 0, weekNumber(a.start), isoWeekday(a.start), minuteOfDay(a.start), 0, 0, 0, 0};
    s.begin = epochSeconds(a.start).value_or(0);
    const std::int64_t end = epochSeconds(a.end).value_or(0);
    s.minutes = end > s.begin ? static_cast<int>(std::min<std::int64_t>((end - s.begin) / 60, 7 * 24 * 60))
                              : std::max(1, w.hours_per_assignment) * 60;
    s.end = s.begin + std::int64_t{s.minutes} * 60;
    s.from = std::max(0, s.from);
    s.to = datePart(a.end) == datePart(a.start) && end > s.begin ? std::max(s.from + 1, minuteOfDay(a.end))
                                                                 : std::min(24 * 60, s.from + s.minutes);
    return s;
  };
  // Minutes served this quarter, per week, and the times each volunteer is serving already.
  std::vector<std::int64_t> minutes(vols.size(), 0);
  std::unordered_map<std::int64_t, int> weekMinutes;
  std::unordered_map<int, std::vector<std::pair<std::int64_t, std::int64_t>>> busy;
  std::vector<Slot> acts;
  for (const auto& [id, a] : ds.activities()) {
    if (!options.quarter.contains(datePart(a.start))) continue;
    const Slot s = slotOf(a);
    const std::string_view day = datePart(a.start);
    const bool inRange = (options.first_day.empty() || day >= options.first_day) && (options.last_day.empty() || day <= options.last_day);
    const bool fresh = inRange && options.ignore_attendance;
    for (const Attendance& at : fresh ? std::vector<Attendance>{} : a.attendance) {
      auto o = ordinal.find(at.volunteer);
      if (o == ordinal.end()) continue;
      minutes[static_cast<std::size_t>(o->second)] += at.minutes;
      weekMinutes[key(o->second, s.week)] += at.minutes;
      busy[o->second].emplace_back(s.begin, s.end);
    }
    const int attending = fresh ? 0 : static_cast<int>(a.attendance.size());
    if (inRange && attending < a.headcount) {
      acts.push_back(s);
      acts.back().open = a.headcount - attending;
    }
  }
  std::map<std::string, int, IdLess> actIndex;
  for (std::size_t i = 0; i < acts.size(); ++i) actIndex[acts[i].activity->id] = static_cast<int>(i);
  // Units that may send volunteers to each activity: organisers and units paired with its community.
  std::unordered_map<std::string, std::vector<std::string>> pairedUnits;
  for (const auto& [id, u] : ds.units())
    for (const auto& c : u.communities) pairedUnits[c].push_back(id);
  std::unordered_map<std::string, std::vector<int>> byUnit;
  for (std::size_t o = 0; o < vols.size(); ++o) byUnit[vols[o]->unit].push_back(static_cast<int>(o));
  auto partsOf = [&](const Volunteer& v, const std::string& skill, bool organiser) {
    const bool hasSkill = !skill.empty() && has(v.skills, skill);
    return ServiceScoreParts{w.base, hasSkill ? w.skill : 0, organiser ? w.organiser : 0, organiser ? 0 : w.paired};
  };

  std::set<std::pair<std::string, std::string>> forbidden, lockedPairs;
  for (const auto& f : options.forbidden) forbidden.emplace(f.volunteer, f.activity);
  std::vector<int> lockedCount(vols.size(), 0);  // for fairness
  std::vector<int> planned(acts.size(), 0);
  std::vector<ServiceAssignment> locks;
  std::vector<std::pair<int, int>> lockKeys;  // (volunteer, activity) of each lock
  for (const auto& l : options.locked) {
    auto o = ordinal.find(l.volunteer);
    auto ai = actIndex.find(l.activity);
    if (o == ordinal.end() || ai == actIndex.end()) {
      plan.notes.push_back("lock " + l.volunteer + " -> " + l.activity + " ignored: no such volunteer or open activity");
      continue;
    }
    if (!lockedPairs.emplace(l.volunteer, l.activity).second) continue;
    const Volunteer& v = *vols[static_cast<std::size_t>(o->second)];
    const Slot& s = acts[static_cast<std::size_t>(ai->second)];
    const Activity& a = *s.activity;
    ServiceAssignment x{l.volunteer, l.activity, {}, 0, 0, true};
    x.parts = partsOf(v, skillOf(a.type), has(a.organisers, v.unit));
    if (!has(a.organisers, v.unit) && !has(pairedUnits[a.community], v.unit)) x.parts.paired = 0;
    x.score = x.parts.total();
    int& done = lockedCount[static_cast<std::size_t>(o->second)];
    const std::int64_t hours = minutes[static_cast<std::size_t>(o->second)] / 60 + std::int64_t{done} * w.hours_per_assignment;
    x.fairness_cost = static_cast<int>(std::min<std::int64_t>(w.fairness_per_hour * hours, 1 << 30));
    done++;
    int& week = weekMinutes[key(o->second, s.week)];
    week += s.minutes;
    if (week > capMinutes) plan.notes.push_back("lock " + l.volunteer + " -> " + l.activity + " kept past the weekly cap");
    busy[o->second].emplace_back(s.begin, s.end);
    planned[static_cast<std::size_t>(ai->second)]++;
    locks.push_back(x);
    lockKeys.emplace_back(o->second, ai->second);
  }

  // Candidates per activity, volunteers reached through their units (no volunteers x activities scan).
  std::vector<Cand> all;
  std::vector<ActivityShortfall> funnel(acts.size());
  for (std::size_t i = 0; i < acts.size(); ++i) {
    const Slot& s = acts[i];
    const Activity& a = *s.activity;
    ActivityShortfall& f = funnel[i];
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
        if (!has(v.weekdays, s.day) || (!lockedPairs.empty() && lockedPairs.count({v.id, a.id}))) continue;
        bool attending = false;
        if (!options.ignore_attendance)
          for (const Attendance& at : a.attendance) attending |= at.volunteer == v.id;
        if (attending) continue;
        f.free_that_day++;
        if (!v.availableAt(s.day, s.from, s.to)) continue;
        f.free_at_time++;
        if (needsSkill && !has(v.skills, skill)) continue;
        f.skilled++;
        auto week = weekMinutes.find(key(o, s.week));
        bool full = (week == weekMinutes.end() ? 0 : week->second) + s.minutes > capMinutes;
        if (auto b = busy.find(o); !full && b != busy.end())
          for (const auto& [begin, end] : b->second) full |= overlaps(begin, end, s.begin, s.end);
        if (full) {
          f.capped++;
          continue;
        }
        if (!forbidden.empty() && forbidden.count({v.id, a.id})) {
          f.forbidden++;
          continue;
        }
        all.push_back({o, static_cast<int>(i), s.week, partsOf(v, skill, organiser)});
        f.candidates++;
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

  // Tie-break by id: rank of the activity among the volunteer's candidates, K above any sum of ranks.
  std::int64_t k = 1;
  std::vector<std::size_t> volEnd(all.size());  // end of each candidate's volunteer run
  for (std::size_t i = 0, r = 0; i < all.size(); ++i) {
    r = i > 0 && all[i - 1].vol == all[i].vol ? r + 1 : 0;
    k += static_cast<std::int64_t>(r);
  }
  for (std::size_t i = all.size(); i-- > 0;) volEnd[i] = i + 1 < all.size() && all[i + 1].vol == all[i].vol ? volEnd[i + 1] : i + 1;
  auto minutesLeft = [&](int vol, int week) {
    auto it = weekMinutes.find(key(vol, week));
    return capMinutes - (it == weekMinutes.end() ? 0 : it->second);
  };
  auto stepCost = [&](int vol, int j) {  // fairness of the j-th planned assignment, unscaled
    return std::int64_t{w.fairness_per_hour} *
           (minutes[static_cast<std::size_t>(vol)] / 60 + std::int64_t{lockedCount[static_cast<std::size_t>(vol)] + j} * w.hours_per_assignment);
  };
  auto arcCost = [&](std::size_t x, std::size_t first) {
    return -std::int64_t{all[x].parts.total()} * k + static_cast<std::int64_t>(x - first);
  };

  // The relaxation: the flow with count caps per (volunteer, week) and the banned candidates left out.
  auto solveRelaxed = [&](const std::vector<char>& banned) {
    FlowNetwork net;
    net.arcs.reserve(all.size() * 2 + acts.size());
    const int source = net.addNode(), sink = net.addNode();
    const int firstAct = net.nodes;
    net.nodes += static_cast<int>(acts.size());
    std::vector<int> candArc(all.size(), -1);
    std::vector<int> durations;
    std::vector<std::size_t> order;                              // a week's candidates by start time
    std::vector<std::pair<std::int64_t, std::int64_t>> ends;     // (end, begin) of one run
    std::vector<int> runOf(all.size(), -1), runCap(all.size(), 0), runNode(all.size(), -1);  // by position in `order`
    std::int64_t usable = 0;
    for (std::size_t i = 0; i < all.size();) {
      const int vol = all[i].vol;
      const std::size_t end = volEnd[i];
      int vnode = -1, steps = 0, best = 0;
      for (std::size_t j = i; j < end;) {
        const int week = all[j].week;
        std::size_t wend = j;
        durations.clear();
        for (; wend < end && all[wend].week == week; ++wend)
          if (!banned[wend]) durations.push_back(acts[static_cast<std::size_t>(all[wend].activity)].minutes);
        const int count = static_cast<int>(durations.size());
        if (count == 0) {
          j = wend;
          continue;
        }
        if (vnode < 0) vnode = net.addNode();
        // The most activities of this week that fit in the hours left (shortest first): a valid count cap.
        std::sort(durations.begin(), durations.end());
        int fit = 0;
        for (int sum = 0, left = minutesLeft(vol, week); fit < count && sum + durations[static_cast<std::size_t>(fit)] <= left;)
          sum += durations[static_cast<std::size_t>(fit++)];
        int from = vnode;
        if (fit < count) {  // a week node only where the cap binds: fewer nodes make a faster simplex
          from = net.addNode();
          net.addArc(vnode, from, fit, 0);
        }
        steps += fit;
        // Activities at overlapping times: per run of overlapping ones, at most as many as can be served one
        // after another (1 when they all overlap, which makes "one at a time" exact in the flow itself).
        order.clear();
        for (std::size_t x = j; x < wend; ++x)
          if (!banned[x]) order.push_back(x);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
          const Slot &s = acts[static_cast<std::size_t>(all[a].activity)], &t = acts[static_cast<std::size_t>(all[b].activity)];
          return s.begin != t.begin ? s.begin < t.begin : a < b;
        });
        for (std::size_t r = 0; r < order.size();) {
          std::size_t e = r + 1;
          std::int64_t reach = acts[static_cast<std::size_t>(all[order[r]].activity)].end;
          while (e < order.size() && acts[static_cast<std::size_t>(all[order[e]].activity)].begin < reach)
            reach = std::max(reach, acts[static_cast<std::size_t>(all[order[e++]].activity)].end);
          int cap = 0;  // the most of the run that do not overlap: greedy by end time
          ends.clear();
          for (std::size_t q = r; q < e; ++q) ends.emplace_back(acts[static_cast<std::size_t>(all[order[q]].activity)].end, acts[static_cast<std::size_t>(all[order[q]].activity)].begin);
          std::sort(ends.begin(), ends.end());
          for (std::int64_t last = std::numeric_limits<std::int64_t>::min(); const auto& [end, begin] : ends)
            if (begin >= last) {
              ++cap;
              last = end;
            }
          for (std::size_t q = r; q < e; ++q) runOf[order[q]] = cap < static_cast<int>(e - r) ? static_cast<int>(r) : -1;
          runCap[r] = cap;
          runNode[r] = -1;
          r = e;
        }
        for (std::size_t x = j; x < wend; ++x) {
          if (banned[x]) continue;
          int at = from;
          if (const int run = runOf[x]; run >= 0) {
            if (runNode[static_cast<std::size_t>(run)] < 0) {
              runNode[static_cast<std::size_t>(run)] = net.addNode();
              net.addArc(from, runNode[static_cast<std::size_t>(run)], runCap[static_cast<std::size_t>(run)], 0);
            }
            at = runNode[static_cast<std::size_t>(run)];
          }
          candArc[x] = net.addArc(at, firstAct + all[x].activity, 1, arcCost(x, i));
          best = std::max(best, all[x].parts.total());
          ++usable;
        }
        j = wend;
      }
      for (int j = 0; j < steps; ++j) {
        const std::int64_t cost = stepCost(vol, j);
        if (cost >= best) break;  // a step costing more than any score it could buy is never taken
        net.addArc(source, vnode, 1, cost * k);
      }
      i = end;
    }
    std::int64_t slots = 0;  // the most that can flow: the open slots left
    for (std::size_t i = 0; i < acts.size(); ++i) {
      net.addArc(firstAct + static_cast<int>(i), sink, std::max(0, acts[i].open - planned[i]), 0);
      slots += std::max(0, acts[i].open - planned[i]);
    }
    const FlowSolution sol = solveMinCostFlow(net, source, sink, std::min(slots, usable));
    Solved out;
    out.ok = sol.optimal;
    out.cost = sol.cost;
    for (std::size_t x = 0; x < all.size(); ++x)
      if (candArc[x] >= 0 && sol.flow[static_cast<std::size_t>(candArc[x])] > 0) out.chosen.push_back(static_cast<int>(x));
    return out;
  };
  // The first violated side constraint of a relaxed plan: the candidates of which one must go (empty: none).
  auto violation = [&](const std::vector<int>& chosen) {
    std::vector<int> culprits;
    for (std::size_t a = 0; a < chosen.size() && culprits.empty();) {
      const Cand& first = all[static_cast<std::size_t>(chosen[a])];
      std::size_t b = a;
      int used = 0;
      while (b < chosen.size() && all[static_cast<std::size_t>(chosen[b])].vol == first.vol &&
             all[static_cast<std::size_t>(chosen[b])].week == first.week)
        used += acts[static_cast<std::size_t>(all[static_cast<std::size_t>(chosen[b++])].activity)].minutes;
      if (used > minutesLeft(first.vol, first.week)) culprits.assign(chosen.begin() + static_cast<std::ptrdiff_t>(a), chosen.begin() + static_cast<std::ptrdiff_t>(b));
      for (std::size_t x = a; x < b && culprits.empty(); ++x)
        for (std::size_t y = x + 1; y < b && culprits.empty(); ++y) {
          const Slot& s = acts[static_cast<std::size_t>(all[static_cast<std::size_t>(chosen[x])].activity)];
          const Slot& t = acts[static_cast<std::size_t>(all[static_cast<std::size_t>(chosen[y])].activity)];
          if (overlaps(s.begin, s.end, t.begin, t.end)) culprits = {chosen[x], chosen[y]};
        }
      a = b;
    }
    return culprits;
  };
  // A feasible plan from a relaxed one: keep candidates in order while they fit; its exact cost.
  auto repair = [&](const std::vector<int>& chosen) {
    Solved out;
    out.ok = true;
    for (std::size_t a = 0; a < chosen.size();) {
      const int vol = all[static_cast<std::size_t>(chosen[a])].vol;
      int kept = 0;
      std::size_t b = a;
      for (; b < chosen.size() && all[static_cast<std::size_t>(chosen[b])].vol == vol; ++b) {
        const std::size_t x = static_cast<std::size_t>(chosen[b]);
        const Slot& s = acts[static_cast<std::size_t>(all[x].activity)];
        int used = s.minutes;
        bool clash = false;
        for (int y : out.chosen) {
          const Cand& c = all[static_cast<std::size_t>(y)];
          if (c.vol != vol) continue;
          const Slot& t = acts[static_cast<std::size_t>(c.activity)];
          if (c.week == all[x].week) used += t.minutes;
          clash |= overlaps(s.begin, s.end, t.begin, t.end);
        }
        if (clash || used > minutesLeft(vol, all[x].week)) continue;
        out.chosen.push_back(static_cast<int>(x));
        std::size_t first = x;
        while (first > 0 && all[first - 1].vol == vol) --first;
        out.cost += arcCost(x, first) + stepCost(vol, kept++) * k;
      }
      a = b;
    }
    return out;
  };

  // Branch and bound, depth first, children in candidate order: deterministic on every target.
  Solved incumbent;
  incumbent.ok = true;  // the empty plan, cost 0
  std::vector<std::vector<int>> stack{{}};
  std::vector<char> banned(all.size(), 0);
  while (!stack.empty()) {
    if (plan.solves >= std::max(1, options.max_solves)) {
      plan.optimal = false;
      plan.notes.push_back("branch and bound stopped after " + std::to_string(plan.solves) +
                           " flows: the plan keeps every constraint but is not proven optimal");
      break;
    }
    const std::vector<int> node = std::move(stack.back());
    stack.pop_back();
    std::fill(banned.begin(), banned.end(), 0);
    for (int x : node) banned[static_cast<std::size_t>(x)] = 1;
    Solved relaxed = solveRelaxed(banned);
    plan.solves++;
    if (!relaxed.ok) {
      plan.solved = false;
      return plan;
    }
    if (relaxed.cost >= incumbent.cost) continue;  // this branch cannot do better
    const std::vector<int> culprits = violation(relaxed.chosen);
    if (culprits.empty()) {
      incumbent = std::move(relaxed);
      continue;
    }
    Solved repaired = repair(relaxed.chosen);
    if (repaired.cost < incumbent.cost) incumbent = std::move(repaired);
    for (std::size_t c = culprits.size(); c-- > 0;) {
      std::vector<int> child = node;
      child.push_back(culprits[c]);
      stack.push_back(std::move(child));
    }
  }

  // The plan: locks and the chosen candidates, fairness steps in candidate order per volunteer.
  plan.assignments = std::move(locks);
  std::vector<std::pair<int, int>> keys = lockKeys;
  std::unordered_map<int, int> steps;
  for (int x : incumbent.chosen) {
    const Cand& c = all[static_cast<std::size_t>(x)];
    const int j = steps[c.vol]++;
    plan.assignments.push_back({vols[static_cast<std::size_t>(c.vol)]->id, acts[static_cast<std::size_t>(c.activity)].activity->id,
                                c.parts, c.parts.total(), static_cast<int>(std::min<std::int64_t>(stepCost(c.vol, j), 1 << 30)), false});
    keys.emplace_back(c.vol, c.activity);
    planned[static_cast<std::size_t>(c.activity)]++;
  }
  std::unordered_map<std::int64_t, int> planWeek;  // planned minutes per (volunteer, week), locks excluded
  for (std::size_t i = lockKeys.size(); i < keys.size(); ++i) {
    const Slot& s = acts[static_cast<std::size_t>(keys[i].second)];
    planWeek[key(keys[i].first, s.week)] += s.minutes;
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const Slot& s = acts[static_cast<std::size_t>(keys[i].second)];
    ServiceAssignment& a = plan.assignments[i];
    a.minutes = s.minutes;
    a.served_minutes = static_cast<int>(minutes[static_cast<std::size_t>(keys[i].first)]);
    auto week = weekMinutes.find(key(keys[i].first, s.week));
    a.week_minutes = (week == weekMinutes.end() ? 0 : week->second) + planWeek[key(keys[i].first, s.week)];
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
    if (planned[i] >= acts[i].open) continue;
    ActivityShortfall s = funnel[i];
    s.activity = acts[i].activity->id;
    s.open = acts[i].open;
    s.planned = planned[i];
    s.reason = s.free_that_day == 0                  ? ShortReason::no_volunteer_available
               : s.free_at_time == 0                 ? ShortReason::not_at_that_time
               : s.skilled == 0                      ? ShortReason::no_skill
               : s.capped == s.skilled               ? ShortReason::weekly_caps_reached
               : s.capped + s.forbidden == s.skilled ? ShortReason::all_forbidden
                                                     : ShortReason::candidates_busy;
    plan.short_of.push_back(s);
  }
  return plan;
}

}  // namespace gj::match
