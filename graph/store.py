"""The store: an embedded on-disk Oxigraph store, or a remote SPARQL 1.1 endpoint.

Both keep the same layout (see ontology.terms): one deduplicated knowledge graph that queries
read, a provenance graph, an ontology graph, and one evidence graph per sentence and extractor
holding the facts it states. Writing a document is one transaction; re-ingesting replaces its
evidence and removes a fact from the knowledge graph only when no other document states it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, QueryBoolean, QuerySolutions, Store as _OxStore, Triple

from ..ontology.terms import (GRAPH_KG, GRAPH_ONTOLOGY, GRAPH_PROVENANCE, OA, PKG, PREFIXES,
                              SYSTEM_GRAPHS)

ENV_STORE = "PARTYKG_STORE"
ENV_ENDPOINT = "PARTYKG_ENDPOINT"


def default_store_path() -> Path:
    """$PARTYKG_STORE, else $XDG_DATA_HOME/partykg/store (~/.local/share/partykg/store)."""
    if os.environ.get(ENV_STORE):
        return Path(os.environ[ENV_STORE]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "partykg" / "store"


class StoreError(Exception):
    """The store cannot be opened or written; str() is one line for the user."""


@dataclass
class DocumentQuads:
    """What the loaders hand over for one document."""

    iri: NamedNode
    source: str
    content_hash: str
    quads: list[Quad]


@dataclass
class WriteReport:
    added: list[str] = field(default_factory=list)  # sources
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass
class Result:
    """A query's answer: rows of terms for SELECT, a bool for ASK, triples for CONSTRUCT."""

    kind: str  # "select", "ask", "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[dict[str, object]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)


def sparql_data(quads: Iterable[Quad]) -> str:
    """Quads as the body of INSERT DATA / DELETE DATA, grouped by graph."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        g = "" if isinstance(q.graph_name, DefaultGraph) else str(q.graph_name)
        by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
    parts = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        parts.append(f"GRAPH {g} {{\n{body}\n}}" if g else body)
    return "\n".join(parts)


class BaseStore:
    """What every backend offers; subclasses supply quad lookup, updates and queries."""

    # -- backend primitives
    def quads(self, s=None, p=None, o=None, g=None) -> Iterator[Quad]:
        raise NotImplementedError

    def _extend(self, quads: list[Quad]) -> None:
        raise NotImplementedError

    def _update(self, request: str) -> None:
        raise NotImplementedError

    def query(self, sparql: str, substitutions: dict | None = None) -> Result:
        raise NotImplementedError

    def close(self) -> None:
        pass

    # -- documents
    def content_hash(self, doc: NamedNode) -> str | None:
        for q in self.quads(doc, PKG.contentHash, None, GRAPH_KG):
            return q.object.value
        return None

    def documents(self) -> list[tuple[NamedNode, str]]:
        """(document IRI, source) of every document in the store, sorted by source."""
        out = [(q.subject, q.object.value) for q in self.quads(None, PKG.source, None, GRAPH_KG)]
        return sorted(out, key=lambda x: x[1])

    def find_document(self, ref: str) -> NamedNode | None:
        """A document by IRI, source, or file name with or without extension."""
        for iri, source in self.documents():
            name = source.rstrip("/").rsplit("/", 1)[-1]
            if ref in (iri.value, source, name, name.rsplit(".", 1)[0]) or os.path.abspath(ref) == source:
                return iri
        return None

    def _stated(self, doc: NamedNode) -> tuple[set[NamedNode], set[Triple], list[Quad]]:
        """A document's evidence graphs, the facts they hold, and its provenance quads."""
        graphs: set[NamedNode] = set()
        prov: list[Quad] = []
        for sq in self.quads(None, OA.hasSource, doc, GRAPH_PROVENANCE):
            sent = sq.subject
            prov.extend(self.quads(sent, None, None, GRAPH_PROVENANCE))
            for eq in self.quads(None, PKG.sentence, sent, GRAPH_PROVENANCE):
                graphs.add(eq.subject)
        facts: set[Triple] = set()
        for g in graphs:
            prov.extend(self.quads(g, None, None, GRAPH_PROVENANCE))
            for q in self.quads(None, None, None, g):
                facts.add(Triple(q.subject, q.predicate, q.object))
        return graphs, facts, prov

    def _orphans(self, facts: Iterable[Triple], own: set[NamedNode]) -> list[Triple]:
        """Facts no graph outside ``own`` (and the system graphs) states."""
        out = []
        for t in facts:
            if not any(q.graph_name not in own and q.graph_name not in SYSTEM_GRAPHS
                       for q in self.quads(t.subject, t.predicate, t.object, None)):
                out.append(t)
        return out

    def _replace_request(self, doc: NamedNode, new_quads: list[Quad]) -> str:
        graphs, old_facts, prov = self._stated(doc)
        new_facts = {Triple(q.subject, q.predicate, q.object) for q in new_quads if q.graph_name == GRAPH_KG}
        gone = self._orphans(old_facts - new_facts, graphs)
        delete = [Quad(t.subject, t.predicate, t.object, GRAPH_KG) for t in gone]
        for g in graphs:
            delete.extend(self.quads(None, None, None, g))
        delete.extend(prov)
        ops = []
        if delete:
            ops.append("DELETE DATA {\n" + sparql_data(delete) + "\n}")
        if new_quads:
            ops.append("INSERT DATA {\n" + sparql_data(new_quads) + "\n}")
        return " ;\n".join(ops)

    def write(self, docs: list[DocumentQuads]) -> WriteReport:
        """Write documents: new ones in one transaction, changed ones replaced one by one
        (each in one transaction), unchanged ones (same content hash) left as they are."""
        report = WriteReport()
        fresh: list[Quad] = []
        for d in docs:
            old = self.content_hash(d.iri)
            if old is None:
                fresh.extend(d.quads)
                report.added.append(d.source)
            elif old == d.content_hash:
                report.unchanged.append(d.source)
            else:
                self._update(self._replace_request(d.iri, d.quads))
                report.replaced.append(d.source)
        if fresh:
            self._extend(fresh)
        return report

    def remove(self, doc: NamedNode) -> int:
        """Remove a document, its evidence and every fact only it stated; returns quads removed."""
        before = self.count_quads()
        request = self._replace_request(doc, [])
        if request:
            self._update(request)
        return before - self.count_quads()

    # -- ontology
    def load_ontology(self, turtle_files: Iterable) -> None:
        """Replace the ontology graph with the given Turtle files (one transaction)."""
        from pyoxigraph import RdfFormat, parse

        quads = []
        for f in turtle_files:
            with f.open("rb") as fh:
                quads.extend(Quad(t.subject, t.predicate, t.object, GRAPH_ONTOLOGY)
                             for t in parse(fh, format=RdfFormat.TURTLE))
        current = set(self.quads(None, None, None, GRAPH_ONTOLOGY))
        if current == set(quads):
            return
        ops = []
        if current:
            ops.append("DELETE DATA {\n" + sparql_data(current) + "\n}")
        if quads:
            ops.append("INSERT DATA {\n" + sparql_data(quads) + "\n}")
        self._update(" ;\n".join(ops))

    # -- figures
    def count_quads(self) -> int:
        r = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        n = int(r.rows[0]["n"].value) if r.rows else 0
        r = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return n + (int(r.rows[0]["n"].value) if r.rows else 0)

    def stats(self) -> dict:
        docs = self.query(f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH <{GRAPH_KG.value}> {{ ?d <{PKG.source.value}> ?src }} }}")
        kg = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH_KG.value}> {{ ?s ?p ?o }} }}")
        classes = self.query(
            f"SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH <{GRAPH_KG.value}> {{ ?e a ?class }} }} "
            "GROUP BY ?class ORDER BY DESC(?n) ?class")
        graphs = self.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return {
            "documents": int(docs.rows[0]["n"].value),
            "quads": self.count_quads(),
            "kg_triples": int(kg.rows[0]["n"].value),
            "graphs": int(graphs.rows[0]["n"].value),
            "classes": [(r["class"].value, int(r["n"].value)) for r in classes.rows],
        }


class EmbeddedStore(BaseStore):
    """A persistent pyoxigraph store in a directory."""

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path} (ingest documents first, or give --store)")
                self._store = _OxStore.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = _OxStore(str(self.path))
        except StoreError:
            raise
        except OSError as e:
            raise StoreError(f"cannot open the store at {self.path}: {str(e).splitlines()[0]}") from None

    def quads(self, s=None, p=None, o=None, g=None) -> Iterator[Quad]:
        return iter(self._store.quads_for_pattern(s, p, o, g))

    def _extend(self, quads: list[Quad]) -> None:
        self._store.extend(quads)

    def _update(self, request: str) -> None:
        self._store.update(request)

    def query(self, sparql: str, substitutions: dict | None = None) -> Result:
        res = self._store.query(sparql, prefixes=PREFIXES, substitutions=substitutions)
        if isinstance(res, QueryBoolean):
            return Result("ask", boolean=bool(res))
        if isinstance(res, QuerySolutions):
            variables = [v.value for v in res.variables]
            rows = [{v: sol[v] for v in variables} for sol in res]
            return Result("select", variables, rows)
        return Result("graph", triples=list(res))

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        self._store = None  # type: ignore[assignment]

    def dump_nquads(self) -> bytes:
        from pyoxigraph import RdfFormat

        return self._store.dump(format=RdfFormat.N_QUADS)


def open_store(path: str | os.PathLike | None = None, endpoint: str | None = None, *,
               read_only: bool = False) -> BaseStore:
    """The embedded store at ``path`` (default: default_store_path()), or a remote endpoint."""
    endpoint = endpoint or (None if path else os.environ.get(ENV_ENDPOINT))
    if endpoint:
        from .remote import RemoteStore

        return RemoteStore(endpoint)
    return EmbeddedStore(path or default_store_path(), read_only=read_only)


def is_literal(term) -> bool:
    return isinstance(term, Literal)
