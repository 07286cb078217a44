"""to_quads writes every fact into the knowledge graph once and into the evidence graph of each
(sentence, extractor) that states it, with the sentence (quote, offsets, document) and the
extractor (name, version) described in the provenance graph. Hand-made facts."""

from __future__ import annotations

from collections import Counter

from pyoxigraph import NamedNode

from partykg.loaders.document import Doc, Sentence
from partykg.loaders.pipeline import to_quads
from partykg.ontology.terms import (GRAPH_KG, GRAPH_PROVENANCE, OA, PKG, RDF, RDFS, SCHEMA,
                                    document_iri, evidence_graph, extractor_iri, lit,
                                    sentence_iri)

XA = NamedNode("https://w3id.org/partykg/id/place/test-xa-a")
XB = NamedNode("https://w3id.org/partykg/id/place/test-xa-b")
VERSIONS = {"places": "3", "organizations": "7"}


def two_sentence_doc() -> tuple[Doc, Sentence, Sentence]:
    text = "Xã A sáp nhập vào xã B. Xã A có ba thôn."
    doc = Doc(source="t.txt", text=text, iri=document_iri("t.txt"))
    first, second = Sentence(0, 0, 23, text[:23]), Sentence(1, 24, len(text), text[24:])
    doc.sentences = [first, second]
    return doc, first, second


def in_graph(quads, g) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in quads if q.graph_name == g}


def test_a_repeated_fact_is_one_fact_with_one_evidence_per_sentence():
    doc, first, second = two_sentence_doc()
    place = (XA, RDF.type, PKG.Place)
    doc.add_fact(*place, first, "places")
    doc.add_fact(*place, first, "places")  # said twice in one sentence
    doc.add_fact(*place, second, "places")  # and again in the next one
    doc.add_fact(XA, RDFS.label, lit("A", lang="vi"), second, "places")
    quads = to_quads(doc, VERSIONS)
    assert len(quads) == len(set(quads))
    assert in_graph(quads, GRAPH_KG) == {place, (XA, RDFS.label, lit("A", lang="vi"))}
    g1 = evidence_graph(doc.iri, 0, 23, "places")
    g2 = evidence_graph(doc.iri, 24, len(doc.text), "places")
    assert in_graph(quads, g1) == {place}
    assert in_graph(quads, g2) == {place, (XA, RDFS.label, lit("A", lang="vi"))}


def test_each_evidence_graph_leads_to_its_sentence_document_and_extractor():
    doc, first, second = two_sentence_doc()
    doc.add_fact(XA, PKG.partOf, XB, first, "places")
    doc.add_fact(XB, RDF.type, PKG.Place, first, "organizations")
    doc.add_fact(XA, RDF.type, PKG.Place, second, "places")
    quads = to_quads(doc, VERSIONS)
    prov = in_graph(quads, GRAPH_PROVENANCE)
    s1 = sentence_iri(doc.iri, 0, 23)
    places, orgs = extractor_iri("places", "3"), extractor_iri("organizations", "7")
    for g, sentence, ext in [(evidence_graph(doc.iri, 0, 23, "places"), s1, places),
                             (evidence_graph(doc.iri, 0, 23, "organizations"), s1, orgs)]:
        assert {(g, RDF.type, PKG.Evidence), (g, PKG.sentence, sentence), (g, PKG.extractor, ext)} <= prov
    assert {(s1, OA.hasSource, doc.iri), (s1, OA.exact, lit("Xã A sáp nhập vào xã B.")),
            (s1, OA.start, lit(0)), (s1, OA.end, lit(23))} <= prov
    assert {(places, RDFS.label, lit("places")), (places, SCHEMA.softwareVersion, lit("3"))} <= prov
    # a sentence read by two extractors is described once; each extractor once per document
    counts = Counter((q.subject, q.predicate) for q in quads if q.graph_name == GRAPH_PROVENANCE)
    assert counts[(s1, OA.exact)] == 1 and counts[(places, RDFS.label)] == 1


def test_the_same_facts_give_the_same_quads_in_the_same_order():
    doc, first, second = two_sentence_doc()
    doc.add_fact(XA, PKG.partOf, XB, first, "places")
    doc.add_fact(XB, RDF.type, PKG.Place, second, "organizations")
    assert to_quads(doc, VERSIONS) == to_quads(doc, VERSIONS)
