"""An interactive network as ONE self-contained HTML page that works offline.

pyvis renders the page (its node and edge lists are filled directly: its add_edge and
from_nx are quadratic); vis-network's JS and CSS, shipped in pyvis's wheel, are inlined, and
the Bootstrap links of pyvis's template are dropped, so the page requests nothing from the
network. A legend, a search box and a readiness flag (``window.partykg``) are added. Large
networks get precomputed positions and no physics, so they open in seconds.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from .layout import layout
from .model import Subgraph, clip, evidence_lines, tooltip

PHYSICS_MAX = 300  # above this many nodes: precomputed layout, physics off
UNIT = 120.0  # pixels between neighbours in a precomputed layout


class OfflineError(RuntimeError):
    """The generated page would still reach the network (a pyvis template change)."""


def to_networkx(g: Subgraph):
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_nodes_from(g.nodes)
    G.add_edges_from((e.source, e.target) for e in g.edges)
    return G


def network_html(g: Subgraph, *, seed: int = 0, physics: bool | None = None,
                 labels: dict[str, str] | None = None, height: str = "100vh") -> str:
    """The page as a string. ``physics=None`` turns physics on up to PHYSICS_MAX nodes."""
    from pyvis.network import Network

    big = len(g.nodes) > PHYSICS_MAX
    if physics is None:
        physics = not big
    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line", heading="")
    # positions always come from Python (seeded, so --seed reproduces the picture); with
    # physics on, vis-network only relaxes them, which converges in a few iterations
    pos = layout(to_networkx(g), seed=seed, scale=UNIT * (1.0 if big else 1.6))
    nodes = []
    for n in g.nodes.values():
        d = {"id": n.iri, "label": clip(n.label, 40 if n.style.shape == "box" else 60), "title": tooltip(n, labels),
             "group": n.style.key, "shape": n.style.shape, "font": {"size": 14},
             "color": {"background": n.style.color, "border": "#333333",
                       "highlight": {"background": n.style.color, "border": "#000000"}}}
        if n.style.shape in ("box", "database", "ellipse"):
            d["font"] = {"size": 14, "color": "#000000"}
        else:
            d["size"] = 14
        if n.iri in pos:
            d["x"], d["y"] = round(pos[n.iri][0], 1), round(pos[n.iri][1], 1)
        nodes.append(d)
    edges = []
    for i, e in enumerate(g.edges):
        d = {"id": f"e{i}", "from": e.source, "to": e.target, "label": e.label,
             "title": "\n".join([f"{g.nodes[e.source].label} —{e.label}→ {g.nodes[e.target].label}",
                                 e.predicate] + evidence_lines(e.evidence))}
        edges.append(d)
    net.nodes, net.edges = nodes, edges
    net.node_ids = [n["id"] for n in nodes]
    net.options = _options(seed, physics, big)
    page = net.generate_html(notebook=False)
    return _finish(page, g, seed=seed, physics=physics)


def _options(seed: int, physics: bool, big: bool) -> dict:
    return {
        "autoResize": True,
        "nodes": {"borderWidth": 1, "font": {"face": "DejaVu Sans, Noto Sans, Arial, sans-serif"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#8c8c8c", "highlight": "#222222", "inherit": False},
                  "font": {"size": 10, "align": "middle", "face": "DejaVu Sans, Arial, sans-serif",
                           "strokeWidth": 3},
                  "smooth": False if big else {"enabled": True, "type": "dynamic"}},
        "interaction": {"hover": not big, "tooltipDelay": 150, "navigationButtons": False,
                        "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "keyboard": True},
        "layout": {"randomSeed": seed, "improvedLayout": False},
        "physics": ({"enabled": True, "solver": "forceAtlas2Based",
                     # avoidOverlap: vis-network keeps nodes (a box with its label inside) apart
                     "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120, "avoidOverlap": 1},
                     "stabilization": {"enabled": True, "iterations": 120, "fit": True}}
                    if physics else {"enabled": False}),
    }


_BOOTSTRAP = re.compile(r"<link[^>]*bootstrap[^>]*/?>\s*|<script[^>]*bootstrap[^>]*>\s*</script>\s*", re.S)
_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*")
_DEAD_COMMENT = re.compile(r"<!--(?:(?!-->).){0,600}?node_modules(?:(?!-->).)*?-->", re.S)
_REMOTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)

_CSS = """
html, body { margin: 0; padding: 0; height: 100%; font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
#mynetwork { float: none !important; border: none !important; }
.card { border: none; }
#pk-bar { position: absolute; top: 8px; left: 8px; z-index: 10; background: rgba(255,255,255,0.93);
  border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; font-size: 13px; max-width: 330px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.15); }
#pk-bar h1 { font-size: 14px; margin: 0 0 4px 0; }
#pk-bar .pk-sel { color: #555; font-size: 11px; margin-bottom: 6px; word-break: break-word; }
#pk-search { width: 100%; box-sizing: border-box; padding: 3px 5px; font-size: 13px; }
#pk-found { font-size: 11px; color: #555; min-height: 1em; }
#pk-legend { list-style: none; margin: 6px 0 0 0; padding: 0; }
#pk-legend li { margin: 1px 0; white-space: nowrap; }
#pk-legend .sw { display: inline-block; width: 1.2em; text-align: center; margin-right: 4px; font-size: 15px; }
#pk-counts { font-size: 11px; color: #555; margin-top: 4px; }
div.vis-tooltip { white-space: pre-wrap !important; max-width: 480px; font-size: 12px;
  font-family: "DejaVu Sans", Arial, sans-serif; }
"""

_SYMBOL = {"dot": "●", "square": "■", "hexagon": "⬢", "triangle": "▲", "star": "★", "diamond": "◆",
           "box": "▬", "triangleDown": "▼", "database": "⛁"}

_JS = r"""
<script type="text/javascript">
(function () {
  window.partykg = {ready: false, drawn: false, stabilized: false, t0: performance.now()};
  var pk = window.partykg;
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  var physics = __PHYSICS__, settled = false;
  function settle() {
    if (settled) { return; }
    settled = true;
    network.setOptions({physics: {enabled: false}});
    pk.stabilized = true;
  }
  // small networks may settle while the page script still runs, before any listener exists
  network.on("stabilizationIterationsDone", settle);
  network.on("stabilized", settle);
  network.on("afterDrawing", function () {
    if (!pk.drawn) { pk.drawn = true; pk.drawnAt = performance.now() - pk.t0; }
    if (physics && !settled && network.physics.stabilized) { settle(); }
    if (!pk.ready && (!physics || settled)) {
      pk.stabilized = true; pk.ready = true; pk.readyAt = performance.now() - pk.t0;
    }
  });
  network.redraw();
  var box = document.getElementById("pk-search"), found = document.getElementById("pk-found");
  function search() {
    var q = fold(box.value.trim());
    if (!q) { network.unselectAll(); found.textContent = ""; return; }
    var ids = nodes.getIds({filter: function (n) { return fold(n.label).indexOf(q) >= 0 || fold(n.id) === q; }});
    network.selectNodes(ids);
    found.textContent = ids.length + " / " + nodes.length;
    if (ids.length) { network.fit({nodes: ids.slice(0, 50), animation: false}); }
  }
  box.addEventListener("input", search);
  box.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(); } });
})();
</script>
"""


def _swatch(style) -> str:
    """The legend's sample of a class: its shape's symbol in its colour; an ellipse, which
    common fonts have no symbol for, drawn by CSS."""
    if style.shape == "ellipse":
        return (f'<span class="sw"><span style="display:inline-block;width:0.95em;height:0.55em;'
                f'border-radius:50%;background:{style.color};border:1px solid #333"></span></span>')
    return f'<span class="sw" style="color:{style.color}">{_SYMBOL.get(style.shape, "●")}</span>'


def _panel(g: Subgraph) -> str:
    items = "".join(
        f'<li data-group="{s.key}">{_swatch(s)}'
        f'{html.escape(s.vi)} <span style="color:#777">/ {html.escape(s.en)}</span></li>'
        for s in g.styles_present())
    return (f'<div id="pk-bar"><h1>{html.escape(g.title or "partykg")}</h1>'
            f'<div class="pk-sel">{html.escape(g.selection)}</div>'
            '<input id="pk-search" type="search" placeholder="Tìm / search…" aria-label="search nodes">'
            '<div id="pk-found"></div>'
            f'<ul id="pk-legend" aria-label="legend">{items}</ul>'
            f'<div id="pk-counts">{len(g.nodes)} nút · {len(g.edges)} cạnh</div></div>')


def _finish(page: str, g: Subgraph, *, seed: int, physics: bool) -> str:
    page = _BOOTSTRAP.sub("", page)
    page = _HEADING.sub("", page)
    page = _DEAD_COMMENT.sub("", page)
    title = html.escape(g.title or "partykg")
    page = page.replace("<head>", f'<head>\n<meta name="viewport" content="width=device-width, initial-scale=1">'
                                  f"\n<title>{title}</title>", 1)
    page = page.replace("</head>", f"<style>{_CSS}</style>\n</head>", 1)
    page = page.replace("<body>", "<body>\n" + _panel(g), 1)
    js = _JS.replace("__PHYSICS__", json.dumps(bool(physics)))
    idx = page.rfind("</body>")
    page = page[:idx] + js + page[idx:]
    if not page.lstrip().lower().startswith("<!doctype"):
        page = "<!DOCTYPE html>\n" + page
    m = _REMOTE.search(page)
    if m:
        raise OfflineError(f"the page would load a remote resource: {m.group(0)[:120]}")
    return page


def write_network(g: Subgraph, path: str | Path, **kw) -> Path:
    """Write the page (UTF-8) and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(network_html(g, **kw), encoding="utf-8")
    return path
