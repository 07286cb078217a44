"""The ``viz`` and ``export`` commands, and the demo's gallery.

Selection happens here, on the store: a neighbourhood walk (--around), the ``viz-*`` queries
of the library (--directive, --hierarchy, --people), any library query (--query), a document
or a class. The selected entities' facts, the labels of concepts and properties and the
sentences stating each fact are then handed to ``partykg.viz``, which draws and writes.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer
from pyoxigraph import Literal, NamedNode, Quad, Triple

from .. import __version__
from ..graph import StoreError
from ..ontology.terms import (GRAPH_KG, GRAPH_ONTOLOGY, GRAPH_PROVENANCE, PKG, PREFIXES, RDF, RDFS,
                              SCHEMA, SKOS, BASE)
from .formats import counted

VOCAB = BASE + "vocab/"
DEFAULT_MAX_NODES = 2000
# Walking the neighbourhood: types and concepts are attributes, and a document's mentions
# would join everything it names, so they are not followed (except from the document itself).
_NOT_FOLLOWED = {RDF.type.value, SCHEMA.mentions.value}


class SelectionError(Exception):
    """The selection cannot be made; str() is one line for the user."""


class TooLarge(SelectionError):
    pass


@dataclass
class Selection:
    nodes: list[NamedNode]
    selection: str  # the command line that selected them
    title: str
    queries: list[str] = field(default_factory=list)
    extra: list[Triple] = field(default_factory=list)  # triples a CONSTRUCT query returned
    notes: list[str] = field(default_factory=list)  # said to the user (e.g. an ambiguous name)


@dataclass
class Gathered:
    facts: list[Triple]
    labels: dict[str, str]
    evidence: dict  # (s, p, o) -> [viz.Evidence]
    quads: list[Quad]  # facts in the KG and their evidence graphs, with the provenance graph
    documents: list[tuple[str, str]]


# ----------------------------------------------------------------------------- selection

def _is_entity(term) -> bool:
    return isinstance(term, NamedNode) and not term.value.startswith(VOCAB)


def resolve(store, ref: str, cls: str | None = None) -> NamedNode:
    from ..queries import QueryError
    from ..queries.runner import resolve_entity

    try:
        return resolve_entity(store, ref, cls, "entity")
    except QueryError as e:
        raise SelectionError(str(e).removeprefix("parameter entity: ")) from None


def resolve_all(store, ref: str) -> list[NamedNode]:
    """Every entity a name or code designates exactly (a commune and a village may share a
    name), else the one entity the query layer's folded lookup finds."""
    from ..ontology.keys import nfc

    text = nfc(ref.strip())
    found: dict[str, NamedNode] = {}
    if "://" not in text:
        for lit in (Literal(text, language="vi"), Literal(text)):
            for p in (RDFS.label, SKOS.altLabel, PKG.code, PKG.officialCode):
                for q in store.quads(None, p, lit, GRAPH_KG):
                    if _is_entity(q.subject):
                        found.setdefault(q.subject.value, q.subject)
    if found:
        return sorted(found.values(), key=lambda n: n.value)
    return [resolve(store, ref)]


def walk(store, start: list[NamedNode], hops: int, limit: int) -> list[NamedNode]:
    """Entities within ``hops`` links of ``start`` in the knowledge graph, either direction."""
    seen: dict[str, NamedNode] = {n.value: n for n in start}
    frontier = list(start)
    starts = {n.value for n in start}
    for _ in range(max(0, hops)):
        nxt: list[NamedNode] = []
        for n in frontier:
            for q in store.quads(n, None, None, GRAPH_KG):
                if (q.predicate.value in _NOT_FOLLOWED and not (q.predicate == SCHEMA.mentions and n.value in starts)):
                    continue
                if _is_entity(q.object) and q.object.value not in seen:
                    seen[q.object.value] = q.object
                    nxt.append(q.object)
            for q in store.quads(None, None, n, GRAPH_KG):
                if q.predicate.value in _NOT_FOLLOWED:
                    continue
                if _is_entity(q.subject) and q.subject.value not in seen:
                    seen[q.subject.value] = q.subject
                    nxt.append(q.subject)
            if len(seen) > limit:
                raise TooLarge(f"more than {limit} nodes")
        frontier = nxt
    return list(seen.values())


def _run_named(store, name: str, params: dict[str, str]) -> tuple[object, str]:
    from ..queries import QueryError, get_query, run

    try:
        q = get_query(name)
        return run(store, q, params), q.sparql
    except QueryError as e:
        raise SelectionError(str(e)) from None


def _entities_of_rows(store, result) -> list[NamedNode]:
    """IRIs in the rows, and the entities whose label is a value of the rows."""
    found: dict[str, NamedNode] = {}
    literals: set[Literal] = set()
    for row in result.rows:
        for term in row.values():
            if term is None:
                continue
            if _is_entity(term):
                found.setdefault(term.value, term)
            elif isinstance(term, Literal):
                literals.add(term)
                if term.language is None:
                    literals.add(Literal(term.value, language="vi"))
    for lit in literals:
        for q in store.quads(None, RDFS.label, lit, GRAPH_KG):
            if _is_entity(q.subject):
                found.setdefault(q.subject.value, q.subject)
    return list(found.values())


def select(store, *, around: str | None = None, hops: int = 1, directive: str | None = None,
           hierarchy: str | None = None, people: str | None = None, query: str | None = None,
           params: dict[str, str] | None = None, document: str | None = None, cls: str | None = None,
           max_nodes: int = DEFAULT_MAX_NODES) -> Selection:
    """The entities one selector designates (exactly one selector must be given)."""
    given = [k for k, v in (("--around", around), ("--directive", directive), ("--hierarchy", hierarchy),
                            ("--people", people), ("--query", query), ("--document", document),
                            ("--class", cls)) if v]
    if len(given) != 1:
        raise SelectionError("give one selection: --around ENTITY [--hops K], --directive CODE, "
                             "--hierarchy PLACE, --people PLACE, --query NAME|FILE.rq, --document DOC "
                             "or --class CLASS"
                             + (f" (got {', '.join(given)})" if given else ""))
    limit = max_nodes if max_nodes > 0 else sys.maxsize
    queries: list[str] = []
    extra: list[Triple] = []
    notes: list[str] = []
    if around:
        start = resolve_all(store, around)
        if len(start) > 1:
            notes.append(f"{around!r} names {len(start)} entities; showing around all of them: "
                         + ", ".join(n.value for n in start))
        try:
            nodes = walk(store, start, hops, limit)
        except TooLarge:
            raise TooLarge(f"--around {around!r} --hops {hops} reaches more than {max_nodes} nodes") from None
        line, title = f"--around {shlex.quote(around)} --hops {hops}", f"{around} — {hops} bước / hops"
    elif directive or hierarchy or people:
        name, param, value = (("viz-directive", "directive", directive) if directive else
                              ("viz-hierarchy", "place", hierarchy) if hierarchy else
                              ("viz-people", "place", people))
        result, sparql = _run_named(store, name, {param: value})
        queries.append(sparql)
        nodes = [r["node"] for r in result.rows if r.get("node") is not None and _is_entity(r["node"])]
        if not nodes:
            raise SelectionError(f"{name}: nothing to show for {value!r}")
        flag = "--directive" if directive else "--hierarchy" if hierarchy else "--people"
        label = {"--directive": "Văn bản", "--hierarchy": "Hệ thống tổ chức", "--people": "Cán bộ"}[flag]
        line, title = f"{flag} {shlex.quote(value)}", f"{label}: {value}"
    elif query:
        result, sparql = _run_named(store, query, params or {})
        queries.append(sparql)
        if result.kind == "graph":
            extra = list(result.triples)
            seen: dict[str, NamedNode] = {}
            for t in extra:
                for term in (t.subject, t.object):
                    if _is_entity(term):
                        seen.setdefault(term.value, term)
            nodes = list(seen.values())
        elif result.kind == "select":
            nodes = _entities_of_rows(store, result)
        else:
            raise SelectionError(f"{query}: an ASK query selects no graph")
        ps = " ".join(f"-p {shlex.quote(k + '=' + v)}" for k, v in (params or {}).items())
        line, title = f"--query {shlex.quote(query)} {ps}".strip(), f"Truy vấn / query: {Path(query).stem}"
    elif document:
        try:
            doc = store.find_document(document)
        except StoreError as e:
            raise SelectionError(str(e)) from None
        if doc is None:
            raise SelectionError(f"{document}: no such document in the store")
        nodes = [doc] + [q.object for q in store.quads(doc, SCHEMA.mentions, None, GRAPH_KG) if _is_entity(q.object)]
        line, title = f"--document {shlex.quote(document)}", f"Bài báo / document: {Path(document).name}"
    else:
        iri = cls
        if ":" in cls and cls.split(":", 1)[0] in PREFIXES and "//" not in cls:
            prefix, local = cls.split(":", 1)
            iri = PREFIXES[prefix] + local
        try:
            cls_node = NamedNode(iri)
        except ValueError:
            raise SelectionError(f"--class {cls}: not a class IRI or prefixed name "
                                 f"(prefixes: {', '.join(sorted(PREFIXES))})") from None
        nodes = [q.subject for q in store.quads(None, RDF.type, cls_node, GRAPH_KG) if _is_entity(q.subject)]
        if not nodes:
            raise SelectionError(f"--class {cls}: no entity of this class in the knowledge graph")
        line, title = f"--class {cls}", f"Lớp / class: {cls}"
    nodes = sorted(dict.fromkeys(nodes), key=lambda n: n.value)
    if not nodes:
        raise SelectionError(f"{line} selects nothing: no entity of the knowledge graph is in its answer")
    if len(nodes) > limit:
        raise TooLarge(f"{line} selects {len(nodes)} nodes, more than {max_nodes}")
    return Selection(nodes, line, title, queries, extra, notes)


# ----------------------------------------------------------------------------- gathering

_LABELS = f"""SELECT ?x ?label ?notation WHERE {{
  {{ GRAPH <{GRAPH_ONTOLOGY.value}> {{
      {{ ?x <{SKOS.prefLabel.value}>|<{RDFS.label.value}> ?label FILTER(LANGMATCHES(LANG(?label), "vi")) }}
      UNION {{ ?x <{SKOS.notation.value}> ?notation }} }} }}
  UNION
  {{ GRAPH <{GRAPH_KG.value}> {{
      {{ ?x <{SKOS.prefLabel.value}> ?label FILTER(LANGMATCHES(LANG(?label), "vi")) }}
      UNION {{ ?x <{SKOS.notation.value}> ?notation }} }}
    FILTER(STRSTARTS(STR(?x), "{VOCAB}")) }}
}}"""


def gather(store, sel: Selection, *, evidence: bool = True, quads: bool = False) -> Gathered:
    """The selected entities' facts, concept and property labels, and (optionally) the evidence
    behind every fact; with ``quads`` also the evidence and provenance quads for trig/nq."""
    from ..queries import get_query
    from ..viz.model import Evidence

    facts: list[Triple] = []
    for n in sel.nodes:
        facts.extend(Triple(q.subject, q.predicate, q.object) for q in store.quads(n, None, None, GRAPH_KG))
    facts = list(dict.fromkeys(facts + sel.extra))
    from ..viz.model import PROPERTY_LABELS

    labels: dict[str, str] = {}
    notations: dict[str, str] = {}
    for row in store.query(_LABELS).rows:
        if row.get("label") is not None:
            labels.setdefault(row["x"].value, row["label"].value)
        if row.get("notation") is not None:
            notations.setdefault(row["x"].value, row["notation"].value)
    for k, v in notations.items():
        if k.startswith(VOCAB):
            labels.setdefault(k, v)
    for k, v in PROPERTY_LABELS.items():
        labels.setdefault(k, v)
    ev: dict = {}
    documents: dict[str, str] = {}
    graphs: set[str] = set()
    if evidence and sel.nodes:
        sparql = get_query("viz-evidence").sparql
        rows = []
        for i in range(0, len(sel.nodes), 400):
            chunk = " ".join(str(n) for n in sel.nodes[i:i + 400])
            rows.extend(store.query(f"{sparql}\nVALUES ?s {{ {chunk} }}").rows)
        rows.sort(key=lambda r: (r["document"].value, r["sentence"].value))
        for r in rows:
            key = (str(r["s"]), str(r["p"]), str(r["o"]))
            title = r["title"].value if r.get("title") is not None else ""
            e = Evidence(r["quote"].value, r["document"].value, title, r["sentence"].value)
            lst = ev.setdefault(key, [])
            if e not in lst:
                lst.append(e)
            documents[r["doc"].value] = r["document"].value
            graphs.add(r["evidence"].value)
    for n in sel.nodes:  # a selected document is a source too
        for q in store.quads(n, PKG.source, None, GRAPH_KG):
            documents[n.value] = q.object.value
    out_quads: list[Quad] = []
    if quads:
        selected = {n.value for n in sel.nodes}
        out_quads = [Quad(t.subject, t.predicate, t.object, GRAPH_KG) for t in facts
                     if t.subject.value in selected]
        seen_terms: set[str] = set()
        for g in sorted(graphs):
            gn = NamedNode(g)
            out_quads.extend(q for q in store.quads(None, None, None, gn) if q.subject.value in selected)
            for q in store.quads(gn, None, None, GRAPH_PROVENANCE):
                out_quads.append(q)
                if isinstance(q.object, NamedNode) and q.object.value not in seen_terms and \
                        q.predicate in (PKG.sentence, PKG.extractor):
                    seen_terms.add(q.object.value)
                    out_quads.extend(store.quads(q.object, None, None, GRAPH_PROVENANCE))
        out_quads = list(dict.fromkeys(out_quads))
    return Gathered(facts, labels, ev, out_quads, sorted(documents.items()))


def subgraph(sel: Selection, got: Gathered):
    from ..viz import build_subgraph

    return build_subgraph(got.facts, focus=[n.value for n in sel.nodes], labels=got.labels,
                          evidence=got.evidence, title=sel.title, selection=f"partykg {sel.selection}")


# ----------------------------------------------------------------------------- writing

def write_export(store, sel: Selection, fmt: str, output: Path, *, width: float = 3.5,
                 height: float | None = None, seed: int = 0, command: str | None = None,
                 created=None, bom: bool = False) -> tuple[list[Path], list[Triple]]:
    """Write one export and its dataset description; returns (paths written, description).
    ``bom`` opens CSV files with a UTF-8 byte-order mark (for Excel)."""
    from ..viz import export as ex
    from ..viz.figure import write_figure

    got = gather(store, sel, quads=fmt in ex.QUAD_FORMATS)
    prov = ex.Provenance(command or f"partykg export {sel.selection} --format {fmt}", sel.queries,
                         got.documents, __version__, created)
    output.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ex.RDF_FORMATS:
        desc = ex.describe(prov, got.facts, fmt, [output.name])
        output.write_bytes(ex.rdf_bytes(fmt, got.facts, desc, quads=got.quads))
        return [output], desc
    g = subgraph(sel, got)
    if fmt == "graphml":
        paths = [ex.write_graphml(g, output, seed=seed)]
    elif fmt == "gexf":
        paths = [ex.write_gexf(g, output, seed=seed)]
    elif fmt == "csv":
        paths = ex.write_csv(g, output, seed=seed, bom=bom)
    elif fmt in ex.FIGURE_FORMATS:
        paths = [write_figure(g, output, fmt=fmt, width=width, height=height, seed=seed)]
    else:
        raise SelectionError(f"unknown format {fmt!r} (one of {', '.join(ex.FORMATS)})")
    desc = ex.describe(prov, got.facts, fmt, [p.name for p in paths])
    side = ex.sidecar_path(output)
    side.write_text(ex.turtle(desc), encoding="utf-8")
    return paths + [side], desc


def write_view(store, sel: Selection, output: Path, *, seed: int = 0, physics: bool | None = None) -> Path:
    from ..viz import write_network

    got = gather(store, sel)
    return write_network(subgraph(sel, got), output, seed=seed, physics=physics, labels=got.labels)


def write_gallery(store, directory: Path) -> list[Path]:
    """A small gallery of the demo graph: an HTML network of its entities (documents and
    observations aside) and an SVG figure of its best-connected directive, or of the same
    entities when it has no directive."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    from ..ontology.terms import ORG

    classes = [PKG.Directive, ORG.Organization, PKG.Place, PKG.Person, ORG.Post]
    nodes: dict[str, NamedNode] = {}
    for c in classes:
        for q in store.quads(None, RDF.type, c, GRAPH_KG):
            nodes.setdefault(q.subject.value, q.subject)
    chosen = sorted(nodes.values(), key=lambda n: n.value)[:400]
    sel = Selection(chosen, "demo gallery: directives, organizations, places, people and posts",
                    "partykg — đồ thị mẫu / demo graph")
    paths = [write_view(store, sel, directory / "network.html", seed=1)]
    best, best_n = None, 0
    for q in store.quads(None, RDF.type, PKG.Directive, GRAPH_KG):
        n = sum(1 for _ in store.quads(None, PKG.carriesOut, q.subject, GRAPH_KG))
        if n > best_n or (n == best_n and best is not None and q.subject.value < best.value):
            best, best_n = q.subject, n
    fig_sel = sel
    if best is not None:
        try:
            code = next((q.object.value for q in store.quads(best, PKG.code, None, GRAPH_KG)), best.value)
            fig_sel = select(store, directive=best.value)
            fig_sel.selection, fig_sel.title = f"--directive {shlex.quote(code)}", f"Văn bản: {code}"
        except SelectionError:
            fig_sel = sel
    written, _ = write_export(store, fig_sel, "svg", directory / "figure.svg", seed=1,
                              command=f"partykg export {fig_sel.selection} --format svg")
    paths.append(written[0])
    return paths


# ----------------------------------------------------------------------------- commands

def _params(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        if "=" not in item:
            raise SelectionError(f"--param {item!r}: expected key=value")
        k, v = item.split("=", 1)
        out[k.strip()] = v
    return out


def register(app: typer.Typer) -> None:
    from .app import EndpointOpt, StoreOpt, err, fail, open_for

    around_opt = typer.Option(None, "--around", help="An entity by name, code or IRI: show its neighbourhood.")
    hops_opt = typer.Option(1, "--hops", "-k", min=0, max=6, help="How many links from --around.")
    directive_opt = typer.Option(None, "--directive", help="A directive by code (05-CT/TW), name or IRI.")
    hierarchy_opt = typer.Option(None, "--hierarchy", help="A province or district: its places and party organizations.")
    people_opt = typer.Option(None, "--people", help="A place: people, posts and organizations under it.")
    query_opt = typer.Option(None, "--query", help="A library query name or a .rq file (SELECT or CONSTRUCT).")
    param_opt = typer.Option([], "--param", "-p", help="key=value for --query (repeatable).")
    seed_opt = typer.Option(0, "--seed", help="Seed of the layout: the same seed, the same picture.")
    document_opt = typer.Option(None, "--document", help="A document (file name, source or IRI) and what it mentions.")
    class_opt = typer.Option(None, "--class", help="Every entity of a class, e.g. pkg:Directive.")

    def _select(db, max_nodes: int, **kw) -> Selection:
        try:
            sel = select(db, max_nodes=max_nodes, **kw)
            for note in sel.notes:
                err.print(f"partykg: {note}", markup=False, soft_wrap=True)
            return sel
        except TooLarge as e:
            fail(f"{e}: a network that large is an unreadable hairball. Narrow the selection "
                 f"(fewer --hops, a smaller place) or raise --max-nodes.", 1)
        except SelectionError as e:
            fail(str(e), 2)
        raise AssertionError  # unreachable

    @app.command("viz")
    def viz_cmd(
        around: Optional[str] = around_opt,
        hops: int = hops_opt,
        directive: Optional[str] = directive_opt,
        hierarchy: Optional[str] = hierarchy_opt,
        people: Optional[str] = people_opt,
        query: Optional[str] = query_opt,
        param: list[str] = param_opt,
        document: Optional[str] = document_opt,
        cls: Optional[str] = class_opt,
        output: Path = typer.Option(Path("partykg-network.html"), "--output", "-o", help="The HTML file to write."),
        seed: int = seed_opt,
        max_nodes: int = typer.Option(DEFAULT_MAX_NODES, "--max-nodes", min=0,
                                      help="Refuse selections with more nodes than this (0: no limit)."),
        physics: Optional[bool] = typer.Option(None, "--physics/--no-physics",
                                               help="Force physics on or off [default: on up to 300 nodes]."),
        store: Optional[Path] = StoreOpt,
        endpoint: Optional[str] = EndpointOpt,
    ) -> None:
        """Write an interactive network as one HTML file that works offline.

        Nodes are coloured and shaped by class (see the legend), tooltips give the type, key
        facts and the sentences and documents stating them; type in the search box to find a
        node. Above 300 nodes the layout is computed beforehand and physics is off.

        \b
        Example: partykg viz --around "Tà Mung" --hops 2 -o ta-mung.html
        Example: partykg viz --directive 05-CT/TW
        Example: partykg viz --hierarchy "Lai Châu" --max-nodes 5000
        """
        db = open_for(store, endpoint)
        try:
            params = _params(param)
        except SelectionError as e:
            fail(str(e), 2)
        sel = _select(db, max_nodes, around=around, hops=hops, directive=directive, hierarchy=hierarchy,
                      people=people, query=query, params=params, document=document, cls=cls)
        path = write_view(db, sel, output, seed=seed, physics=physics)
        err.print(f"wrote {path} ({counted(len(sel.nodes), 'node')}) — open it in a browser", markup=False)

    @app.command("export")
    def export_cmd(
        fmt: str = typer.Option(..., "--format", "-f",
                                help="ttl, nt, jsonld, trig, nq (RDF); graphml, gexf, csv; svg, pdf, png (figures)."),
        around: Optional[str] = around_opt,
        hops: int = hops_opt,
        directive: Optional[str] = directive_opt,
        hierarchy: Optional[str] = hierarchy_opt,
        people: Optional[str] = people_opt,
        query: Optional[str] = query_opt,
        param: list[str] = param_opt,
        document: Optional[str] = document_opt,
        cls: Optional[str] = class_opt,
        output: Optional[Path] = typer.Option(None, "--output", "-o",
                                              help="The file to write [default: partykg-export.FORMAT]."),
        width: float = typer.Option(3.5, "--width", min=0.5, max=40, help="Figure width in inches (one journal column: 3.5)."),
        height: Optional[float] = typer.Option(None, "--height", min=0.5, max=40, help="Figure height in inches."),
        seed: int = seed_opt,
        describe: bool = typer.Option(False, "--describe", help="Also print the dataset description (Turtle)."),
        bom: bool = typer.Option(False, "--bom", help="Begin the CSV files with a UTF-8 byte-order mark, so "
                                 "that Excel reads their Vietnamese text as UTF-8 (csv only)."),
        max_nodes: int = typer.Option(0, "--max-nodes", min=0, help="Refuse selections with more nodes (0: no limit)."),
        store: Optional[Path] = StoreOpt,
        endpoint: Optional[str] = EndpointOpt,
    ) -> None:
        """Write a selected subgraph as RDF, a graph file, CSV or a figure, with its description.

        RDF formats carry a VoID/DCAT/PROV description of the export (source documents, the
        selection and queries, tool version, date, counts) in the file; trig and nq keep the
        evidence and provenance graphs. Other formats get it in a sidecar FILE.meta.ttl.
        Figures have a legend of the classes and, up to 40 nodes, the nodes' labels and on
        each edge its relation's name, each node label on a side of its node where it covers
        no other label.

        \b
        Example: partykg export --directive 05-CT/TW --format ttl -o ct05.ttl
        Example: partykg export --hierarchy "Lai Châu" --format svg --width 3.5 -o fig1.svg
        Example: partykg export --class pkg:Directive --format graphml --describe
        Example: partykg export --directive 05-CT/TW --format csv --bom -o ct05.csv
        """
        from ..viz.export import FORMATS

        fmt = fmt.lower().lstrip(".")
        fmt = {"turtle": "ttl", "json-ld": "jsonld", "ntriples": "nt", "nquads": "nq"}.get(fmt, fmt)
        if fmt not in FORMATS:
            fail(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})", 2)
        if bom and fmt != "csv":
            fail(f"--bom is for the csv format, not {fmt}", 2)
        db = open_for(store, endpoint)
        try:
            params = _params(param)
        except SelectionError as e:
            fail(str(e), 2)
        sel = _select(db, max_nodes, around=around, hops=hops, directive=directive, hierarchy=hierarchy,
                      people=people, query=query, params=params, document=document, cls=cls)
        output = output or Path(f"partykg-export.{fmt}")
        command = "partykg export " + " ".join(shlex.quote(a) for a in sys.argv[2:]) if \
            len(sys.argv) > 2 and sys.argv[1] == "export" else None
        try:
            paths, desc = write_export(db, sel, fmt, output, width=width, height=height, seed=seed,
                                       command=command, bom=bom)
        except (SelectionError, ValueError) as e:
            fail(str(e), 2)
        for p in paths:
            err.print(f"wrote {p}", markup=False)
        if describe:
            from ..viz.export import turtle

            sys.stdout.write(turtle(desc))
