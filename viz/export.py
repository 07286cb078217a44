"""Exports of a selected subgraph: RDF (ttl, nt, jsonld, trig, nq), GraphML, GEXF, CSV, and a
dataset description (VoID + DCAT + PROV) that makes each export citable and reproducible.

RDF formats write the selected facts as they are in the knowledge graph; trig and nq keep
them in their named graphs (the knowledge graph, the evidence graphs, the provenance graph).
Graph formats write the drawn network, attributes flattened to strings and numbers because
GraphML and GEXF (and networkx's writers) take nothing else.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from ..ontology.terms import (BASE, DCAT, DCT, PKG, PREFIXES, PROV, RDF, RDFS, SCHEMA, VOID, XSD,
                              lit)
from .layout import layout
from .model import Subgraph, local_name, short

RDF_FORMATS = {"ttl": RdfFormat.TURTLE, "nt": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD,
               "trig": RdfFormat.TRIG, "nq": RdfFormat.N_QUADS}
QUAD_FORMATS = ("trig", "nq")
GRAPH_FORMATS = ("graphml", "gexf", "csv")
FIGURE_FORMATS = ("svg", "pdf", "png")
FORMATS = tuple(RDF_FORMATS) + GRAPH_FORMATS + FIGURE_FORMATS
MEDIA_TYPES = {"ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
               "trig": "application/trig", "nq": "application/n-quads", "graphml": "application/graphml+xml",
               "gexf": "application/gexf+xml", "csv": "text/csv", "svg": "image/svg+xml",
               "pdf": "application/pdf", "png": "image/png"}


@dataclass
class Provenance:
    """What the description says about how an export was made."""

    selection: str  # the command line (or a sentence) that selected the subgraph
    queries: list[str] = field(default_factory=list)  # SPARQL texts run to select it
    documents: list[tuple[str, str]] = field(default_factory=list)  # (document IRI, source)
    tool_version: str = "0"
    created: _dt.datetime | None = None


# ----------------------------------------------------------------------------- description

def describe(prov: Provenance, facts: Iterable[Triple], fmt: str, files: Iterable[str] = ()) -> list[Triple]:
    """A VoID / DCAT dataset with PROV: source documents, selection and queries, tool and version,
    date, counts of triples and entities, and one distribution per written file."""
    facts = list(facts)
    created = prov.created or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    stamp = lit(created.isoformat(), datatype=XSD.dateTime)
    key = hashlib.sha1(f"{prov.selection}\x1f{created.isoformat()}\x1f{fmt}".encode("utf-8")).hexdigest()[:16]
    ds = NamedNode(f"{BASE}id/export/{key}")
    act = NamedNode(f"{ds.value}/activity")
    tool = NamedNode(f"{BASE}id/software/partykg/{prov.tool_version}")
    entities = {t.subject for t in facts if t.predicate == RDF.type}
    classes = {t.object for t in facts if t.predicate == RDF.type}
    out = [
        Triple(ds, RDF.type, VOID.Dataset), Triple(ds, RDF.type, DCAT.Dataset), Triple(ds, RDF.type, PROV.Entity),
        Triple(ds, DCT.title, lit(f"partykg subgraph: {prov.selection}", lang="en")),
        Triple(ds, DCT.description, lit(
            "A subgraph of the partykg knowledge graph of Vietnamese party-building news reports, "
            "selected by the command and queries of its generating activity.", lang="en")),
        Triple(ds, DCT.created, stamp), Triple(ds, PROV.generatedAtTime, stamp),
        Triple(ds, VOID.triples, lit(len(facts))), Triple(ds, VOID.entities, lit(len(entities))),
        Triple(ds, VOID.classes, lit(len(classes))),
        Triple(ds, PROV.wasGeneratedBy, act), Triple(ds, PROV.wasAttributedTo, tool),
        Triple(act, RDF.type, PROV.Activity), Triple(act, RDFS.comment, lit(prov.selection)),
        Triple(act, PROV.wasAttributedTo, tool),
        Triple(tool, RDF.type, PROV.SoftwareAgent), Triple(tool, RDFS.label, lit("partykg")),
        Triple(tool, SCHEMA.softwareVersion, lit(prov.tool_version)),
    ]
    for q in prov.queries:
        out.append(Triple(act, DCT.description, lit(q)))
    for iri, source in sorted(set(prov.documents)):
        doc = NamedNode(iri)
        out += [Triple(ds, DCT.source, doc), Triple(ds, PROV.wasDerivedFrom, doc), Triple(act, PROV.used, doc),
                Triple(doc, PKG.source, lit(source))]
    for name in files:
        dist = NamedNode(f"{ds.value}/{Path(name).name}")
        out += [Triple(ds, DCAT.distribution, dist), Triple(dist, RDF.type, DCAT.Distribution),
                Triple(dist, DCT.title, lit(Path(name).name)),
                Triple(dist, DCAT.mediaType, lit(MEDIA_TYPES.get(fmt, "application/octet-stream"))),
                Triple(dist, DCAT.format, lit(fmt))]
    return out


# Prefixes whose local names hold "/" are written as full IRIs (Turtle would escape each "/").
_PATH_PREFIXES = ("id", "vocab", "kg")


def _prefixes_for(terms: Iterable[str]) -> dict[str, str]:
    terms = list(terms)
    used = {}
    for prefix, iri in PREFIXES.items():
        if prefix in _PATH_PREFIXES:
            continue
        if any(t.startswith(iri) for t in terms):
            used[prefix] = iri
    return used


def _all_iris(quads) -> set[str]:
    out = set()
    for q in quads:
        for t in (q.subject, q.predicate, q.object, getattr(q, "graph_name", None)):
            if isinstance(t, NamedNode):
                out.add(t.value)
            elif isinstance(t, Literal) and t.datatype is not None:
                out.add(t.datatype.value)
    return out


def rdf_bytes(fmt: str, facts: list[Triple], description: list[Triple], *,
              quads: list[Quad] | None = None) -> bytes:
    """Serialise facts + description. trig/nq write ``quads`` (facts in their named graphs,
    evidence and provenance) with the description in the default graph."""
    if fmt not in RDF_FORMATS:
        raise ValueError(f"not an RDF format: {fmt!r} (one of {', '.join(RDF_FORMATS)})")
    if fmt in QUAD_FORMATS:
        items = list(quads or []) + [Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in description]
    else:
        items = list(dict.fromkeys(list(facts) + list(description)))
    items.sort(key=lambda q: (str(getattr(q, "graph_name", "")), str(q.subject), str(q.predicate), str(q.object)))
    if fmt == "jsonld":
        return _jsonld(items)
    prefixes = _prefixes_for(_all_iris(items)) if fmt in ("ttl", "trig") else None
    return serialize(items, format=RDF_FORMATS[fmt], prefixes=prefixes)


def turtle(triples: Iterable[Triple]) -> str:
    """Triples as Turtle grouped by subject, with the prefixes they use (for --describe)."""
    items = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return serialize(items, format=RdfFormat.TURTLE, prefixes=_prefixes_for(_all_iris(items))).decode("utf-8")


def _jsonld(triples: list[Triple]) -> bytes:
    """JSON-LD compacted with a context of the project's prefixes (rdflib; exports are small)."""
    import rdflib

    nt = serialize(triples, format=RdfFormat.N_TRIPLES)
    g = rdflib.Graph()
    g.parse(data=nt.decode("utf-8"), format="nt")
    context = dict(_prefixes_for(_all_iris(triples)))
    context["@language"] = "vi"
    return g.serialize(format="json-ld", context=context, auto_compact=True, indent=1).encode("utf-8")


# ----------------------------------------------------------------------------- graph files

def flat_graph(g: Subgraph, *, seed: int = 0, positions: bool = True):
    """A networkx MultiDiGraph of the drawn network with scalar attributes only:
    node label, class, types, IRI, one string per property (values joined by " | "), the
    number of evidence sentences and their documents; edge predicate, label and evidence."""
    import networkx as nx

    G = nx.MultiDiGraph(name=g.title or "partykg", selection=g.selection)
    for n in g.nodes.values():
        attrs: dict[str, object] = {"label": n.label, "class": n.style.key, "class_vi": n.style.vi,
                                    "types": " | ".join(short(c) for c in n.classes), "iri": n.iri,
                                    "evidence": len(n.evidence),
                                    "documents": " | ".join(sorted({e.document for e in n.evidence}))}
        props: dict[str, list[str]] = {}
        for p, v in n.attrs:
            props.setdefault(f"p_{local_name(p)}", []).append(v)
        for k, vs in props.items():
            attrs[k] = " | ".join(vs)
        G.add_node(n.iri, **attrs)
    for e in g.edges:
        G.add_edge(e.source, e.target, key=local_name(e.predicate), predicate=e.predicate, label=e.label,
                   evidence=len(e.evidence), documents=" | ".join(sorted({x.document for x in e.evidence})))
    if positions and len(G):
        for n, (x, y) in layout(G, seed=seed, scale=100.0).items():
            G.nodes[n]["x"], G.nodes[n]["y"] = round(float(x), 2), round(float(y), 2)
    return G


def write_graphml(g: Subgraph, path: Path, *, seed: int = 0) -> Path:
    import networkx as nx

    G = flat_graph(g, seed=seed)
    nx.write_graphml(G, str(path), encoding="utf-8", prettyprint=True, named_key_ids=True)
    return path


def write_gexf(g: Subgraph, path: Path, *, seed: int = 0) -> Path:
    import networkx as nx

    G = flat_graph(g, seed=seed)
    # GEXF keeps positions in viz:position; move x/y there so Gephi places nodes as drawn
    for _, d in G.nodes(data=True):
        if "x" in d:
            d["viz"] = {"position": {"x": d.pop("x"), "y": d.pop("y"), "z": 0.0}}
    nx.write_gexf(G, str(path), encoding="utf-8", prettyprint=True)
    return path


def csv_paths(path: Path) -> tuple[Path, Path]:
    stem = path.name[:-4] if path.name.endswith(".csv") else path.name
    return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")


def write_csv(g: Subgraph, path: Path, *, seed: int = 0, bom: bool = False) -> list[Path]:
    """Two files: ``NAME.nodes.csv`` (id, label, class, … one column per property) and
    ``NAME.edges.csv`` (source, target, predicate, label, evidence, documents); with ``bom``
    each opens with a UTF-8 byte-order mark, which Excel needs to read them as UTF-8."""
    G = flat_graph(g, seed=seed, positions=False)
    nodes_path, edges_path = csv_paths(path)
    fixed = ["id", "label", "class", "class_vi", "types", "iri", "evidence", "documents"]
    extra = sorted({k for _, d in G.nodes(data=True) for k in d} - set(fixed))
    encoding = "utf-8-sig" if bom else "utf-8"
    with nodes_path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(fixed + extra)
        for n, d in G.nodes(data=True):
            w.writerow([n] + [d.get(k, "") for k in fixed[1:] + extra])
    with edges_path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "predicate", "label", "evidence", "documents"])
        for s, o, d in G.edges(data=True):
            w.writerow([s, o, d["predicate"], d["label"], d["evidence"], d["documents"]])
    return [nodes_path, edges_path]


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".meta.ttl") if not path.name.endswith(".csv") else \
        path.with_name(path.name[:-4] + ".meta.ttl")
