"""Publication figures of a subgraph (SVG, PDF, PNG) with networkx and matplotlib.

Sized for a journal column (3.5 in wide by default), drawn with DejaVu Sans — shipped with
matplotlib, and it has every Vietnamese letter — with a legend of the classes shown and, where
node labels are drawn, each edge labelled with its relation's name. No pyplot: a Figure object
of its own, so nothing global changes and nothing opens a window. Neither matplotlib nor
networkx keeps labels apart, so each node label takes the first side of its node (above,
below, right, left) where it covers no label placed before it and no other node.
"""

from __future__ import annotations

import math
from pathlib import Path

from .layout import layout
from .model import Subgraph, clip
from .network import to_networkx

FONT = "DejaVu Sans"
DPI = 300


LABEL_PT = 4.5  # node labels, in points
EDGE_LABEL_PT = 3.5  # edge labels
_SIDES = (((0, 1), "center", "bottom"), ((0, -1), "center", "top"), ((1, 0), "left", "center"),
          ((-1, 0), "right", "center"))


def edge_labels(g: Subgraph) -> dict[tuple[str, str], str]:
    """The text on each drawn edge: the relation's readable name; the relations between one
    pair of nodes, either way, share one label ("a; b") so that none is drawn over another."""
    names: dict[tuple[str, str], list[str]] = {}
    for e in g.edges:
        if e.source == e.target:
            continue
        key = (e.source, e.target) if e.source <= e.target else (e.target, e.source)
        if e.label not in names.setdefault(key, []):
            names[key].append(e.label)
    return {k: "; ".join(v) for k, v in names.items()}


def place_labels(ax, renderer, pos: dict, texts: dict[str, str], order: list[str], marker_pt: float,
                  taken: list) -> list:
    """Node labels, each on the first side of its node where it overlaps no box in ``taken``
    (the edge labels, then the node labels placed before it) and no other node's marker, else
    on the side where it overlaps fewest."""
    centres = {n: ax.transData.transform(pos[n]) for n in pos}
    gap = marker_pt / 2 + 1.5  # from a node's centre to its label, in points
    scale = renderer.points_to_pixels(1.0)  # window extents are in pixels
    r = marker_pt / 2 * scale  # a marker's half-width
    artists = []
    for n in order:
        others = [c for m, c in centres.items() if m != n]
        best = None
        for (dx, dy), ha, va in _SIDES:
            t = ax.annotate(texts[n], pos[n], xytext=(dx * gap, dy * gap),
                            textcoords="offset points", ha=ha, va=va, fontsize=LABEL_PT, fontfamily=FONT,
                            zorder=4)
            box = t.get_window_extent(renderer)
            near = box.padded(0.5 * scale)  # half a point of white at least between two labels
            hits = sum(near.overlaps(b) for b in taken) + sum(
                1 for x, y in others if box.x0 - r < x < box.x1 + r and box.y0 - r < y < box.y1 + r)
            if best is None or hits < best[0]:
                if best is not None:
                    best[1].remove()
                best = (hits, t, box)
            else:
                t.remove()
            if hits == 0:
                break
        taken.append(best[2])
        artists.append(best[1])
    return artists


RC = {"font.family": "sans-serif", "font.sans-serif": [FONT], "svg.fonttype": "path", "pdf.fonttype": 42}


def write_figure(g: Subgraph, path: str | Path, *, fmt: str | None = None, width: float = 3.5,
                 height: float | None = None, seed: int = 0, labels: bool | None = None,
                 title: str | None = None) -> Path:
    """Draw the network into ``path`` (format from ``fmt`` or the suffix); see draw_figure."""
    import matplotlib as mpl

    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("svg", "pdf", "png"):
        raise ValueError(f"unknown figure format {fmt!r} (svg, pdf or png)")
    with mpl.rc_context(RC):
        fig = draw_figure(g, width=width, height=height, seed=seed, labels=labels, title=title)
        meta = {"svg": {"Title": g.title or "partykg", "Date": None},
                "pdf": {"Title": g.title or "partykg", "CreationDate": None},
                "png": {"Title": g.title or "partykg"}}[fmt]
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(str(path), format=fmt, dpi=DPI, metadata=meta)
    return path


def draw_figure(g: Subgraph, *, width: float = 3.5, height: float | None = None, seed: int = 0,
                labels: bool | None = None, title: str | None = None):
    """The network as a matplotlib Figure, ``width`` and ``height`` in inches (height defaults
    to 0.8 × width plus room for the legend). Node labels, and on the edges the names of their
    relations, are drawn when ``labels`` is true, by default up to 40 nodes."""
    import networkx as nx
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    styles = g.styles_present()
    legend_rows = math.ceil(len(styles) / 2)
    if height is None:
        height = round(width * 0.8 + 0.14 * legend_rows, 3)
    G = to_networkx(g)
    pos = layout(G, seed=seed)
    show_labels = len(G) <= 40 if labels is None else labels
    fig = Figure(figsize=(width, height), dpi=DPI)
    legend_h = (0.14 * legend_rows + 0.08) / height if styles else 0.0
    ax = fig.add_axes((0.01, legend_h, 0.98, 0.99 - legend_h - (0.06 if title else 0.0)))
    ax.set_axis_off()
    size = max(6.0, min(40.0, 900.0 / max(1, len(G))))
    if G.number_of_edges():
        nx.draw_networkx_edges(G, pos, ax=ax, width=0.4, edge_color="#8c8c8c", arrows=True,
                               arrowsize=4, node_size=size, alpha=0.8)
    for style in styles:
        nodelist = [n for n, node in g.nodes.items() if node.style.key == style.key]
        nx.draw_networkx_nodes(G, pos, nodelist=nodelist, ax=ax, node_size=size,
                               node_color=style.color, node_shape=style.marker,
                               edgecolors="#333333", linewidths=0.3)
    if len(G):
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        padx = (max(xs) - min(xs)) * 0.08 + 0.5
        pady = (max(ys) - min(ys)) * 0.08 + 0.5
        ax.set_xlim(min(xs) - padx, max(xs) + padx)
        ax.set_ylim(min(ys) - pady, max(ys) + pady)
    if show_labels and len(G):
        named = edge_labels(g)
        drawn = list(nx.draw_networkx_edge_labels(
            nx.Graph(list(named)), pos, edge_labels=named, ax=ax, font_size=EDGE_LABEL_PT, font_family=FONT,
            font_color="#555555", rotate=False,
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8}).values()) if named else []
        renderer = FigureCanvasAgg(fig).get_renderer()
        degree = dict(G.degree())
        order = sorted(G, key=lambda n: (-degree[n], n))
        shown = {n: clip(g.nodes[n].label, 28) for n in G}
        # place, widen the axes so that no label is cut at the figure's edge, place again in
        # the wider axes (labels keep their size in points as the drawing shrinks), widen again
        texts: list = []
        for placing in (True, True, True, False, False, False):
            if placing:
                for t in texts:
                    t.remove()
                texts = place_labels(ax, renderer, pos, shown, order, marker_pt=math.sqrt(size),
                                      taken=[t.get_window_extent(renderer) for t in drawn])
            inv = ax.transData.inverted()
            corners = [inv.transform(c) for t in texts for c in t.get_window_extent(renderer).get_points()]
            (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
            ax.set_xlim(min([x0] + [c[0] for c in corners]), max([x1] + [c[0] for c in corners]))
            ax.set_ylim(min([y0] + [c[1] for c in corners]), max([y1] + [c[1] for c in corners]))
    if title:
        fig.text(0.5, 0.985, clip(title, 90), ha="center", va="top", fontsize=6, fontfamily=FONT)
    if styles:
        handles = [Line2D([], [], linestyle="none", marker=s.marker, markersize=4, markerfacecolor=s.color,
                          markeredgecolor="#333333", markeredgewidth=0.3, label=f"{s.vi} / {s.en}")
                   for s in styles]
        fig.legend(handles=handles, loc="lower center", ncol=2, fontsize=5, frameon=False,
                   bbox_to_anchor=(0.5, 0.0), handletextpad=0.3, columnspacing=1.0,
                   prop={"family": FONT, "size": 5})
    return fig
