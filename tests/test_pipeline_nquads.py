"""to_nquads writes canonical N-Quads: the bytes pyoxigraph itself serializes the document's
quads to (to_quads reads them back), so a fact's line is its identity and the store holds
exactly what to_quads describes. Hand-made facts, then the seed articles when they are at hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode, RdfFormat, parse, serialize

from partykg.loaders.document import Doc, Sentence
from partykg.loaders.pipeline import Pipeline, to_nquads, to_quads
from partykg.loaders.read import read_path
from partykg.ontology.terms import PKG, RDF, RDFS, XSD, document_iri, lit

XA = NamedNode("https://w3id.org/partykg/id/place/test-xa-a")
XB = NamedNode("https://w3id.org/partykg/id/place/test-xa-b")
VERSIONS = {"places": "3", "organizations": "7"}
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def doc_with_facts() -> Doc:
    text = 'Xã A có "ba" thôn.\nXã B sáp nhập vào xã A năm 2020.'
    doc = Doc(source="t.txt", text=text, iri=document_iri("t.txt"))
    first, second = Sentence(0, 0, 18, text[:18]), Sentence(1, 19, len(text), text[19:])
    doc.sentences = [first, second]
    doc.add_fact(XA, RDF.type, PKG.Place, first, "places")
    doc.add_fact(XA, RDFS.label, lit("A", lang="vi"), first, "places")
    doc.add_fact(XA, RDFS.label, lit("A", lang="vi"), first, "places")  # twice in one sentence
    doc.add_fact(XA, PKG.unitType, lit('xã "A"\nmới'), first, "places")  # escapes
    doc.add_fact(XA, PKG.value, lit(3), first, "organizations")
    doc.add_fact(XB, PKG.partOf, XA, second, "places")
    doc.add_fact(XB, PKG.validFrom, lit("2020-01-01", datatype=XSD.date), second, "places")
    doc.add_fact(XA, RDF.type, PKG.Place, second, "organizations")  # a fact stated again
    doc.add_fact(XB, PKG.value, lit(2.5), second, "organizations")
    return doc


def test_the_bytes_are_what_pyoxigraph_writes_of_to_quads():
    doc = doc_with_facts()
    quads = to_quads(doc, VERSIONS)
    data = to_nquads(doc, VERSIONS)
    assert data == serialize(quads, format=RdfFormat.N_QUADS)
    assert list(parse(data, format=RdfFormat.N_QUADS)) == quads


def test_a_document_without_facts_has_no_quads():
    doc = Doc(source="t.txt", text="Một câu.", iri=document_iri("t.txt"))
    assert to_nquads(doc, VERSIONS) == b"" and to_quads(doc, VERSIONS) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared corpus is not at hand")
def test_every_seed_article_gives_the_bytes_of_its_quads():
    pipe = Pipeline()
    for path in sorted(SEEDS.glob("*.txt")):
        for raw in read_path(path):
            doc = pipe.process(raw)
            assert to_nquads(doc, pipe.versions) == serialize(to_quads(doc, pipe.versions),
                                                              format=RdfFormat.N_QUADS), path.name
