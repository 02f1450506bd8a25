// A min-cost flow network solved exactly by LEMON's NetworkSimplex: the one solver behind the need -> unit
// and volunteer -> activity plans, and what the benchmark times as "raw solve".
#pragma once
#include <cstdint>
#include <vector>

namespace gj::match {

struct FlowArc {
  int from = 0;
  int to = 0;
  std::int64_t capacity = 0;
  std::int64_t cost = 0;
};

// Nodes are 0..nodes-1; arcs keep the order they were added in (LEMON ids follow it, which is what makes
// the pivots, and so the chosen optimum among equals, the same on every target).
struct FlowNetwork {
  int nodes = 0;
  std::vector<FlowArc> arcs;
  int addNode() { return nodes++; }
  int addArc(int from, int to, std::int64_t capacity, std::int64_t cost) {
    arcs.push_back({from, to, capacity, cost});
    return static_cast<int>(arcs.size()) - 1;
  }
};

struct FlowSolution {
  bool optimal = false;
  std::int64_t cost = 0;            // sum of flow * cost over the network's arcs
  std::vector<std::int64_t> flow;   // per arc of the network
};

// Sends at most `amount` units from source to sink at minimum cost. A zero-cost bypass arc source -> sink
// (added internally, last) carries what is not worth sending, so negative-cost arcs act as profits:
// minimising cost maximises total profit and no unit is forced through.
FlowSolution solveMinCostFlow(const FlowNetwork& net, int source, int sink, std::int64_t amount);

}  // namespace gj::match
