"""A remote SPARQL 1.1 endpoint behind the same interface as the embedded store.

Queries go through SPARQLWrapper; writes are SPARQL 1.1 Update requests to the endpoint's
update URL (``URL/update`` for an Oxigraph server when ``URL`` ends in ``/query``).
"""

from __future__ import annotations

from typing import Iterator

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from ..ontology.terms import PREFIXES
from .store import BaseStore, Result, StoreError

_PREAMBLE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def _term(b: dict | None):
    if b is None:
        return None
    t = b["type"]
    if t == "uri":
        return NamedNode(b["value"])
    if t == "bnode":
        return BlankNode(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], language=b["xml:lang"])
    if "datatype" in b:
        return Literal(b["value"], datatype=NamedNode(b["datatype"]))
    return Literal(b["value"])


def values_block(sparql: str, substitutions: dict) -> str:
    """Bind variables for an endpoint: a trailing VALUES clause of terms in N-Triples syntax.

    The terms are serialised by pyoxigraph, which escapes quotes, newlines and braces, so a
    value can never end the block or start another operation.
    """
    names = [getattr(v, "value", str(v)).lstrip("?$") for v in substitutions]
    terms = [str(t) for t in substitutions.values()]
    head = " ".join(f"?{n}" for n in names)
    return f"{sparql.rstrip()}\nVALUES ({head}) {{ ({' '.join(terms)}) }}"


class RemoteStore(BaseStore):
    def __init__(self, endpoint: str, update_endpoint: str | None = None) -> None:
        from SPARQLWrapper import SPARQLWrapper

        self.endpoint = endpoint
        if update_endpoint is None:
            update_endpoint = endpoint[: -len("/query")] + "/update" if endpoint.endswith("/query") else endpoint
        self.update_endpoint = update_endpoint
        self._wrapper = SPARQLWrapper
        self._query = SPARQLWrapper(endpoint)

    def _run(self, sparql: str, fmt: str = "json"):
        from SPARQLWrapper import JSON, N3, POST

        w = self._wrapper(self.endpoint)
        w.setMethod(POST)
        w.setQuery(_PREAMBLE + sparql)
        w.setReturnFormat(JSON if fmt == "json" else N3)
        try:
            return w.queryAndConvert()
        except Exception as e:  # network, HTTP and parse errors all end here
            raise StoreError(f"endpoint {self.endpoint}: {str(e).splitlines()[0]}") from None

    def query(self, sparql: str, substitutions: dict | None = None) -> Result:
        if substitutions:
            sparql = values_block(sparql, substitutions)
        data = self._run(sparql)
        if isinstance(data, dict) and "boolean" in data:
            return Result("ask", boolean=bool(data["boolean"]))
        if isinstance(data, dict) and "results" in data:
            variables = data["head"].get("vars", [])
            rows = [{v: _term(b.get(v)) for v in variables} for b in data["results"]["bindings"]]
            return Result("select", variables, rows)
        from pyoxigraph import RdfFormat, parse

        triples = list(parse(data if isinstance(data, bytes) else str(data).encode(), format=RdfFormat.TURTLE))
        return Result("graph", triples=[Triple(t.subject, t.predicate, t.object) for t in triples])

    def quads(self, s=None, p=None, o=None, g=None) -> Iterator[Quad]:
        def pos(term, var):
            return str(term) if term is not None else var
        pattern = f"{pos(s, '?s')} {pos(p, '?p')} {pos(o, '?o')}"
        r = self.query(f"SELECT * WHERE {{ GRAPH {pos(g, '?g')} {{ {pattern} }} }}")
        for row in r.rows:
            yield Quad(s or row["s"], p or row["p"], o if o is not None else row["o"], g or row["g"])

    def _update(self, request: str) -> None:
        from SPARQLWrapper import POST, SPARQLWrapper

        w = SPARQLWrapper(self.endpoint, updateEndpoint=self.update_endpoint)
        w.setMethod(POST)
        w.setQuery(request)
        try:
            w.query()
        except Exception as e:
            raise StoreError(f"endpoint {self.update_endpoint}: {str(e).splitlines()[0]}") from None

    def _extend(self, quads: list[Quad]) -> None:
        from .store import sparql_data

        self._update("INSERT DATA {\n" + sparql_data(quads) + "\n}")
