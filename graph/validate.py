"""SHACL validation of the store against the ontology's shapes (pySHACL), with a short report.

The knowledge graph and the provenance graph are read out of the store as N-Triples and
checked with the ontology and SKOS vocabularies as background (so "a concept of the indicator
scheme" can be seen). No RDFS/OWL inference runs: the loaders state every type the shapes
target, and the subclass axioms of the ontology graph are enough for sh:class. The report
counts violations by shape and path and shows a few examples each, never a dump of thousands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..ontology import shapes_file, ttl_files
from ..ontology.terms import GRAPH_KG, GRAPH_PROVENANCE, PKG, prefixed
from .store import BaseStore

EXAMPLES = 3  # focus nodes shown per group of results
XSD_NS = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class Finding:
    """Results of one constraint (shape, path, message) with a few of their focus nodes."""

    severity: str  # "Violation", "Warning", "Info"
    shape: str  # the node shape, e.g. "pkgsh:Place"
    path: str  # the property path, e.g. "rdfs:label" ("" for node-level constraints)
    message: str
    count: int = 0
    examples: list[str] = field(default_factory=list)


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    findings: list[Finding]

    @property
    def violations(self) -> int:
        return sum(f.count for f in self.findings if f.severity == "Violation")

    @property
    def warnings(self) -> int:
        return sum(f.count for f in self.findings if f.severity != "Violation")

    def summary(self) -> str:
        """A readable report: one header line, then per constraint a count and examples."""
        head = (f"conforms: {self.triples} triples checked, no violation" if self.conforms else
                f"does not conform: {self.violations} violation(s) in {self.triples} triples checked")
        if self.warnings:
            head += f", {self.warnings} warning(s)"
        lines = [head]
        order = {"Violation": 0, "Warning": 1}
        for f in sorted(self.findings, key=lambda f: (order.get(f.severity, 2), -f.count, f.shape, f.path)):
            where = f"{f.shape} {f.path}".strip()
            lines.append(f"  {f.count:>5} × {f.severity.lower()}  {where}: {f.message}")
            lines += [f"          e.g. {e}" for e in f.examples]
            if f.count > len(f.examples):
                lines.append(f"          … and {f.count - len(f.examples)} more")
        return "\n".join(lines)


def short(term) -> str:
    """A term with the project's prefixes (pkg:Place, id:place/00123), else as N-Triples."""
    import rdflib

    if isinstance(term, rdflib.URIRef):
        s = str(term)
        p = prefixed(s)
        if p != s:
            return p
        if s.startswith("https://w3id.org/partykg/shapes#"):
            return "pkgsh:" + s.split("#", 1)[1]
        return f"<{s}>"
    if term is None:
        return "?"
    if isinstance(term, rdflib.Literal):
        plain = str(term.datatype) in (XSD_NS + "integer", XSD_NS + "decimal", XSD_NS + "boolean", XSD_NS + "gYear")
        text = str(term) if plain else term.n3()
        return text if len(text) <= 80 else text[:77] + "…"
    return "[]"


def store_graph(store: BaseStore, *, provenance: bool = True):
    """The knowledge graph (and provenance graph) of the store as one rdflib Graph."""
    import rdflib

    graphs = [GRAPH_KG, GRAPH_PROVENANCE] if provenance else [GRAPH_KG]
    lines = [f"{q.subject} {q.predicate} {q.object} ." for g in graphs for q in store.quads(None, None, None, g)]
    data = rdflib.Graph()
    if lines:
        data.parse(data="\n".join(lines), format="nt")
    return data


def ontology_graph():
    import rdflib

    ont = rdflib.Graph()
    for f in ttl_files():
        with f.open("rb") as fh:
            ont.parse(fh, format="turtle")
    return ont


def shapes_graph():
    import rdflib

    with shapes_file().open("rb") as fh:
        return rdflib.Graph().parse(fh, format="turtle")


SH_IRI = "http://www.w3.org/ns/shacl#"


class _Groups:
    """Results grouped by (severity, shape, path, message), with a few examples each."""

    def __init__(self, data) -> None:
        self.data = data
        self.groups: dict[tuple, Finding] = {}
        self.labels: dict = {}

    def add(self, severity: str, shape: str, path: str, message: str, focus, value=None,
            detail: str = "") -> None:
        import rdflib
        from rdflib import RDFS

        key = (severity, shape, path, message)
        f = self.groups.get(key)
        if f is None:
            f = self.groups[key] = Finding(severity, shape, path, message)
        f.count += 1
        if len(f.examples) >= EXAMPLES:
            return
        if focus not in self.labels:
            self.labels[focus] = next(iter(self.data.objects(focus, RDFS.label)), None) or next(
                iter(self.data.objects(focus, rdflib.URIRef(PKG.postTitle.value))), None)
        label = self.labels[focus]
        ex = short(focus) + (f" ({label})" if label is not None else "")
        if value is not None and value != focus:
            ex += f" — value {short(value)}"
        if detail:
            ex += f" — {detail}"
        if ex not in f.examples:
            f.examples.append(ex)

    def findings(self) -> list[Finding]:
        for f in self.groups.values():
            f.examples.sort()
        return list(self.groups.values())


def _split_sparql(shapes):
    """The shapes without their SPARQL constraints, and those constraints as whole-graph queries.

    pySHACL parses a SPARQL constraint's query again for every focus node (~0.1 s each with
    rdflib), which makes a few hundred places take a minute. Bound to no focus node and joined
    with the target class instead, each query is parsed and run once; the answer is the same.
    """
    import rdflib

    SH = rdflib.Namespace(SH_IRI)
    prefixes = "".join(f"PREFIX {shapes.value(d, SH.prefix)}: "
                       f"<{shapes.value(d, SH.namespace)}>\n" for d in shapes.objects(None, SH.declare))
    prefixes += "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    core = rdflib.Graph()
    for t in shapes:
        core.add(t)
    queries = []
    for node_shape, constraint in list(shapes.subject_objects(SH.sparql)):
        core.remove((node_shape, SH.sparql, constraint))
        select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        classes = list(shapes.objects(node_shape, SH.targetClass))
        target = " UNION ".join(f"{{ ?this rdf:type/rdfs:subClassOf* <{c}> }}" for c in classes)
        where = select.index("{", select.upper().index("WHERE"))
        query = prefixes + select[:where + 1] + f" {target} " + select[where + 1:]
        severity = str(shapes.value(node_shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        queries.append((short(node_shape), severity, str(shapes.value(constraint, SH.message)), query))
    return core, queries


@lru_cache(maxsize=64)
def _prepared(query: str):
    """A SPARQL query parsed once per process (rdflib's parser is the slow part)."""
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(query)


def validate_graph(data, *, ontology=None, shapes=None) -> ValidationReport:
    """Validate an rdflib graph against the shapes, with the ontology graph as background."""
    import re

    import rdflib
    from pyshacl import validate
    from rdflib import RDF

    SH = rdflib.Namespace(SH_IRI)
    shapes = shapes if shapes is not None else shapes_graph()
    ontology = ontology if ontology is not None else ontology_graph()
    # The vocabularies' concepts (skos:inScheme) and the subclass axioms must sit beside the
    # data: shapes look them up from the focus nodes. pySHACL only mixes an ont_graph in when
    # it runs inference, so merge the two here.
    merged = rdflib.Graph()
    for t in data:
        merged.add(t)
    for t in ontology:
        merged.add(t)
    core, sparql = _split_sparql(shapes)
    conforms, results, _ = validate(merged, shacl_graph=core, inference="none",
                                    advanced=True, allow_warnings=True, inplace=True)
    if not hasattr(results, "subjects"):  # pySHACL hands back a failure object, not a report
        raise ValueError(f"the shapes cannot be applied: {results}")
    groups = _Groups(data)
    # the node shape a property shape belongs to, for a readable name; a shared property
    # shape (one label) is named after the node shape whose target the focus node has
    owners: dict = {}
    for ns, ps in shapes.subject_objects(SH.property):
        owners.setdefault(ps, []).append(ns)

    def owner(source, focus):
        candidates = owners.get(source, [source])
        for ns in candidates:
            if any((focus, RDF.type, c) in data for c in shapes.objects(ns, SH.targetClass)):
                return ns
        return candidates[0]

    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        source = results.value(r, SH.sourceShape)
        path = results.value(r, SH.resultPath)
        message = str(results.value(r, SH.resultMessage) or short(results.value(r, SH.sourceConstraintComponent)))
        focus = results.value(r, SH.focusNode)
        groups.add(severity, short(owner(source, focus)), short(path) if path is not None else "",
                   message, focus, results.value(r, SH.value))
    for shape, severity, message, query in sparql:
        # a focus node reached through two target classes (or subclass paths) counts once
        seen = set()
        for row in merged.query(_prepared(query)):
            if tuple(row) in seen:
                continue
            seen.add(tuple(row))
            binding = row.asdict()
            # group by the message as written; the bound values go with the example
            template = re.sub(r"\s*\(?\{[?$]\w+\}\)?", "", message)
            detail = ", ".join(f"{k} {short(v)}" for k, v in binding.items() if k != "this")
            groups.add(severity, shape, "", template, binding.get("this"), detail=detail)
            if severity == "Violation":
                conforms = False
    return ValidationReport(bool(conforms), len(data), groups.findings())


def validate_store(store: BaseStore, *, provenance: bool = True) -> tuple[bool, str, int]:
    """(conforms, readable summary, number of triples checked) for the store's graphs."""
    report = validate_graph(store_graph(store, provenance=provenance))
    return report.conforms, report.summary(), report.triples
