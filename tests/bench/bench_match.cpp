// Matching benchmark (not a test): a seeded district-scale instance — communities, partner units with
// resources, open needs with 20-50 candidate units each, volunteers (a third with hours of availability)
// and activities of 1-3 hours — planned end to end,
// against LEMON's raw solve of the same graph. Prints times, their ratio and peak memory; optionally writes
// the need instance (match/plan_json.h format) for tests/bench/solve_networkx.py. Usage:
//   bench_match [--seed N] [--needs N] [--units N] [--communities N] [--volunteers N] [--activities N]
//               [--repeat N] [--export FILE]
// Each time printed is the best of --repeat runs (default 3): the machine is shared, the minimum is the
// least disturbed measurement; the need plan's times are also printed as min/median/max.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#ifdef __EMSCRIPTEN__
#include <emscripten/heap.h>
#else
#include <sys/resource.h>
#endif

#include "district.h"
#include "match/plan_json.h"
#include "match/plan_needs.h"
#include "match/plan_volunteers.h"

using namespace gj;
using namespace gj::match;

namespace {

struct Scale : bench::DistrictScale {
  int repeat = 3;
  std::string exportFile;
};

// Every run's time, sorted: the minimum is the least disturbed measurement, the median and maximum show
// how much the shared machine disturbed the others.
struct Times {
  std::vector<double> ms;
  double min() const { return ms.front(); }
  double median() const { return ms[ms.size() / 2]; }
  double max() const { return ms.back(); }
};

template <class F> Times timesOf(int repeat, F&& run) {
  Times t;
  for (int i = 0; i < repeat; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    run();
    t.ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(t.ms.begin(), t.ms.end());
  return t;
}
template <class F> double bestOf(int repeat, F&& run) { return timesOf(repeat, run).min(); }

double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double peakMiB() {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(emscripten_get_heap_size()) / (1024.0 * 1024.0);  // the heap only grows
#else
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
#endif
}

// LEMON alone on the instance's graph (the same nodes, arcs and costs as solveNeedInstance builds).
double rawLemonMs(const NeedInstance& inst, std::int64_t* optimum) {
  using G = lemon::SmartDigraph;
  const auto t0 = std::chrono::steady_clock::now();
  G g;
  const int n = static_cast<int>(inst.needs.size()), u = static_cast<int>(inst.units.size());
  g.reserveNode(n + u + 2);
  g.reserveArc(n + u + static_cast<int>(inst.arcs.size()) + 1);
  G::Node s = g.addNode(), t = g.addNode();
  std::vector<G::Node> nodes(static_cast<std::size_t>(n + u));
  for (auto& x : nodes) x = g.addNode();
  G::ArcMap<std::int64_t> cap(g), cost(g);
  std::int64_t k = 1;
  for (std::size_t i = 1; i < inst.arcs.size(); ++i) k += inst.arcs[i - 1].need == inst.arcs[i].need;
  for (int i = 0; i < n; ++i) { G::Arc a = g.addArc(s, nodes[static_cast<std::size_t>(i)]); cap[a] = 1; cost[a] = 0; }
  int rank = 0;
  std::vector<G::Arc> cand;
  cand.reserve(inst.arcs.size());
  for (std::size_t i = 0; i < inst.arcs.size(); ++i) {
    rank = i && inst.arcs[i - 1].need == inst.arcs[i].need ? rank + 1 : 0;
    G::Arc a = g.addArc(nodes[static_cast<std::size_t>(inst.arcs[i].need)], nodes[static_cast<std::size_t>(n + inst.arcs[i].unit)]);
    cap[a] = 1;
    cost[a] = -std::int64_t{inst.arcs[i].score} * k + rank;
    cand.push_back(a);
  }
  for (int i = 0; i < u; ++i) { G::Arc a = g.addArc(nodes[static_cast<std::size_t>(n + i)], t); cap[a] = inst.capacity[static_cast<std::size_t>(i)]; cost[a] = 0; }
  G::Arc bypass = g.addArc(s, t);
  cap[bypass] = n;
  cost[bypass] = 0;
  lemon::NetworkSimplex<G, std::int64_t, std::int64_t> ns(g);
  ns.upperMap(cap).costMap(cost).stSupply(s, t, n);
  ns.run();
  const double ms = msSince(t0);
  *optimum = 0;
  for (std::size_t i = 0; i < cand.size(); ++i) *optimum += ns.flow(cand[i]) * inst.arcs[i].score;
  return ms;
}

bool arg(int& i, int argc, char** argv, const char* name, std::string* out) {
  if (std::strcmp(argv[i], name) != 0 || i + 1 >= argc) return false;
  *out = argv[++i];
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Scale s;
  for (int i = 1; i < argc; ++i) {
    std::string v;
    if (arg(i, argc, argv, "--seed", &v)) s.seed = std::strtoull(v.c_str(), nullptr, 10);
    else if (arg(i, argc, argv, "--needs", &v)) s.needs = std::atoi(v.c_str());
    else if (arg(i, argc, argv, "--units", &v)) s.units = std::atoi(v.c_str());
    else if (arg(i, argc, argv, "--communities", &v)) s.communities = std::atoi(v.c_str());
    else if (arg(i, argc, argv, "--volunteers", &v)) s.volunteers = std::atoi(v.c_str());
    else if (arg(i, argc, argv, "--activities", &v)) s.activities = std::atoi(v.c_str());
    else if (arg(i, argc, argv, "--export", &v)) s.exportFile = v;
    else if (arg(i, argc, argv, "--repeat", &v)) s.repeat = std::max(1, std::atoi(v.c_str()));
    else {
      std::fprintf(stderr, "bench_match: unknown argument %s\n", argv[i]);
      return 2;
    }
  }
  auto t0 = std::chrono::steady_clock::now();
  const Dataset ds = bench::generateDistrict(s);
  std::printf("generate: %d communities, %d needs, %d units, %d volunteers, %d activities (seed %llu) in %.0f ms\n",
              s.communities, s.needs, s.units, s.volunteers, s.activities, static_cast<unsigned long long>(s.seed), msSince(t0));

  NeedPlanOptions o;
  o.quarter = *Quarter::parse("2024Q3");
  // Interleaved: each round times every phase once, so a change in the machine's load hits them alike.
  NeedPlan plan;
  NeedPlanInput in;
  bool solvedOk = false;
  std::int64_t rawOptimum = 0;
  Times endToEndTimes, buildTimes, solveTimes, rawTimes;
  for (int i = 0; i < s.repeat; ++i) {
    endToEndTimes.ms.push_back(timesOf(1, [&] { plan = planNeeds(ds, o); }).min());
    buildTimes.ms.push_back(timesOf(1, [&] { in = buildNeedInput(ds, o); }).min());
    solveTimes.ms.push_back(timesOf(1, [&] { solveNeedInstance(in.instance, &solvedOk); }).min());
    rawTimes.ms.push_back(rawLemonMs(in.instance, &rawOptimum));
  }
  for (Times* t : {&endToEndTimes, &buildTimes, &solveTimes, &rawTimes}) std::sort(t->ms.begin(), t->ms.end());
  const double endToEnd = endToEndTimes.min(), buildMs = buildTimes.min(), solveMs = solveTimes.min(), raw = rawTimes.min();
  std::size_t minC = 1u << 30, maxC = 0;
  for (std::size_t i = 0, j = 0; i < in.instance.arcs.size(); i = j) {
    for (j = i; j < in.instance.arcs.size() && in.instance.arcs[j].need == in.instance.arcs[i].need; ++j) {}
    minC = std::min(minC, j - i);
    maxC = std::max(maxC, j - i);
  }
  std::printf("needs: %zu arcs (%zu-%zu candidates per need), %zu assigned, %zu unmatched, total score %lld, hash %s\n",
              in.instance.arcs.size(), minC, maxC, plan.assignments.size(), plan.unmatched.size(),
              static_cast<long long>(plan.total_score), planHash(plan).c_str());
  std::printf("needs: end-to-end %.1f ms (candidates + scores %.1f ms, solve %.1f ms), LEMON raw %.1f ms (optimum %lld), ratio %.2f\n",
              endToEnd, buildMs, solveMs, raw, static_cast<long long>(rawOptimum), endToEnd / raw);
  std::printf("needs: %d runs, end-to-end min/median/max %.1f/%.1f/%.1f ms, LEMON raw %.1f/%.1f/%.1f ms, ratio of medians %.2f\n",
              s.repeat, endToEndTimes.min(), endToEndTimes.median(), endToEndTimes.max(), rawTimes.min(), rawTimes.median(),
              rawTimes.max(), endToEndTimes.median() / rawTimes.median());
  if (rawOptimum != plan.total_score) std::printf("MISMATCH: plan total differs from LEMON raw optimum\n");
  if (!s.exportFile.empty()) {
    std::ofstream(s.exportFile, std::ios::binary) << needInstanceJson(in, o.quarter.text());
    std::printf("needs: instance written to %s\n", s.exportFile.c_str());
  }

  VolunteerPlanOptions vo;
  vo.quarter = o.quarter;
  VolunteerPlan vplan;
  const double volunteersMs = bestOf(s.repeat, [&] { vplan = planVolunteers(ds, vo); });
  std::printf("volunteers: %lld arcs, %zu assigned, %zu activities short, score %lld - fairness %lld, %d flow%s%s, "
              "hash %016llx, end-to-end %.1f ms%s\n",
              static_cast<long long>(vplan.arcs), vplan.assignments.size(), vplan.short_of.size(),
              static_cast<long long>(vplan.total_score), static_cast<long long>(vplan.fairness_cost), vplan.solves,
              vplan.solves == 1 ? "" : "s", vplan.optimal ? " (optimal)" : " (NOT proven optimal)",
              static_cast<unsigned long long>(fnv1a64(volunteerPlanJson(vplan))), volunteersMs, vplan.solved ? "" : " NOT SOLVED");
  std::printf("peak memory: %.1f MiB\n", peakMiB());
  return 0;
}
