"""A selected subgraph as drawable nodes and edges: the one model every view and export reads.

The command line selects triples from the store and hands them here with the labels of
concepts and properties and the evidence behind each fact; this module decides what becomes
a node (entities), what becomes an attribute (literals, SKOS concepts) and how each class
looks (colour, shape, legend entry). It knows the ontology's terms and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from ..ontology.terms import BASE, ORG, PKG, QB, RDF, RDFS, SCHEMA, SKOS, prefixed

VOCAB = BASE + "vocab/"


@dataclass(frozen=True)
class Style:
    """How one class of node looks, in the browser (vis shape) and in figures (marker)."""

    key: str
    vi: str
    en: str
    color: str
    shape: str
    marker: str


# Most specific first: a node takes the first style whose class it has.
STYLES: tuple[tuple[Style, tuple[NamedNode, ...]], ...] = (
    (Style("directive", "Văn bản", "Directive", "#f1c40f", "box", "s"), (PKG.Directive, SCHEMA.Legislation)),
    (Style("party", "Tổ chức Đảng", "Party organization", "#e41a1c", "dot", "o"), (PKG.PartyOrganization,)),
    (Style("government", "Chính quyền", "Government body", "#377eb8", "square", "s"), (PKG.GovernmentOrganization,)),
    (Style("mass", "Đoàn thể", "Mass organization", "#4daf4a", "hexagon", "h"), (PKG.MassOrganization,)),
    (Style("organization", "Tổ chức khác", "Other organization", "#984ea3", "dot", "o"),
     (PKG.PublicBody, ORG.Organization, PKG.Organization)),
    (Style("place", "Địa bàn", "Place", "#ff7f00", "triangle", "^"), (PKG.Place,)),
    (Style("person", "Người", "Person", "#a65628", "star", "*"), (PKG.Person, SCHEMA.Person)),
    (Style("post", "Chức vụ", "Post", "#f781bf", "diamond", "D"), (ORG.Post,)),
    (Style("observation", "Số liệu", "Observation", "#7f7f7f", "triangleDown", "v"),
     (PKG.Observation, QB.Observation)),
    (Style("document", "Bài báo", "Document", "#66c2a5", "database", "p"), (PKG.Document, SCHEMA.NewsArticle)),
)
OTHER = Style("other", "Khác", "Other", "#bbbbbb", "ellipse", "o")
STYLE_BY_KEY = {s.key: s for s, _ in STYLES} | {OTHER.key: OTHER}

# Vietnamese names of the W3C properties the ontology reuses without labelling them itself.
PROPERTY_LABELS = {
    ORG.subOrganizationOf.value: "trực thuộc", ORG.holds.value: "giữ chức vụ", ORG.postIn.value: "chức vụ của",
    SCHEMA.mentions.value: "nhắc đến", SKOS.altLabel.value: "tên khác", SCHEMA.headline.value: "tiêu đề",
    SCHEMA.datePublished.value: "ngày đăng",
}

# Properties shown in a tooltip before the others, in this order.
KEY_FACTS = (PKG.code, PKG.officialCode, PKG.unitType, PKG.adminLevel, PKG.orgKind, PKG.level,
             PKG.directiveKind, PKG.issued, PKG.about, PKG.postTitle, PKG.indicator, PKG.value,
             PKG.unit, PKG.qualifier, PKG.periodStart, PKG.periodEnd, PKG.isTarget,
             SCHEMA.datePublished, SCHEMA.headline, SKOS.altLabel)


def short(iri: str) -> str:
    """A prefixed name (``pkg:partOf``) when a project prefix fits, else the IRI."""
    return prefixed(iri)


@lru_cache(maxsize=4096)
def local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class Evidence:
    """One sentence stating a fact: its quote and the document it comes from."""

    quote: str
    document: str  # the document's source (path or URL)
    title: str = ""
    sentence: str = ""  # the sentence IRI (…#char=a,b)


@dataclass
class Node:
    iri: str
    label: str = ""
    classes: list[str] = field(default_factory=list)
    attrs: list[tuple[str, str]] = field(default_factory=list)  # (property IRI, shown value)
    evidence: list[Evidence] = field(default_factory=list)
    style: Style = OTHER


@dataclass
class Edge:
    source: str
    target: str
    predicate: str
    label: str = ""
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Subgraph:
    """Nodes keyed by IRI and edges between them, plus what was asked to get them."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    title: str = ""
    selection: str = ""  # the command-line selection, e.g. "--around 'Tà Mung' --hops 2"

    def styles_present(self) -> list[Style]:
        keys = {n.style.key for n in self.nodes.values()}
        return [s for s in list(STYLE_BY_KEY.values()) if s.key in keys]


def _term_text(term, labels: dict[str, str]) -> str:
    if isinstance(term, Literal):
        return term.value
    if isinstance(term, NamedNode):
        return labels.get(term.value) or (local_name(term.value) if term.value.startswith(VOCAB) else term.value)
    return str(term)


def _is_entity(term) -> bool:
    """IRIs of things (not SKOS concepts of the vocabularies) become nodes."""
    return isinstance(term, (NamedNode, BlankNode)) and not (
        isinstance(term, NamedNode) and term.value.startswith(VOCAB))


def _fallback_label(node: Node) -> str:
    attrs = dict(node.attrs)
    if node.style.key == "observation":
        ind = attrs.get(PKG.indicator.value, "?")
        value = attrs.get(PKG.value.value, "")
        unit = attrs.get(PKG.unit.value, "")
        return f"{ind}: {value} {unit}".strip()
    if node.style.key == "post" and PKG.postTitle.value in attrs:
        return attrs[PKG.postTitle.value]
    if node.style.key == "document" and SCHEMA.headline.value in attrs:
        return attrs[SCHEMA.headline.value]
    return local_name(node.iri)


def build_subgraph(
    triples: Iterable[Triple],
    *,
    focus: Iterable[str] | None = None,
    labels: dict[str, str] | None = None,
    evidence: dict[tuple[str, str, str], list[Evidence]] | None = None,
    title: str = "",
    selection: str = "",
) -> Subgraph:
    """Nodes and edges from triples.

    ``focus`` (IRIs) are the selected entities: every one becomes a node, and an edge is kept
    only between two of them. Without ``focus`` every entity a triple names is selected.
    ``labels`` name SKOS concepts and properties (IRI → Vietnamese label); ``evidence`` maps a
    fact (s, p, o as ``str()`` of the terms) to the sentences that state it.
    """
    triples = list(triples)
    labels = labels or {}
    evidence = evidence or {}
    if focus is None:
        chosen: set[str] = set()
        for t in triples:
            if t.predicate == RDF.type:
                chosen.add(t.subject.value)
                continue
            for term in (t.subject, t.object):
                if _is_entity(term):
                    chosen.add(term.value)
    else:
        chosen = set(focus)
    g = Subgraph(title=title, selection=selection)
    for iri in sorted(chosen):
        g.nodes[iri] = Node(iri)
    vi_label: dict[str, str] = {}
    seen_edges: set[tuple[str, str, str]] = set()
    for t in triples:
        s = t.subject.value
        node = g.nodes.get(s)
        if node is None:
            continue
        p = t.predicate.value
        o = t.object
        if t.predicate == RDF.type:
            node.classes.append(o.value)
        elif t.predicate == RDFS.label:
            if isinstance(o, Literal) and (o.language == "vi" or s not in vi_label):
                vi_label[s] = o.value
        elif _is_entity(o) and o.value in g.nodes:
            key = (s, p, o.value)
            if key not in seen_edges:
                seen_edges.add(key)
                g.edges.append(Edge(s, o.value, p, labels.get(p) or local_name(p),
                                    evidence.get((str(t.subject), str(t.predicate), str(o)), [])))
        elif p == SCHEMA.mentions.value:
            continue  # a document's mentions are drawn as edges only when both ends are selected
        else:
            node.attrs.append((p, _term_text(o, labels)))
        for ev in evidence.get((str(t.subject), str(t.predicate), str(o)), []):
            if ev not in node.evidence:
                node.evidence.append(ev)
    order = {k.value: i for i, k in enumerate(KEY_FACTS)}
    for node in g.nodes.values():
        node.classes = sorted(set(node.classes))
        node.style = style_for(node.classes)
        node.attrs = sorted(set(node.attrs), key=lambda a: (order.get(a[0], len(order)), a[0], a[1]))
        node.label = vi_label.get(node.iri) or _fallback_label(node)
    g.edges.sort(key=lambda e: (e.source, e.predicate, e.target))
    return g


def style_for(classes: Iterable[str]) -> Style:
    have = set(classes)
    for style, kinds in STYLES:
        if any(k.value in have for k in kinds):
            return style
    return OTHER


def tooltip(node: Node, labels: dict[str, str] | None = None, max_evidence: int = 3) -> str:
    """A plain-text tooltip: label, class, key facts, IRI and the sentences stating it."""
    labels = labels or {}
    lines = [node.label, f"Loại / type: {node.style.vi} ({', '.join(short(c) for c in node.classes) or '—'})"]
    for p, v in node.attrs[:12]:
        lines.append(f"{labels.get(p) or local_name(p)}: {clip(v, 120)}")
    if len(node.attrs) > 12:
        lines.append(f"… {len(node.attrs) - 12} more")
    lines.append(node.iri)
    lines += evidence_lines(node.evidence, max_evidence)
    return "\n".join(lines)


def evidence_lines(evidence: list[Evidence], max_evidence: int = 3) -> list[str]:
    if not evidence:
        return []
    docs = sorted({e.document for e in evidence})
    out = [f"Nguồn / evidence: {len(evidence)} câu, {len(docs)} bài"]
    for e in evidence[:max_evidence]:
        out.append(f"« {clip(e.quote, 220)} »")
        out.append(f"  — {e.title + ' · ' if e.title else ''}{e.document}")
    if len(evidence) > max_evidence:
        out.append(f"… {len(evidence) - max_evidence} more")
    return out


def clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
