"""Running queries: bind parameters as typed terms, run on a store, format the answer.

Parameters become RDF terms (typed literals or IRIs) and reach the engine as substitutions
(embedded store) or a trailing VALUES block (remote endpoint): a value is always data.
"""

from __future__ import annotations

import csv
import io
import json
import re

from pyoxigraph import BlankNode, Literal, NamedNode, Variable

from ..graph.store import BaseStore, Result
from ..ontology.terms import XSD
from .library import NamedQuery, Param, QueryError

_XSD_FOR = {"integer": XSD.integer, "decimal": XSD.decimal, "date": XSD.date, "gYear": XSD.gYear,
            "boolean": XSD.boolean}
_CHECK = {
    "integer": re.compile(r"^[+-]?\d+$"),
    "decimal": re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$"),
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "gYear": re.compile(r"^\d{4}$"),
    "boolean": re.compile(r"^(true|false)$"),
}


def to_term(param: Param, value: str):
    """A parameter value as an RDF term, checked against the parameter's type."""
    if param.type == "iri":
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not an IRI")
        return NamedNode(value)
    if param.type in _CHECK:
        if not _CHECK[param.type].match(value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a {param.type}")
        return Literal(value, datatype=_XSD_FOR[param.type])
    if param.type == "langString":
        return Literal(value, language=param.lang or "vi")
    return Literal(value)


def bind(query: NamedQuery, given: dict[str, str]) -> dict:
    """Substitutions for the query's declared parameters (given values, else defaults)."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        valid = ", ".join(declared) or "none"
        raise QueryError(f"query {query.name} has no parameter {', '.join(unknown)} (parameters: {valid})")
    subs = {}
    for name, p in declared.items():
        value = given.get(name, p.default)
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        subs[Variable(name)] = to_term(p, str(value))
    return subs


def run(store: BaseStore, query: NamedQuery, params: dict[str, str] | None = None) -> Result:
    subs = bind(query, params or {})
    try:
        return store.query(query.sparql, substitutions=subs or None)
    except SyntaxError as e:
        raise QueryError(f"{query.path or query.name}: SPARQL syntax error: {str(e).splitlines()[0]}") from None


def run_text(store: BaseStore, sparql: str) -> Result:
    try:
        return store.query(sparql)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {str(e).splitlines()[0]}") from None


# ----------------------------------------------------------------------------- formats

def cell(term) -> str:
    """A term as a table cell: the IRI, the literal's lexical form, or empty."""
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return term.value


def to_csv(result: Result, delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow([cell(row.get(v)) for v in result.variables])
    return buf.getvalue()


def _json_term(term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        out["datatype"] = term.datatype.value
    return out


def to_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{v: _json_term(t) for v, t in row.items() if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)
