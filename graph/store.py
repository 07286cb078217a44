"""The store: an embedded on-disk Oxigraph store, or a remote SPARQL 1.1 endpoint.

Both keep the same layout (see ontology.terms): one deduplicated knowledge graph that queries
read, a provenance graph, an ontology graph, and one evidence graph per sentence and extractor
holding the facts it states. Writing a document is all or nothing; re-ingesting replaces its
evidence and removes a fact from the knowledge graph only when no other document states it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from pyoxigraph import (DefaultGraph, Literal, NamedNode, Quad, QueryBoolean, QuerySolutions, RdfFormat,
                       Store as _OxStore, Triple, parse)

from ..ontology.terms import (GRAPH_KG, GRAPH_ONTOLOGY, GRAPH_PROVENANCE, OA, PKG, PREFIXES,
                              SYSTEM_GRAPHS)
from .ordering import split_order

ENV_STORE = "PARTYKG_STORE"
ENV_ENDPOINT = "PARTYKG_ENDPOINT"

# At most this many quads per write call (whole documents): Oxigraph's bulk loader keeps up to
# 1,000,000 quads in one piece, so a call below it is one atomic ingestion (EmbeddedStore).
ATOMIC_LOAD_MAX = 500_000


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")) / "partykg"


def default_store_path() -> Path:
    """$PARTYKG_STORE, else $XDG_DATA_HOME/partykg/store (~/.local/share/partykg/store)."""
    if os.environ.get(ENV_STORE):
        return Path(os.environ[ENV_STORE]).expanduser()
    return _data_home() / "store"


def demo_store_path() -> Path:
    """The demo's own store, $XDG_DATA_HOME/partykg/demo: the demo never writes into the
    store a researcher's own documents are in."""
    return _data_home() / "demo"


class StoreError(Exception):
    """The store cannot be opened or written; str() is one line for the user."""


@dataclass
class DocumentQuads:
    """What the loaders hand over for one document: its quads, or the same quads as N-Quads
    bytes (as extraction workers send them), parsed only if the document must be compared
    with what the store holds; a new document's bytes go to the store as they are."""

    iri: NamedNode
    source: str
    content_hash: str
    quads: list[Quad] = field(default_factory=list)
    nquads: bytes = b""
    _lines: int = field(default=-1, init=False, repr=False, compare=False)  # nquads' lines, once counted

    def parsed(self) -> list[Quad]:
        if not self.quads and self.nquads:
            self.quads = list(parse(self.nquads, format=RdfFormat.N_QUADS))
        return self.quads

    @property
    def size(self) -> int:
        """How many quads (N-Quads: one per line; a literal's line breaks are escaped).
        Asked several times per document on the way to the store: the lines are counted once."""
        if self.quads or not self.nquads:
            return len(self.quads)
        if self._lines < 0:
            self._lines = self.nquads.count(b"\n")
        return self._lines


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


def _chunks(docs: list[DocumentQuads], limit: int) -> Iterator[list[DocumentQuads]]:
    """Whole documents, in runs of at most ``limit`` quads (a larger document alone)."""
    run: list[DocumentQuads] = []
    size = 0
    for d in docs:
        if run and size + d.size > limit:
            yield run
            run, size = [], 0
        run.append(d)
        size += d.size
    if run:
        yield run


class BaseStore:
    """What every backend offers; subclasses supply quad lookup, updates and queries."""

    # -- backend primitives
    def quads(self, s=None, p=None, o=None, g=None) -> Iterator[Quad]:
        raise NotImplementedError

    def _extend(self, quads: list[Quad]) -> None:
        raise NotImplementedError

    def _load_nquads(self, data: bytes, n: int) -> None:
        """Add ``n`` quads given as N-Quads, all or nothing (backends may skip the parse)."""
        self._extend(list(parse(data, format=RdfFormat.N_QUADS)))

    def _add_new(self, docs: list[DocumentQuads]) -> None:
        if all(d.nquads and not d.quads for d in docs):
            self._load_nquads(b"".join(d.nquads for d in docs), sum(d.size for d in docs))
        else:
            self._extend([q for d in docs for q in d.parsed()])

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

    def same_text(self, content_hash: str) -> list[tuple[NamedNode, str]]:
        """(IRI, source) of the stored documents whose text has this hash (the same text read
        under another name or path, or again)."""
        return [(q.subject, self.source_of(q.subject) or q.subject.value)
                for q in self.quads(None, PKG.contentHash, Literal(content_hash), GRAPH_KG)]

    def source_of(self, doc: NamedNode) -> str | None:
        for q in self.quads(doc, PKG.source, None, GRAPH_KG):
            return q.object.value
        return None

    def documents(self) -> list[tuple[NamedNode, str]]:
        """(document IRI, source) of every document in the store, sorted by source."""
        out = [(q.subject, q.object.value) for q in self.quads(None, PKG.source, None, GRAPH_KG)]
        return sorted(out, key=lambda x: x[1])

    def find_documents(self, ref: str) -> list[tuple[NamedNode, str]]:
        """(IRI, source) of the documents ``ref`` names: its IRI or source (a path is made
        absolute) names one; a file name, with or without extension, every document so named."""
        docs = self.documents()
        exact = [(iri, source) for iri, source in docs
                 if ref in (iri.value, source) or os.path.abspath(ref) == source]
        if exact:
            return exact
        out = []
        for iri, source in docs:
            name = source.rstrip("/").rsplit("/", 1)[-1]
            if ref in (name, name.rsplit(".", 1)[0]):
                out.append((iri, source))
        return out

    def find_document(self, ref: str) -> NamedNode | None:
        """A document by IRI, source, or file name with or without extension; None if none.
        A file name several stored documents share is refused (StoreError naming them)."""
        found = self.find_document_source(ref)
        return found[0] if found else None

    def find_document_source(self, ref: str) -> tuple[NamedNode, str] | None:
        """(IRI, source) of the one document ``ref`` names, as find_document."""
        found = self.find_documents(ref)
        if len(found) > 1:
            raise StoreError(f"{ref} names {len(found)} documents: "
                             f"{', '.join(source for _, source in found)}; give the path or IRI")
        return found[0] if found else None

    def _stated(self, doc: NamedNode) -> tuple[set[NamedNode], list[Quad], list[Quad]]:
        """A document's evidence graphs, the quads they hold, and its provenance quads (its
        sentences and the descriptions of its evidence graphs)."""
        graphs: set[NamedNode] = set()
        prov: list[Quad] = []
        for sq in self.quads(None, OA.hasSource, doc, GRAPH_PROVENANCE):
            sent = sq.subject
            prov.extend(self.quads(sent, None, None, GRAPH_PROVENANCE))
            for eq in self.quads(None, PKG.sentence, sent, GRAPH_PROVENANCE):
                graphs.add(eq.subject)
        evidence: list[Quad] = []
        for g in graphs:
            prov.extend(self.quads(g, None, None, GRAPH_PROVENANCE))
            evidence.extend(self.quads(None, None, None, g))
        return graphs, evidence, prov

    @staticmethod
    def _signature(doc: NamedNode, quads: Iterable[Quad]) -> set[Quad]:
        """The quads of ``quads`` that _stated would find for ``doc`` once written: evidence
        graphs and the provenance of its sentences and graphs (not the shared knowledge graph,
        nor the extractor descriptions all documents share)."""
        quads = list(quads)
        graphs = {q.graph_name for q in quads if q.graph_name not in SYSTEM_GRAPHS}
        subjects = set(graphs)
        subjects.update(q.subject for q in quads
                        if q.graph_name == GRAPH_PROVENANCE and q.predicate == OA.hasSource and q.object == doc)
        return {q for q in quads if q.graph_name in graphs
                or (q.graph_name == GRAPH_PROVENANCE and q.subject in subjects)}

    def _orphans(self, facts: Iterable[Triple], own: set[NamedNode]) -> list[Triple]:
        """Facts no graph outside ``own`` (and the system graphs) states."""
        out = []
        for t in facts:
            if not any(q.graph_name not in own and q.graph_name not in SYSTEM_GRAPHS
                       for q in self.quads(t.subject, t.predicate, t.object, None)):
                out.append(t)
        return out

    def _replace_request(self, doc: NamedNode, new_quads: list[Quad],
                         stated: tuple[set[NamedNode], list[Quad], list[Quad]] | None = None) -> tuple[str, int]:
        """One SPARQL update replacing a document's quads by ``new_quads`` (none: removal), and
        how many quads it deletes. A fact leaves the knowledge graph only when no other
        document's evidence states it."""
        graphs, evidence, prov = stated or self._stated(doc)
        old_facts = {Triple(q.subject, q.predicate, q.object) for q in evidence}
        new_facts = {Triple(q.subject, q.predicate, q.object) for q in new_quads if q.graph_name == GRAPH_KG}
        gone = self._orphans(old_facts - new_facts, graphs)
        delete = set(Quad(t.subject, t.predicate, t.object, GRAPH_KG) for t in gone)
        delete.update(evidence)
        delete.update(prov)
        ops = []
        if delete:
            ops.append("DELETE DATA {\n" + sparql_data(sorted(delete, key=str)) + "\n}")
        if new_quads:
            ops.append("INSERT DATA {\n" + sparql_data(new_quads) + "\n}")
        return " ;\n".join(ops), len(delete)

    def write(self, docs: list[DocumentQuads]) -> WriteReport:
        """Write documents: new ones together, all or nothing (in runs of whole documents of at
        most ATOMIC_LOAD_MAX quads), changed ones replaced one by one (each in one
        transaction), unchanged ones left as they are.

        A document is unchanged when its evidence and provenance quads are those already
        stored — the same text read by the same extractor versions; a new extractor version
        or a changed text replaces it.
        """
        report = WriteReport()
        fresh: list[DocumentQuads] = []
        seen: set[str] = set()
        for d in docs:
            if d.iri.value in seen:  # the same document named twice in one batch
                report.unchanged.append(d.source)
                continue
            seen.add(d.iri.value)
            if self.content_hash(d.iri) is None:
                fresh.append(d)
                report.added.append(d.source)
                continue
            stated = self._stated(d.iri)
            if set(stated[1]) | set(stated[2]) == self._signature(d.iri, d.parsed()):
                report.unchanged.append(d.source)
            else:
                self._update(self._replace_request(d.iri, d.parsed(), stated)[0])
                report.replaced.append(d.source)
        if fresh:
            try:
                for chunk in _chunks(fresh, ATOMIC_LOAD_MAX):
                    self._add_new(chunk)
            except Exception:
                for d in docs:  # leave none of them half-written (best effort), then report
                    if d.source in report.added:
                        try:
                            self.remove(d.iri)
                        except Exception:
                            pass
                raise
        return report

    def remove(self, doc: NamedNode) -> int:
        """Remove a document, its evidence and every fact only it stated (one transaction);
        returns how many quads were removed."""
        request, n = self._replace_request(doc, [])
        if request:
            self._update(request)
        return n

    # -- ontology
    def load_ontology(self, turtle_files: Iterable) -> None:
        """Replace the ontology graph with the given Turtle files (one transaction; nothing is
        written when the graph already holds exactly them)."""
        from pyoxigraph import BlankNode, RdfFormat, parse

        quads = []
        for f in turtle_files:
            with f.open("rb") as fh:
                quads.extend(Quad(t.subject, t.predicate, t.object, GRAPH_ONTOLOGY)
                             for t in parse(fh, format=RdfFormat.TURTLE))

        def shape(qs) -> list[str]:  # blank nodes differ from parse to parse: compare without them
            return sorted(f"{'_' if isinstance(q.subject, BlankNode) else q.subject} {q.predicate} "
                          f"{'_' if isinstance(q.object, BlankNode) else q.object}" for q in qs)

        current = list(self.quads(None, None, None, GRAPH_ONTOLOGY))
        if len(current) == len(quads) and shape(current) == shape(quads):
            return
        # DELETE DATA cannot name blank nodes; dropping the graph can.
        request = f"DROP SILENT GRAPH <{GRAPH_ONTOLOGY.value}>"
        if quads:
            request += " ;\nINSERT DATA {\n" + sparql_data(quads) + "\n}"
        self._update(request)

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
            if self.path.is_file():  # mkdir would say only "File exists"
                raise StoreError(f"cannot open the store at {self.path}: a file, not a store directory")
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

    # New documents in batches of at least ``bulk_min`` quads go through Oxigraph's bulk
    # loader, about 3x less CPU and a third of the memory of a transaction. It is all or
    # nothing as long as the loader keeps the batch in one piece (under ATOMIC_LOAD_MAX quads,
    # which write() ensures): it sorts the batch into one file per index and hands them to
    # RocksDB in one IngestExternalFiles call, which adds all of them or none; nothing reaches
    # the store before that call, so a failure while reading the quads leaves the store as it
    # was (tests/test_store_bulk.py checks both). Smaller batches (a few documents) are
    # transactions: not worth a set of files each. ``None`` (``ingest --no-bulk``): always
    # transactions.
    bulk_min: int | None = 20_000

    def _extend(self, quads: list[Quad]) -> None:
        try:
            if self.bulk_min is not None and self.bulk_min <= len(quads) <= ATOMIC_LOAD_MAX:
                self._store.bulk_extend(quads)
            else:
                self._store.extend(quads)
        except OSError as e:
            raise StoreError(f"cannot write the store at {self.path}: {str(e).splitlines()[0]}") from None

    def _load_nquads(self, data: bytes, n: int) -> None:
        """The same choice as _extend, the bytes parsed by Oxigraph (no Python objects).

        Parsed leniently (IRIs not validated again, ~2 ms per document less): the bytes are
        written from terms pyoxigraph built, so validated, by to_nquads or serialize. Broken
        syntax still fails, and leaves the store as it was."""
        try:
            if self.bulk_min is not None and self.bulk_min <= n <= ATOMIC_LOAD_MAX:
                self._store.bulk_load(data, format=RdfFormat.N_QUADS, lenient=True)
            else:
                self._store.load(data, format=RdfFormat.N_QUADS, lenient=True)
        except OSError as e:
            raise StoreError(f"cannot write the store at {self.path}: {str(e).splitlines()[0]}") from None

    def _update(self, request: str) -> None:
        try:
            self._store.update(request)
        except OSError as e:
            raise StoreError(f"cannot write the store at {self.path}: {str(e).splitlines()[0]}") from None

    # Sort in Python what a SELECT's final ORDER BY on plain variables asks for (ordering.py
    # says why); off, the engine sorts. Rows are the same either way (ties aside).
    client_order: bool = True

    def query(self, sparql: str, substitutions: dict | None = None) -> Result:
        split = split_order(sparql) if self.client_order else None
        if split:
            result = self._run(split[0], substitutions)
            # a SELECT whose keys it projects: sorted here; anything else: the engine's way
            if result.kind == "select" and all(k in result.variables for k, _ in split[1].keys):
                result.rows = split[1].apply(result.rows)
                return result
        return self._run(sparql, substitutions)

    def _run(self, sparql: str, substitutions: dict | None) -> Result:
        res = self._store.query(sparql, prefixes=PREFIXES, substitutions=substitutions)
        if isinstance(res, QuerySolutions):
            variables = [v.value for v in res.variables]
            return Result("select", variables, [{v: sol[v] for v in variables} for sol in res])
        if isinstance(res, QueryBoolean):
            return Result("ask", boolean=bool(res))
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
