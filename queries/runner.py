"""Running queries: bind parameters as typed terms, run on a store, format the answer.

Parameters become RDF terms (typed literals or IRIs) and reach the engine as escaped VALUES
blocks in the query's groups (graph.remote.values_block) — on the embedded store and on
endpoints alike — or, on request, as pyoxigraph substitutions (SELECT only: they do not reach a
CONSTRUCT's WHERE, and pyoxigraph refuses variables a SELECT does not project). Either way a
value is always data, never pasted text. Entity parameters (a name, code or IRI) are first resolved to one IRI.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re

from pyoxigraph import BlankNode, Literal, NamedNode, Variable

from ..graph.remote import projected, query_form, values_block
from ..graph.store import BaseStore, EmbeddedStore, Result
from ..ontology.keys import COMMITTEE_UNITS, fold, modern_tones, nfc
from ..ontology.terms import GRAPH_KG, GRAPH_ONTOLOGY, PREFIXES, XSD, prefixed, scheme
from .library import NamedQuery, Param, QueryError, parse_query_text, variables

_XSD_FOR = {"integer": XSD.integer, "decimal": XSD.decimal, "date": XSD.date, "gYear": XSD.gYear,
            "boolean": XSD.boolean}
_CHECK = {
    "integer": re.compile(r"^[+-]?\d+$"),
    "decimal": re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$"),
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "gYear": re.compile(r"^\d{4}$"),
    "boolean": re.compile(r"^(true|false)$"),
}
_IRI_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
_ABSOLUTE_RE = re.compile(r"^(https?|urn|file|tag):", re.I)


def _expand(name: str) -> str:
    """A prefixed name (pkg:Directive) as a full IRI; a full IRI stays as it is."""
    prefix, _, local = name.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return name


def to_term(param: Param, value: str):
    """A parameter value as an RDF term, checked against the parameter's type."""
    if param.type == "iri":
        value = _expand(value.strip())
        if not _IRI_RE.match(value):
            raise QueryError(f"parameter {param.name}: {value!r} is not an IRI")
        return NamedNode(value)
    if param.type in _CHECK:
        value = value.strip()
        if not _CHECK[param.type].match(value):
            raise QueryError(f"parameter {param.name}: {value!r} is not {'an' if param.type[0] in 'aeiou' else 'a'} {param.type}")
        return Literal(value, datatype=_XSD_FOR[param.type])
    if param.type == "key":  # a vocabulary key (indicator notation): letters, digits, _ . -
        value = value.strip()
        if not re.match(r"^[A-Za-z0-9_.-]+$", value):
            raise QueryError(f"parameter {param.name}: {value!r} is not a key (letters, digits, _ . -)")
        return Literal(value)
    if param.type == "langString":
        return Literal(value, language=param.lang or "vi")
    return Literal(value)


# ----------------------------------------------------------------------------- entities
# An entity parameter accepts an IRI, an official code (pkg:code, pkg:officialCode) or a name
# (rdfs:label, skos:altLabel, pkg:writtenAs). Names are matched exactly first (an index lookup), then folded:
# SPARQL has LCASE but no Unicode normalisation or tone-placement folding (and engines differ
# on LCASE of non-ASCII text), so the candidates' names and codes are fetched and compared
# with ontology.keys.fold (NFC, Ð -> Đ, modern tone placement hoà -> hòa, case, punctuation).

_KG = f"<{GRAPH_KG.value}>"
_EXACT = """SELECT DISTINCT ?e ?label ?vi ?plain ?cls WHERE {
  GRAPH %s {
    %s
    { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?vi } UNION { ?e <http://www.w3.org/2004/02/skos/core#altLabel> ?vi }
    UNION { ?e <https://w3id.org/partykg/ontology#writtenAs> ?vi }
    UNION { ?e <https://w3id.org/partykg/ontology#code> ?plain } UNION { ?e <https://w3id.org/partykg/ontology#officialCode> ?plain }
    OPTIONAL { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }
  }
} ORDER BY ?e LIMIT 20"""
_CANDIDATES = """SELECT DISTINCT ?e ?v ?label ?cls WHERE {
  GRAPH %s {
    %s
    ?e <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel>|<https://w3id.org/partykg/ontology#writtenAs>|<https://w3id.org/partykg/ontology#code>|<https://w3id.org/partykg/ontology#officialCode> ?v .
    OPTIONAL { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }
  }
}"""


# A directive named by its kind and number alone ("Chỉ thị 05", "Nghị quyết số 21"): the
# directives of that kind whose code opens with that number.
_BY_NUMBER = """SELECT DISTINCT ?e ?code ?kind ?label ?cls WHERE {
  GRAPH %s {
    %s
    ?e <https://w3id.org/partykg/ontology#code> ?code ; <https://w3id.org/partykg/ontology#directiveKind> ?k .
    OPTIONAL { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label }
  }
  GRAPH <https://w3id.org/partykg/graph/ontology> {
    ?k <http://www.w3.org/2004/02/skos/core#prefLabel>|<http://www.w3.org/2004/02/skos/core#altLabel> ?kind
  }
}"""
_KIND_NUMBER_RE = re.compile(r"^(\D+?)\s+(?:số\s+)?0*(\d+)$", re.I)
# a central code written with "TƯ" (Trung ương) where the graph stores "TW"
_TU_RE = re.compile(r"/\s*TƯ(?!\w)", re.I)
# a party committee as articles name it ("Tỉnh ủy X", "Đảng ủy xã Y", "Ban Chấp hành Đảng bộ
# huyện Z") is the party organization the graph labels "Đảng bộ tỉnh X" (the committee's names
# are its alternative labels where a document writes them)
_COMMITTEE_RE = re.compile(r"^(?:ban chấp hành\s+(?=đảng bộ\s))?(?:(tỉnh|thành|huyện|quận|thị)\s+ủy|đảng\s+(?:ủy|bộ)\s+"
                           r"(xã|phường|thị trấn|tỉnh|thành phố|huyện|quận|thị xã))\s+(\S.*)$", re.I)


def committee_forms(value: str) -> list[str]:
    """The party organization's label a committee's name stands for ("Tỉnh ủy Sơn La" ->
    "Đảng bộ tỉnh Sơn La"); none for any other name."""
    m = _COMMITTEE_RE.match(modern_tones(nfc(value).strip()))
    if not m:
        return []
    unit = COMMITTEE_UNITS[m.group(1).lower()] if m.group(1) else m.group(2).lower()
    form = f"Đảng bộ {unit} {m.group(3)}"
    return [form] if fold(form) != fold(value) else []


def _code_number(code: str) -> int | None:
    """The number a code opens with ("05-CT/TW" -> 5), None for a code that opens otherwise."""
    m = re.match(r"\d+", code)
    return int(m.group()) if m else None


def _select(store: BaseStore, sparql: str, subs: dict) -> Result:
    return store.query(sparql, substitutions=subs)


def resolve_entity(store: BaseStore, value: str, cls: str | None = None, name: str = "entity") -> NamedNode:
    """The IRI of the one entity a name, code or IRI designates (QueryError if none or several)."""
    value = value.strip()
    if _ABSOLUTE_RE.match(value) or (":" in value and value.split(":", 1)[0] in PREFIXES and " " not in value):
        iri = _expand(value)
        if _IRI_RE.match(iri):
            return NamedNode(iri)
    restrict = "?e a ?cls ." if cls else ""
    subs: dict = {}
    if cls:
        subs[Variable("cls")] = NamedNode(_expand(cls))

    def label(row) -> str:
        return row.get("label").value if row.get("label") is not None else ""

    candidates: list = []

    def named(forms: list[str]) -> dict:
        found: dict = {}
        for form in forms:
            exact = nfc(form)
            r = _select(store, _EXACT % (_KG, restrict),
                        {**subs, Variable("vi"): Literal(exact, language="vi"), Variable("plain"): Literal(exact)})
            found.update((row["e"].value, label(row)) for row in r.rows)
        if found:
            return found
        # Folded comparison here, not in SPARQL: engines differ on LCASE of non-ASCII strings
        # (Virtuoso compares an LCASE result with a bound string as unequal).
        keys = {fold(form) for form in forms}
        if not candidates:
            candidates.extend(_select(store, _CANDIDATES % (_KG, restrict), subs).rows)
        return {row["e"].value: label(row) for row in candidates if fold(row["v"].value) in keys}

    # the name as given (a code with "TƯ" also as "TW"), and the body a committee's name stands
    # for: a document that wrote "Huyện ủy X" gave one body that name, but every body named
    # "Đảng bộ huyện X" answers to it
    found = named(list(dict.fromkeys([value, _TU_RE.sub("/TW", value)])))
    committee = committee_forms(value)
    if committee:
        found = {**named(committee), **found}
    m = _KIND_NUMBER_RE.match(value)
    if not found and m:
        kind, number = fold(m.group(1)), int(m.group(2))
        r = _select(store, _BY_NUMBER % (_KG, restrict), subs)
        found = {row["e"].value: label(row) for row in r.rows
                 if fold(row["kind"].value) == kind and _code_number(row["code"].value) == number}
    if not found:
        what = f" of class {cls}" if cls else ""
        raise QueryError(f"parameter {name}: nothing{what} in the graph is named or coded {value!r}")
    if len(found) > 1:
        listing = "; ".join(f"{label} <{iri}>" for iri, label in sorted(found.items())[:5])
        raise QueryError(f"parameter {name}: {value!r} names {len(found)} entities ({listing}); give the IRI")
    return NamedNode(next(iter(found)))


def bind(query: NamedQuery, given: dict[str, str], store: BaseStore | None = None) -> dict:
    """Substitutions for the query's declared parameters (given values, else defaults).

    SPARQL text without metadata (``--sparql``, a bare .rq file) takes given values as plain
    strings, bound to its variables of those names. A name the query does not take is refused,
    whatever the query: a value nothing reads would leave the answer silently unnarrowed."""
    declared = {p.name: p for p in query.params}
    if not declared and not query.meta and given:
        used = variables(query.sparql)  # the query's own tokens: not a comment's or a string's
        absent = sorted(k for k in given if k not in used)
        if absent:
            raise QueryError(f"the SPARQL text has no variable {', '.join('?' + k for k in absent)} "
                             "to bind a parameter to")
        return {Variable(k): Literal(v) for k, v in given.items()}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        valid = f"parameters: {', '.join(declared)}" if declared else "it takes no parameters"
        raise QueryError(f"query {query.name} has no parameter {', '.join(unknown)} ({valid})")
    subs = {}
    for name, p in declared.items():
        value = given.get(name, p.default)
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        if p.type == "entity":
            if store is None:
                raise QueryError(f"parameter {name}: an entity needs a store to be resolved")
            subs[Variable(p.var)] = resolve_entity(store, str(value), p.cls, name)
        else:
            subs[Variable(p.var)] = to_term(p, str(value))
            if p.scheme and store is not None:
                check_notation(store, p.scheme, str(value).strip())
    return subs


_NOTATIONS = """SELECT DISTINCT ?n WHERE {
  GRAPH %s { ?c <http://www.w3.org/2004/02/skos/core#inScheme> %s ;
                <http://www.w3.org/2004/02/skos/core#notation> ?n }
}"""


def check_notation(store: BaseStore, scheme_name: str, value: str) -> None:
    """Refuse a key that is no notation of the scheme's concepts in the store (a misspelt
    indicator would otherwise give an empty answer), naming the close ones. A store without
    the scheme (an endpoint holding no ontology) is not checked."""
    r = _select(store, _NOTATIONS % (f"<{GRAPH_ONTOLOGY.value}>", f"<{scheme(scheme_name).value}>"), {})
    keys = sorted(row["n"].value for row in r.rows)
    if not keys or value in keys:
        return
    close = difflib.get_close_matches(value, keys, n=3, cutoff=0.75)
    if close:
        raise QueryError(f"unknown {scheme_name} {value!r}; did you mean {' or '.join(close)}?")
    plain = [k for k in keys if not k.startswith("group-")] or keys  # groups gather keys, no figure has one
    raise QueryError(f"unknown {scheme_name} {value!r}; keys include {', '.join(plain[:6])}, … "
                     f"({len(plain)} in all)")


def execute(store: BaseStore, sparql: str, subs: dict | None, *, mode: str = "values") -> Result:
    """Run SPARQL with bound variables on any store (see the module docstring for how).

    ``mode="values"`` (the default) binds through escaped VALUES blocks on every store, so every
    engine runs the same text; ``mode="substitutions"`` uses pyoxigraph's substitutions on the
    embedded store where it can (SELECT, projected variables). The two give the same rows (a
    test checks each library query); VALUES is the default because Oxigraph's planner sees
    their single row — measured on 1 M quads, entity-provenance ran 12x faster than with
    substitutions, which it plans as if the variable were free."""
    if subs and isinstance(store, EmbeddedStore):
        shown = projected(sparql) if query_form(sparql) == "select" else set()
        if mode == "values" or shown is None or not {v.value for v in subs} <= shown:
            sparql, subs = values_block(sparql, subs), None
    try:
        return store.query(sparql, substitutions=subs or None)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {str(e).splitlines()[0]}") from None
    except RuntimeError as e:  # pyoxigraph: evaluation errors, e.g. a bound variable not projected
        raise QueryError(f"query failed: {str(e).splitlines()[0]}") from None


def run(store: BaseStore, query: NamedQuery, params: dict[str, str] | None = None) -> Result:
    subs = bind(query, params or {}, store)
    try:
        return execute(store, query.sparql, subs)
    except QueryError as e:
        raise QueryError(f"{query.path or query.name}: {e}") from None


def run_text(store: BaseStore, sparql: str, params: dict[str, str] | None = None) -> Result:
    """Ad-hoc SPARQL text; its ``#+`` metadata, if any, declares parameters."""
    return run(store, parse_query_text(sparql, "sparql"), params)


# ----------------------------------------------------------------------------- formats

def cell(term) -> str:
    """A term as a table cell: the IRI, the literal's lexical form, or empty."""
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return term.value


def _is_number(term) -> bool:
    return isinstance(term, Literal) and term.datatype in (XSD.integer, XSD.decimal, XSD.double) or (
        isinstance(term, Literal) and term.datatype is not None
        and term.datatype.value.endswith(("#int", "#long", "#float", "#nonNegativeInteger")))


def _numeric_columns(result: Result) -> list[bool]:
    """For each column, whether it holds numbers: one at least, and nothing but numbers and
    empty cells (a column empty in every row is no number column)."""
    return [any(_is_number(r.get(v)) for r in result.rows)
            and all(_is_number(r.get(v)) or r.get(v) is None for r in result.rows)
            for v in result.variables]


def to_csv(result: Result, delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow([cell(row.get(v)) for v in result.variables])
    return buf.getvalue()


def to_tsv(result: Result) -> str:
    """Tab-separated values: tabs and newlines inside cells become spaces (one row per line)."""
    lines = ["\t".join(result.variables)]
    for row in result.rows:
        lines.append("\t".join(re.sub(r"[\t\r\n]+", " ", cell(row.get(v))) for v in result.variables))
    return "\n".join(lines) + "\n"


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


def to_markdown(result: Result) -> str:
    """A GitHub-flavoured Markdown table; numbers right-aligned."""
    def esc(text: str) -> str:
        return re.sub(r"\s*[\r\n]+\s*", " ", text).replace("\\", "\\\\").replace("|", "\\|")

    numeric = _numeric_columns(result)
    lines = ["| " + " | ".join(esc(v) for v in result.variables) + " |",
             "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
    for row in result.rows:
        lines.append("| " + " | ".join(esc(cell(row.get(v))) for v in result.variables) + " |")
    return "\n".join(lines) + "\n"


_LATEX = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
          "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
          "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}"}
LATEX_LONG_ROWS = 30  # more rows than this: a longtable, which breaks across pages
LATEX_WRAP = 60  # a text column with a longer cell wraps in a paragraph column


def latex_escape(text: str) -> str:
    text = re.sub(r"\s*[\r\n]+\s*", " ", text)
    text = "".join(_LATEX.get(ch, ch) for ch in text)
    # after a row's \\ (or a rule) "[" and "*" would be read as its options: keep them text
    return "{}" + text if text[:1] in ("[", "*") else text


def printed(term) -> str:
    """A term as a printed table shows it: an IRI as a prefixed name of the project's prefixes
    (``id:place/03430``, ``pkg:Directive``), else as cell() gives it."""
    return prefixed(term.value) if isinstance(term, NamedNode) else cell(term)


def to_latex(result: Result) -> str:
    """A booktabs table (\\toprule, \\midrule, \\bottomrule): numbers right-aligned, text
    left-aligned, IRIs as prefixed names. A text column with a cell longer than LATEX_WRAP
    characters wraps, ragged right, in a paragraph column; a table of more than LATEX_LONG_ROWS
    rows is a longtable, which breaks across pages and repeats its header on each.

    Needs ``\\usepackage{booktabs}``, ``array`` when a column wraps, ``longtable`` for a long
    table and, for Vietnamese, a Unicode engine or ``[T5]{fontenc}``."""
    numeric = _numeric_columns(result)
    table = [[printed(row.get(v)) for v in result.variables] for row in result.rows]
    wrapped = [not n and any(len(texts[i]) > LATEX_WRAP for texts in table) for i, n in enumerate(numeric)]
    width = min(0.4, round(0.6 / max(1, sum(wrapped)), 2))
    spec = "".join("r" if n else f">{{\\raggedright\\arraybackslash}}p{{{width}\\linewidth}}" if w else "l"
                   for n, w in zip(numeric, wrapped))
    head = " & ".join(latex_escape(v) for v in result.variables) + " \\\\"
    rows = []
    for texts in table:
        cells = [latex_escape(t) for t in texts]
        # a long path or IRI may break after its slashes in a wrapped column
        cells = [c.replace("/", "/\\allowbreak{}") if w else c for c, w in zip(cells, wrapped)]
        rows.append(" & ".join(cells) + " \\\\")
    if len(result.rows) > LATEX_LONG_ROWS:
        lines = [f"\\begin{{longtable}}{{{spec}}}", "\\toprule", head, "\\midrule", "\\endfirsthead",
                 "\\toprule", head, "\\midrule", "\\endhead", "\\bottomrule", "\\endlastfoot",
                 *rows, "\\end{longtable}"]
    else:
        lines = [f"\\begin{{tabular}}{{{spec}}}", "\\toprule", head, "\\midrule", *rows,
                 "\\bottomrule", "\\end{tabular}"]
    return "\n".join(lines) + "\n"


def graph_text(triples, fmt: str) -> str:
    """CONSTRUCT / DESCRIBE results: Turtle and N-Triples by pyoxigraph; JSON-LD compacted
    with the project's prefixes as its @context (rdflib, whose serializer takes a context)."""
    from pyoxigraph import RdfFormat, serialize

    if fmt in ("ttl", "turtle", "table"):
        return serialize(triples, format=RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    if fmt in ("nt", "ntriples"):
        return serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8")
    if fmt in ("jsonld", "json-ld", "json"):
        import rdflib

        g = rdflib.Graph()
        g.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
        return g.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    raise ValueError(f"unknown format {fmt!r} for a graph (one of ttl, jsonld, nt)")
