#!/usr/bin/python3
"""Solves an exported need -> unit instance (format: core/match/plan_json.h, tests/bench/README.md) with
NetworkX's network simplex, independently of LEMON, and prints its optimum and time as one JSON line."""
import json
import sys
import time

import networkx as nx


def main(path):
    with open(path, encoding="utf-8") as f:
        inst = json.load(f)
    started = time.perf_counter()
    g = nx.DiGraph()
    n = len(inst["needs"])
    g.add_node("s", demand=-n)
    g.add_node("t", demand=n)
    g.add_edge("s", "t", capacity=n, weight=0)  # what is not worth assigning
    for i in range(n):
        g.add_edge("s", ("n", i), capacity=1, weight=0)
    for j, u in enumerate(inst["units"]):
        g.add_edge(("u", j), "t", capacity=u["capacity"], weight=0)
    for need, unit, score in inst["arcs"]:
        g.add_edge(("n", need), ("u", unit), capacity=1, weight=-score)
    cost, flow = nx.network_simplex(g)
    elapsed = time.perf_counter() - started
    assigned = sum(1 for i in range(n) for v in flow[("n", i)].values() if v)
    print(json.dumps({"optimum": -cost, "locked_score": inst.get("locked_score", 0),
                      "assigned": assigned, "seconds": round(elapsed, 3)}))


if __name__ == "__main__":
    main(sys.argv[1])
