"""Publication figures of a subgraph (SVG, PDF, PNG) with networkx and matplotlib.

Sized for a journal column (3.5 in wide by default), drawn with DejaVu Sans — shipped with
matplotlib, and it has every Vietnamese letter — with a legend of the classes shown. No
pyplot: a Figure object of its own, so nothing global changes and nothing opens a window.
"""

from __future__ import annotations

import math
from pathlib import Path

from .layout import layout
from .model import Subgraph, clip
from .network import to_networkx

FONT = "DejaVu Sans"
DPI = 300


def write_figure(g: Subgraph, path: str | Path, *, fmt: str | None = None, width: float = 3.5,
                 height: float | None = None, seed: int = 0, labels: bool | None = None,
                 title: str | None = None) -> Path:
    """Draw the network into ``path`` (format from ``fmt`` or the suffix); ``width`` and
    ``height`` in inches (height defaults to 0.8 × width plus room for the legend).
    Node labels are drawn when ``labels`` is true, by default up to 40 nodes."""
    import networkx as nx
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in ("svg", "pdf", "png"):
        raise ValueError(f"unknown figure format {fmt!r} (svg, pdf or png)")
    styles = g.styles_present()
    legend_rows = math.ceil(len(styles) / 2)
    if height is None:
        height = round(width * 0.8 + 0.14 * legend_rows, 3)
    G = to_networkx(g)
    pos = layout(G, seed=seed)
    show_labels = len(G) <= 40 if labels is None else labels
    rc = {"font.family": "sans-serif", "font.sans-serif": [FONT], "svg.fonttype": "path",
          "pdf.fonttype": 42}
    import matplotlib as mpl

    with mpl.rc_context(rc):
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
        if show_labels and len(G):
            span = (max(p[1] for p in pos.values()) - min(p[1] for p in pos.values())) or 1.0
            above = {n: (x, y + span * 0.025) for n, (x, y) in pos.items()}
            nx.draw_networkx_labels(G, above, labels={n: clip(g.nodes[n].label, 28) for n in G}, ax=ax,
                                    font_size=4.5, font_family=FONT,
                                    verticalalignment="bottom")
        if len(G):
            xs = [p[0] for p in pos.values()]
            ys = [p[1] for p in pos.values()]
            padx = (max(xs) - min(xs)) * 0.08 + 0.5
            pady = (max(ys) - min(ys)) * 0.08 + 0.5
            ax.set_xlim(min(xs) - padx, max(xs) + padx)
            ax.set_ylim(min(ys) - pady, max(ys) + pady)
        if title:
            fig.text(0.5, 0.985, clip(title, 90), ha="center", va="top", fontsize=6, fontfamily=FONT)
        if styles:
            handles = [Line2D([], [], linestyle="none", marker=s.marker, markersize=4, markerfacecolor=s.color,
                              markeredgecolor="#333333", markeredgewidth=0.3, label=f"{s.vi} / {s.en}")
                       for s in styles]
            fig.legend(handles=handles, loc="lower center", ncol=2, fontsize=5, frameon=False,
                       bbox_to_anchor=(0.5, 0.0), handletextpad=0.3, columnspacing=1.0,
                       prop={"family": FONT, "size": 5})
        meta = {"svg": {"Title": g.title or "partykg", "Date": None},
                "pdf": {"Title": g.title or "partykg", "CreationDate": None},
                "png": {"Title": g.title or "partykg"}}[fmt]
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(str(path), format=fmt, dpi=DPI, metadata=meta)
    return path
