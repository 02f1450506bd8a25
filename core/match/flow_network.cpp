// LEMON NetworkSimplex over a FlowNetwork (header-only LEMON: LEMON_ONLY_TEMPLATES comes from CMake).
#include "match/flow_network.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace gj::match {

FlowSolution solveMinCostFlow(const FlowNetwork& net, int source, int sink, std::int64_t amount) {
  using Graph = lemon::SmartDigraph;
  Graph g;
  g.reserveNode(net.nodes);
  g.reserveArc(static_cast<int>(net.arcs.size()) + 1);
  std::vector<Graph::Node> node(static_cast<std::size_t>(net.nodes));
  for (auto& n : node) n = g.addNode();
  Graph::ArcMap<std::int64_t> capacity(g), cost(g);
  for (const FlowArc& a : net.arcs) {
    Graph::Arc e = g.addArc(node[static_cast<std::size_t>(a.from)], node[static_cast<std::size_t>(a.to)]);
    capacity[e] = a.capacity;
    cost[e] = a.cost;
  }
  Graph::Arc bypass = g.addArc(node[static_cast<std::size_t>(source)], node[static_cast<std::size_t>(sink)]);
  capacity[bypass] = amount;
  cost[bypass] = 0;

  // BLOCK_SEARCH (the default) never sorts, so libstdc++ and libc++ cannot order equal costs differently.
  lemon::NetworkSimplex<Graph, std::int64_t, std::int64_t> simplex(g);
  simplex.upperMap(capacity).costMap(cost).stSupply(node[static_cast<std::size_t>(source)],
                                                     node[static_cast<std::size_t>(sink)], amount);
  FlowSolution out;
  out.optimal = simplex.run(lemon::NetworkSimplex<Graph, std::int64_t, std::int64_t>::BLOCK_SEARCH) ==
                lemon::NetworkSimplex<Graph, std::int64_t, std::int64_t>::OPTIMAL;
  if (!out.optimal) return out;
  out.flow.resize(net.arcs.size());
  for (std::size_t i = 0; i < net.arcs.size(); ++i) {
    out.flow[i] = simplex.flow(g.arcFromId(static_cast<int>(i)));  // SmartDigraph ids follow creation order
    out.cost += out.flow[i] * net.arcs[i].cost;
  }
  return out;
}

}  // namespace gj::match
