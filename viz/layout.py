"""Node positions computed once, before drawing, so large networks need no physics.

Each connected component is laid out on its own and the components are packed in rows,
largest first. Small components get a seeded networkx spring layout; large ones a radial
layout of a breadth-first spanning tree (linear time: the graphs this project draws are
mostly hierarchies — places within places, organizations within places). A given seed
always gives the same positions.
"""

from __future__ import annotations

import math
import random

import networkx as nx

SPRING_MAX = 300  # above this many nodes a component is laid out radially


def layout(graph: nx.Graph, *, seed: int = 0, scale: float = 1.0) -> dict[str, tuple[float, float]]:
    """Positions (x, y) for every node, roughly ``scale`` units between neighbours."""
    # one plain undirected graph: views of a MultiDiGraph make every degree lookup slow
    und = nx.Graph()
    und.add_nodes_from(graph.nodes)
    und.add_edges_from((u, v) for u, v, *_ in graph.edges if u != v)
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[str], dict[str, tuple[float, float]], float]] = []
    for nodes in comps:
        if len(nodes) == 1:
            pos = {nodes[0]: (0.0, 0.0)}
        elif len(nodes) <= SPRING_MAX:
            k = 1.8 / math.sqrt(len(nodes))  # wider than the default: labels need room
            raw = nx.spring_layout(und.subgraph(nodes), seed=seed, k=k, iterations=100)
            # spring_layout fits into [-1, 1]; rescale so neighbours sit ~1 unit apart
            f = math.sqrt(len(nodes)) * 0.9
            pos = {n: (float(x) * f, float(y) * f) for n, (x, y) in raw.items()}
        else:
            pos = _radial(und.subgraph(nodes).copy(), seed)
        placed.append((nodes, pos, _radius(pos)))
    out: dict[str, tuple[float, float]] = {}
    # shelf packing: rows of components, each row as tall as its largest member
    row_width = max(1.0, math.sqrt(sum((2 * r + 2) ** 2 for _, _, r in placed)) * 1.2)
    x = y = 0.0
    row_h = 0.0
    for _nodes, pos, r in placed:
        d = 2 * r + 2
        if x > 0 and x + d > row_width:
            x, y = 0.0, y + row_h
            row_h = 0.0
        cx, cy = x + d / 2, y + d / 2
        for n, (px, py) in pos.items():
            out[n] = ((cx + px) * scale, (cy + py) * scale)
        x += d
        row_h = max(row_h, d)
    return out


def _radius(pos: dict[str, tuple[float, float]]) -> float:
    return max((math.hypot(x, y) for x, y in pos.values()), default=0.0)


def _radial(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Rings of a BFS tree from the best-connected node; each subtree gets an angular wedge
    proportional to its leaf count, so siblings stay together and nothing overlaps."""
    rng = random.Random(seed)
    degree = dict(graph.degree())
    top = max(degree.values())
    root = rng.choice(sorted(n for n, d in degree.items() if d == top))
    children: dict[str, list[str]] = {n: [] for n in graph.nodes}
    depth = {root: 0}
    order = [root]
    for u in order:
        nbrs = sorted(graph.neighbors(u))
        rng.shuffle(nbrs)
        for v in nbrs:
            if v not in depth:
                depth[v] = depth[u] + 1
                children[u].append(v)
                order.append(v)
    leaves: dict[str, int] = {}
    for u in reversed(order):
        leaves[u] = sum(leaves[c] for c in children[u]) or 1
    # ring spacing so that the outermost ring has ~1 unit between leaves
    total = leaves[root]
    max_depth = max(depth.values())
    ring = max(1.0, total / (2 * math.pi * max(1, max_depth)))
    pos = {root: (0.0, 0.0)}
    wedge = {root: (0.0, 2 * math.pi)}
    for u in order:
        a0, a1 = wedge[u]
        span = a1 - a0
        start = a0
        for c in children[u]:
            share = span * leaves[c] / leaves[u]
            wedge[c] = (start, start + share)
            mid = start + share / 2
            r = depth[c] * ring
            pos[c] = (r * math.cos(mid), r * math.sin(mid))
            start += share
    return pos
