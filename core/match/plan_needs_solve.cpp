// Need -> unit plan, part 2: the min-cost flow (source -> need -> unit -> sink) solved by NetworkSimplex,
// and the plan that explains it: assignments with their score parts, unmatched needs with their reasons.
#include <algorithm>

#include "match/flow_network.h"
#include "match/plan_needs.h"

namespace gj::match {

std::vector<int> solveNeedInstance(const NeedInstance& inst, bool* ok) {
  const int needCount = static_cast<int>(inst.needs.size());
  std::vector<int> chosen(inst.needs.size(), -1);
  FlowNetwork net;
  net.arcs.reserve(inst.needs.size() + inst.arcs.size() + inst.units.size());
  const int source = net.addNode(), sink = net.addNode();
  const int firstNeed = net.nodes;
  net.nodes += needCount;
  const int firstUnit = net.nodes;
  net.nodes += static_cast<int>(inst.units.size());

  // Tie-break by id: cost = -score * K + rank of the unit among the need's candidates (they come in unit id
  // order). K exceeds any possible sum of ranks, so the total score always comes first.
  std::int64_t k = 1;
  for (std::size_t i = 1; i < inst.arcs.size(); ++i) k += inst.arcs[i - 1].need == inst.arcs[i].need ? 1 : 0;
  for (int n = 0; n < needCount; ++n) net.addArc(source, firstNeed + n, 1, 0);
  const int firstCandidate = static_cast<int>(net.arcs.size());
  std::int64_t rank = 0;
  for (std::size_t i = 0; i < inst.arcs.size(); ++i) {
    const auto& a = inst.arcs[i];
    rank = i > 0 && inst.arcs[i - 1].need == a.need ? rank + 1 : 0;
    net.addArc(firstNeed + a.need, firstUnit + a.unit, 1, -std::int64_t{a.score} * k + rank);
  }
  for (std::size_t u = 0; u < inst.units.size(); ++u)
    net.addArc(firstUnit + static_cast<int>(u), sink, inst.capacity[u], 0);

  FlowSolution sol = solveMinCostFlow(net, source, sink, needCount);
  *ok = sol.optimal;
  if (!sol.optimal) return chosen;
  for (std::size_t i = 0; i < inst.arcs.size(); ++i)
    if (sol.flow[static_cast<std::size_t>(firstCandidate) + i] > 0) chosen[static_cast<std::size_t>(inst.arcs[i].need)] = static_cast<int>(i);
  return chosen;
}

NeedPlan explainNeedPlan(NeedPlanInput in, const std::vector<int>& chosen, bool solved, const Quarter& quarter) {
  const NeedInstance& inst = in.instance;
  NeedPlan plan;
  plan.quarter = quarter.text();
  plan.notes = std::move(in.notes);
  plan.units = std::move(in.loads);
  plan.solved = solved;

  plan.assignments = std::move(in.locked);
  plan.unmatched = std::move(in.without_arcs);
  const std::size_t lockedCount = plan.assignments.size(), withoutArcsCount = plan.unmatched.size();
  std::vector<int> assignedTo(inst.units.size(), 0);
  for (std::size_t n = 0; n < inst.needs.size() && n < chosen.size(); ++n) {
    if (chosen[n] >= 0) {
      const auto& a = inst.arcs[static_cast<std::size_t>(chosen[n])];
      plan.assignments.push_back({inst.needs[n], inst.units[static_cast<std::size_t>(a.unit)], inst.partsOf(a), a.score, false});
      assignedTo[static_cast<std::size_t>(a.unit)]++;
    }
  }
  // Arcs of one need are contiguous: an unmatched need with arcs lost to needs adding more (at the optimum
  // every such candidate is filled, so naming them is the whole explanation).
  for (std::size_t i = 0; i < inst.arcs.size();) {
    const int n = inst.arcs[i].need;
    const bool lost = static_cast<std::size_t>(n) >= chosen.size() || chosen[static_cast<std::size_t>(n)] < 0;
    UnmatchedNeed why{inst.needs[static_cast<std::size_t>(n)], UnmatchedReason::outscored};
    for (; i < inst.arcs.size() && inst.arcs[i].need == n; ++i)
      if (lost) why.candidates.push_back(inst.units[static_cast<std::size_t>(inst.arcs[i].unit)]);
    if (lost) plan.unmatched.push_back(std::move(why));
  }
  for (UnitLoad& load : plan.units) {
    auto it = std::lower_bound(inst.units.begin(), inst.units.end(), load.unit,
                               [](const std::string& a, const std::string& b) { return idLess(a, b); });
    if (it != inst.units.end() && *it == load.unit) load.assigned += assignedTo[static_cast<std::size_t>(it - inst.units.begin())];
  }

  // Both lists are two runs already in need id order (locks / solved; no candidate / outscored): merge.
  auto byNeed = [](const auto& a, const auto& b) { return idLess(a.need, b.need); };
  std::inplace_merge(plan.assignments.begin(), plan.assignments.begin() + static_cast<std::ptrdiff_t>(lockedCount),
                     plan.assignments.end(), byNeed);
  std::inplace_merge(plan.unmatched.begin(), plan.unmatched.begin() + static_cast<std::ptrdiff_t>(withoutArcsCount),
                     plan.unmatched.end(), byNeed);
  for (const NeedAssignment& a : plan.assignments) plan.total_score += a.score;
  return plan;
}

NeedPlan planNeeds(const Dataset& ds, const NeedPlanOptions& options) {
  NeedPlanInput in = buildNeedInput(ds, options);
  bool ok = true;
  const std::vector<int> chosen = solveNeedInstance(in.instance, &ok);
  return explainNeedPlan(std::move(in), chosen, ok, options.quarter);
}

}  // namespace gj::match
