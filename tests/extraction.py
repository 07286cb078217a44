"""What the extractor tests share: read a text written for a test through the pipeline, and
look at what the document then states (labels, organizations, directives, who carries out what)."""

from __future__ import annotations

from partykg.loaders.pipeline import Pipeline, load_text
from partykg.ontology.terms import ORG, PKG, RDF, RDFS


def read(pipeline: Pipeline, text: str):
    return load_text(text, source="memory:test", pipeline=pipeline)


def labels(doc) -> dict[str, str]:
    """IRI -> label of everything the document labels."""
    return {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}


def organizations(doc) -> dict[str, str]:
    """label -> IRI of every organization the document describes."""
    lab = labels(doc)
    return {lab[f.s.value]: f.s.value for f in doc.facts if f.p == RDF.type and f.o == ORG.Organization}


def named_orgs(doc) -> dict:
    """label -> organization of every body the text itself names (bodies only inferred, with no
    surface form in the text, are left out)."""
    return {o.label: o for o in doc.context["organizations"].values() if o.surfaces}


def orgs(text: str, pipeline: Pipeline) -> dict:
    """label -> organization of every body a text written for a test names."""
    return named_orgs(read(pipeline, text))


def directives(doc) -> set[str]:
    """The labels of the directives the document names."""
    lab = labels(doc)
    return {lab[f.s.value] for f in doc.facts if f.p == PKG.directiveKind}


def held_posts(doc) -> set[tuple[str, str, str]]:
    """(person, title, organization) label triples: every post a person holds."""
    lab = labels(doc)
    title = {f.s.value: f.o.value for f in doc.facts if f.p == PKG.postTitle}
    org = {f.s.value: lab[f.o.value] for f in doc.facts if f.p == ORG.postIn}
    return {(lab[f.s.value], title[f.o.value], org[f.o.value]) for f in doc.facts if f.p == ORG.holds}


def former_posts(doc) -> set[tuple[str, str, str]]:
    """(person, title, organization) label triples: every post a person held before ("nguyên …")."""
    lab = labels(doc)
    title = {f.s.value: f.o.value for f in doc.facts if f.p == PKG.postTitle}
    org = {f.s.value: lab[f.o.value] for f in doc.facts if f.p == ORG.postIn}
    return {(lab[f.s.value], title[f.o.value], org[f.o.value]) for f in doc.facts if f.p == PKG.formerlyHeld}


def carries_out(doc) -> set[tuple[str, str]]:
    """(organization, directive) label pairs: who carries out what, as the document states."""
    lab = labels(doc)
    return {(lab[f.s.value], lab[f.o.value]) for f in doc.facts if f.p == PKG.carriesOut}


def carried_out(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    """(organization, directive) label pairs: who carries out what, as the text says."""
    return carries_out(read(pipeline, text))


LINKS = ("continues", "implements", "concretizes", "amends", "replaces", "references")


def directive_links(doc) -> set[tuple[str, str, str]]:
    """(directive, relation, directive) triples: every link between directives, by label."""
    lab = labels(doc)
    return {(lab[f.s.value], f.p.value.rsplit("#", 1)[-1], lab[f.o.value]) for f in doc.facts
            if f.p.value.rsplit("#", 1)[-1] in LINKS}


def figure_subjects(doc, key=lambda figure: figure.value) -> dict:
    """key(figure) -> the label of the organization or place each figure is about."""
    lab = labels(doc)
    return {key(o.figure): lab.get(o.figure.subject.value) for o in doc.context["outcomes"]}
