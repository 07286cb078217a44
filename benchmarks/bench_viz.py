"""Network pages at scale: the time to write a 5,000-node network and to open it in a browser.

1. From triples: a synthetic hierarchy of places and party organizations (--nodes of them)
   goes through build_subgraph and network_html (layout computed beforehand, physics off);
   the page is written and its size printed.
2. From a store: the same triples, each entity's facts in the evidence graph of a generated
   sentence, are written into a fresh store and ``partykg viz --hierarchy`` runs as a user
   runs it (selection, facts, evidence, layout, page), unless --no-store.
3. Each page is opened in headless Chromium from a file:// URL; the time until vis-network
   has drawn it (``window.partykg.ready``) is measured from navigation, and the page's own
   count of drawn nodes is checked. A script, not a test:

    .venv/bin/python benchmarks/bench_viz.py [--nodes 5000] [--keep DIR] [--no-store]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def synthetic_triples(n: int):
    """n entities: a province, districts, communes and villages (place i part of place
    (i - 1) // 6), and one party committee based in every sixth place."""
    from pyoxigraph import Triple

    from partykg.ontology.terms import ORG, PKG, RDF, RDFS, lit, organization_iri, place_iri

    triples = []
    places = int(n * 6 / 7)
    for i in range(places):
        p = place_iri(f"{i:06d}")
        triples += [Triple(p, RDF.type, PKG.Place), Triple(p, RDFS.label, lit(f"Xã Đồng Tâm {i}", "vi"))]
        if i:
            triples.append(Triple(p, PKG.partOf, place_iri(f"{(i - 1) // 6:06d}")))
    for j in range(n - places):
        o = organization_iri("party_committee", f"{j * 6:06d}")
        triples += [Triple(o, RDF.type, ORG.Organization), Triple(o, RDF.type, PKG.PartyOrganization),
                    Triple(o, RDFS.label, lit(f"Đảng bộ xã Đồng Tâm {j * 6}", "vi")),
                    Triple(o, PKG.basedIn, place_iri(f"{j * 6:06d}"))]
    return triples


def write_store(path: Path, triples) -> int:
    """The triples in a new on-disk store as ingest lays them out: in the knowledge graph, and
    each entity's facts in the evidence graph of one generated sentence, described in the
    provenance graph. Returns the number of quads."""
    from pyoxigraph import Quad, Store

    from partykg.ontology.terms import (GRAPH_KG, GRAPH_PROVENANCE, OA, PKG, RDF, RDFS, document_iri,
                                        evidence_graph, extractor_iri, lit, sentence_iri)

    doc = document_iri(str(path / "synthetic.txt"))
    ext = extractor_iri("bench", "1")
    quads = [Quad(doc, RDF.type, PKG.Document, GRAPH_KG), Quad(doc, PKG.source, lit(str(path / "synthetic.txt")), GRAPH_KG)]
    offsets: dict = {}
    for t in triples:
        i = offsets.setdefault(t.subject, len(offsets))
        a, b = i * 40, i * 40 + 39
        g = evidence_graph(doc, a, b, "bench")
        quads += [Quad(t.subject, t.predicate, t.object, GRAPH_KG), Quad(t.subject, t.predicate, t.object, g)]
    for s, i in offsets.items():
        a, b = i * 40, i * 40 + 39
        g, sent = evidence_graph(doc, a, b, "bench"), sentence_iri(doc, a, b)
        quads += [Quad(g, PKG.sentence, sent, GRAPH_PROVENANCE), Quad(g, PKG.extractor, ext, GRAPH_PROVENANCE),
                  Quad(sent, OA.hasSource, doc, GRAPH_PROVENANCE),
                  Quad(sent, OA.exact, lit(f"Câu thử số {i} nói về một đơn vị."), GRAPH_PROVENANCE),
                  Quad(sent, OA.start, lit(a), GRAPH_PROVENANCE), Quad(sent, OA.end, lit(b), GRAPH_PROVENANCE)]
    st = Store(str(path))
    st.bulk_extend(quads) if hasattr(st, "bulk_extend") else st.extend(quads)
    st.flush()
    del st
    return len(quads)


def open_in_chromium(page: Path, timeout: float = 300.0) -> dict:
    from partykg.viz.browser import Browser, find_chromium

    if not find_chromium():
        return {"skipped": "no Chromium"}
    t_launch = time.perf_counter()
    with Browser() as b:
        launched = time.perf_counter() - t_launch
        t0 = time.perf_counter()
        b.open(page)
        b.wait_for("window.partykg && window.partykg.ready", timeout=timeout, interval=0.02)
        wall = time.perf_counter() - t0
        state = b.evaluate("({nodes: network.body.data.nodes.length, edges: network.body.data.edges.length, "
                           "positions: Object.keys(network.getPositions()).length, "
                           "readyAt: window.partykg.readyAt, drawnAt: window.partykg.drawnAt})")
        offline = all(u.startswith(("file:", "data:")) for u in b.requests)
    return {"launch_s": launched, "open_s": wall, "in_page_ready_ms": state["readyAt"],
            "nodes": state["nodes"], "edges": state["edges"], "positions": state["positions"],
            "offline": offline}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--keep", type=Path, default=None, help="Write the pages here and keep them.")
    ap.add_argument("--no-store", action="store_true", help="Skip the end-to-end run on a synthetic store.")
    args = ap.parse_args()

    from partykg.viz import build_subgraph, write_network

    work = args.keep or Path(tempfile.mkdtemp(prefix="partykg-bench-viz-"))
    work.mkdir(parents=True, exist_ok=True)

    print(f"1. {args.nodes} nodes from triples")
    triples = synthetic_triples(args.nodes)
    t0 = time.perf_counter()
    g = build_subgraph(triples, title=f"{args.nodes} nút")
    t1 = time.perf_counter()
    page = write_network(g, work / f"network-{args.nodes}.html", seed=1)
    t2 = time.perf_counter()
    print(f"   model {t1 - t0:.2f} s, layout + page + write {t2 - t1:.2f} s "
          f"({len(g.nodes)} nodes, {len(g.edges)} edges, {page.stat().st_size / 1e6:.1f} MB)")
    r = open_in_chromium(page)
    print(f"   open in headless Chromium: {_fmt_open(r)}")

    if not args.no_store:
        store_dir = work / "store"
        t0 = time.perf_counter()
        n_quads = write_store(store_dir, triples)
        print(f"2. a store holding them with evidence ({n_quads} quads, {time.perf_counter() - t0:.1f} s); "
              f"partykg viz --hierarchy 'Xã Đồng Tâm 0'")
        out = work / "hierarchy.html"
        exe = Path(sys.executable).with_name("partykg")
        t0 = time.perf_counter()
        proc = subprocess.run([str(exe), "viz", "--store", str(store_dir), "--hierarchy", "Xã Đồng Tâm 0",
                               "--max-nodes", "100000", "-o", str(out)], capture_output=True, text=True)
        took = time.perf_counter() - t0
        if proc.returncode != 0:
            print("   failed:", proc.stderr.strip())
            return 1
        print(f"   {proc.stderr.strip()}; {took:.2f} s end to end ({out.stat().st_size / 1e6:.1f} MB)")
        print(f"   open in headless Chromium: {_fmt_open(open_in_chromium(out))}")
    print(f"pages in {work}")
    return 0


def _fmt_open(r: dict) -> str:
    if "skipped" in r:
        return r["skipped"]
    return (f"{r['open_s']:.2f} s from navigation to drawn (in-page {r['in_page_ready_ms'] / 1000:.2f} s; "
            f"browser start {r['launch_s']:.2f} s); {r['nodes']} nodes, {r['edges']} edges, "
            f"{r['positions']} placed; {'no request left the page' if r['offline'] else 'REQUESTS LEFT THE PAGE'}")


if __name__ == "__main__":
    sys.exit(main())
