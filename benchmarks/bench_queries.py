#!/usr/bin/env python3
"""Benchmark of the query library: the embedded Oxigraph store against rdflib's in-memory engine.

Builds a synthetic graph of at least a million quads (benchmarks/synth.py: documents written
the way ingest writes them, with evidence and provenance graphs), loads the same quads into an
rdflib Dataset, then prints side by side the median latency of every library query on both
engines and the ratio. Parameter-scoped runs (one entity, one directive, one place) aim at
< 100 ms, whole-graph runs at < 1 s. Parameters are bound the same way for both engines.

    .venv/bin/python benchmarks/bench_queries.py [--communes 8] [--repeat 5] [--store DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synth import build  # noqa: E402
from partykg.graph import EmbeddedStore  # noqa: E402
from partykg.graph.remote import values_block  # noqa: E402
from partykg.queries import get_query, list_queries  # noqa: E402
from partykg.queries.runner import bind, execute  # noqa: E402


def scenarios(db: EmbeddedStore) -> list[tuple[str, str, dict]]:
    """(label, query, params): every query with its defaults, plus realistic scoped questions."""
    def first(sparql: str) -> str:
        r = db.query(sparql)
        return r.rows[0][r.variables[0]].value

    commune_org = first("SELECT ?o WHERE { GRAPH kg:kg { ?o pkg:orgKind <https://w3id.org/partykg/vocab/org-kind/party_committee> ;"
                        " pkg:level <https://w3id.org/partykg/vocab/org-level/commune> } } ORDER BY ?o LIMIT 1")
    commune = first("SELECT ?p WHERE { GRAPH kg:kg { ?p pkg:adminLevel <https://w3id.org/partykg/vocab/admin-level/commune> } } ORDER BY ?p LIMIT 1")
    district = first("SELECT ?p WHERE { GRAPH kg:kg { ?p pkg:adminLevel <https://w3id.org/partykg/vocab/admin-level/district> } } ORDER BY ?p LIMIT 1")
    province = first("SELECT ?p WHERE { GRAPH kg:kg { ?p pkg:adminLevel <https://w3id.org/partykg/vocab/admin-level/province> } } ORDER BY ?p LIMIT 1")
    scoped = {
        "directive-implementers": {"directive": "Kết luận số 21-KL/TW"},
        "directive-chain": {"directive": "Kết luận số 21-KL/TW"},
        "indicator-series": {"subject": commune_org},
        "indicator-comparison": {"area": district, "year": "2022"},
        "post-holders": {"organization": commune_org},
        "hierarchy": {"root": district},
        "entity-provenance": {"entity": commune_org},
        "entity-documents": {"entity": commune},
        "discipline-inspection": {"organization": commune_org},
        "targets-achievements": {"subject": commune_org},
        "conflicting-figures": {"subject": commune_org},
        "viz-directive": {"directive": "05-CT/TW"},
        "viz-hierarchy": {"place": district},
        "viz-people": {"place": province},
    }
    out = []
    for q in list_queries():
        if q.name == "viz-evidence":  # a building block: views append the entities they show
            out.append(("viz-evidence (one)", q.name, {"": commune_org}))
            continue
        out.append((q.name, q.name, {}))
        if q.name in scoped:
            out.append((f"{q.name} (one)", q.name, scoped[q.name]))
    return out


def _timeout(signum, frame):
    raise TimeoutError


def median_ms(fn, repeat: int, budget: float) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = fn()
        times.append((time.perf_counter() - t) * 1000)
        if sum(times) > budget * 1000:
            break
    return statistics.median(times), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--provinces", type=int, default=8)
    ap.add_argument("--districts", type=int, default=6)
    ap.add_argument("--communes", type=int, default=8)
    ap.add_argument("--years", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rdflib-budget", type=float, default=60.0,
                    help="seconds per query on rdflib: fewer runs past it, and a query still running is stopped")
    ap.add_argument("--store", type=Path, help="keep the store here (reused when it exists)")
    ap.add_argument("--no-rdflib", action="store_true")
    args = ap.parse_args()

    tmp = None
    path = args.store
    if path is None:
        tmp = Path(tempfile.mkdtemp(prefix="partykg-bench-"))
        path = tmp / "store"
    t = time.perf_counter()
    fresh = not path.exists()
    db = EmbeddedStore(path)
    if fresh:
        n = build(db, provinces=args.provinces, districts=args.districts, communes=args.communes, villages=4,
                  years=tuple(range(2020, 2020 + args.years)), batch=300)
        db.flush()
        print(f"built {n} documents in {time.perf_counter() - t:.1f} s", flush=True)
    quads = len(db._store)
    kg = db.stats()["kg_triples"]
    print(f"store: {quads:,} quads ({kg:,} in the knowledge graph)", flush=True)

    ds = None
    if not args.no_rdflib:
        import rdflib

        t = time.perf_counter()
        ds = rdflib.Dataset()
        ds.parse(data=db.dump_nquads().decode("utf-8"), format="nquads")
        print(f"rdflib: {len(ds):,} quads loaded in {time.perf_counter() - t:.1f} s", flush=True)

    print(f"\n{'query':40s} {'rows':>7s} {'embedded ms':>12s} {'rdflib ms':>11s} {'ratio':>8s}  goal")
    ratios = []
    for label, name, params in scenarios(db):
        q = get_query(name)
        entity = params.pop("", None)
        if entity:  # the trailing VALUES block of ?s a view adds
            q = dataclasses.replace(q, sparql=q.sparql + f"\nVALUES ?s {{ <{entity}> }}")
        subs = bind(q, params, db)  # entity names resolved once, outside the timing
        scoped = bool(entity) or any(p.type == "entity" and (p.name in params or p.default) for p in q.params)
        # whole-graph runs: an aggregate (GROUP BY, COUNT …) aims at < 1 s; a listing of every
        # fact of a kind (the contract exports) grows with its rows, so its rate is shown too
        aggregate = bool(re.search(r"\bGROUP\s+BY\b|\b(COUNT|SUM|MIN|MAX|AVG)\s*\(", q.sparql, re.I))
        goal = 100 if scoped else 1000
        emb, rows = median_ms(lambda: len(execute(db, q.sparql, subs).rows), args.repeat, 30)
        line = f"{label:40s} {rows:7d} {emb:12.1f}"
        if ds is not None:
            text = values_block(q.sparql, subs) if subs else q.sparql

            def rdf() -> int:
                return len(list(ds.query(text)))

            signal.signal(signal.SIGALRM, _timeout)
            signal.alarm(int(args.rdflib_budget))
            try:
                rd, rrows = median_ms(rdf, max(1, args.repeat // 2), args.rdflib_budget)
                timed_out = False
            except TimeoutError:
                rd, rrows, timed_out = args.rdflib_budget * 1000, rows, True
            finally:
                signal.alarm(0)
            ratio = rd / emb if emb else float("inf")
            ratios.append(ratio)
            flag = "" if rrows == rows else f" (rdflib {rrows} rows)"
            line += f" {('>' if timed_out else '') + format(rd, '.1f'):>11s} {('>' if timed_out else '') + format(ratio, '.1f'):>7s}x"
        else:
            line += f" {'':11s} {'':8s}"
            flag = ""
        kind = "scoped" if scoped else ("aggregate" if aggregate else f"listing, {rows / max(emb, 1e-3) * 1000:,.0f} rows/s")
        line += f"  {'ok' if emb < goal else 'SLOW'} (<{goal} ms; {kind}){flag}"
        print(line, flush=True)
    if ratios:
        print(f"\nmedian ratio rdflib/embedded: {statistics.median(ratios):.1f}x; slowest ratio {min(ratios):.1f}x")
    db.close()
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
