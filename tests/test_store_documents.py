"""The store keeps one deduplicated knowledge graph and, beside it, each document's evidence.
Writing is per document; re-ingest replaces a document's evidence; a fact leaves the knowledge
graph only when no other document still states it. A real on-disk store, hand-made facts."""

from __future__ import annotations

from pyoxigraph import NamedNode

from partykg.graph.store import DocumentQuads, EmbeddedStore
from partykg.loaders.document import Doc, Sentence
from partykg.loaders.pipeline import to_quads
from partykg.ontology.terms import GRAPH_KG, PKG, RDF, RDFS, document_iri, lit

TA_HUA = NamedNode("https://w3id.org/partykg/id/place/test-ta-hua")
NAM_LUONG = NamedNode("https://w3id.org/partykg/id/place/test-nam-luong")
VERSIONS = {"places": "1"}


def make(source: str, text: str, facts: list[tuple]) -> DocumentQuads:
    """A document whose first sentence states ``facts`` (as the places extractor)."""
    doc = Doc(source=source, text=text, iri=document_iri(source))
    sentence = Sentence(0, 0, len(text), text)
    doc.sentences = [sentence]
    doc.add_fact(doc.iri, PKG.source, lit(source), sentence, "places")
    doc.add_fact(doc.iri, PKG.contentHash, lit(str(hash(text))), sentence, "places")
    for s, p, o in facts:
        doc.add_fact(s, p, o, sentence, "places")
    return DocumentQuads(doc.iri, source, str(hash(text)), to_quads(doc, VERSIONS))


def kg(store: EmbeddedStore) -> set:
    return {(q.subject, q.predicate, q.object) for q in store.quads(None, None, None, GRAPH_KG)}


def dump(store: EmbeddedStore) -> list[bytes]:
    return sorted(store.dump_nquads().splitlines())


TA_HUA_PLACE = (TA_HUA, RDF.type, PKG.Place)
TA_HUA_LABEL = (TA_HUA, RDFS.label, lit("Tà Hừa", lang="vi"))
NAM_LUONG_PLACE = (NAM_LUONG, RDF.type, PKG.Place)


def test_write_then_query(store):
    rep = store.write([make("a.txt", "Xã Tà Hừa có 9 chi bộ.", [TA_HUA_PLACE, TA_HUA_LABEL])])
    assert rep.added == ["a.txt"]
    r = store.query("SELECT ?l WHERE { GRAPH kg:kg { ?p a pkg:Place ; rdfs:label ?l } }")
    assert [row["l"].value for row in r.rows] == ["Tà Hừa"]


def test_rewriting_the_same_document_changes_nothing(store):
    a = make("a.txt", "Xã Tà Hừa có 9 chi bộ.", [TA_HUA_PLACE, TA_HUA_LABEL])
    store.write([a])
    before = dump(store)
    rep = store.write([make("a.txt", "Xã Tà Hừa có 9 chi bộ.", [TA_HUA_PLACE, TA_HUA_LABEL])])
    assert rep.unchanged == ["a.txt"] and dump(store) == before


def test_same_text_read_differently_is_replaced(store):
    """A new extractor version (same text, other facts) replaces the document's evidence."""
    store.write([make("a.txt", "Xã Tà Hừa có 9 chi bộ.", [TA_HUA_PLACE, TA_HUA_LABEL])])
    rep = store.write([make("a.txt", "Xã Tà Hừa có 9 chi bộ.", [TA_HUA_PLACE])])
    assert rep.replaced == ["a.txt"]
    assert TA_HUA_LABEL not in kg(store) and TA_HUA_PLACE in kg(store)


def test_changed_document_keeps_facts_another_document_states(tmp_path):
    a1 = make("a.txt", "Xã Tà Hừa và xã Nậm Lương.", [TA_HUA_PLACE, TA_HUA_LABEL, NAM_LUONG_PLACE])
    b = make("b.txt", "Xã Tà Hừa có 9 chi bộ.", [TA_HUA_PLACE])
    a2 = make("a.txt", "Bài viết đã sửa, không nói gì về các xã.", [])
    s = EmbeddedStore(tmp_path / "s")
    s.write([a1, b])
    rep = s.write([a2])
    assert rep.replaced == ["a.txt"]
    facts = kg(s)
    assert TA_HUA_PLACE in facts  # b still states it
    assert TA_HUA_LABEL not in facts and NAM_LUONG_PLACE not in facts  # only a stated them
    fresh = EmbeddedStore(tmp_path / "fresh")
    fresh.write([b, a2])
    assert dump(s) == dump(fresh)


def test_remove_takes_exactly_what_only_that_document_stated(tmp_path):
    a = make("a.txt", "Xã Tà Hừa và xã Nậm Lương.", [TA_HUA_PLACE, TA_HUA_LABEL, NAM_LUONG_PLACE])
    b = make("b.txt", "Xã Tà Hừa có 9 chi bộ.", [TA_HUA_PLACE])
    s = EmbeddedStore(tmp_path / "s")
    s.write([a, b])
    n_before = len(dump(s))
    removed = s.remove(a.iri)
    assert removed == n_before - len(dump(s)) > 0
    assert kg(s) == {(q.subject, q.predicate, q.object) for q in b.quads if q.graph_name == GRAPH_KG}
    assert TA_HUA_PLACE in kg(s)  # b states it too
    only_b = EmbeddedStore(tmp_path / "only-b")
    only_b.write([b])
    assert dump(s) == dump(only_b)
    assert s.remove(a.iri) == 0  # removing again: nothing left of it


def test_documents_and_find_document(store):
    store.write([make("/data/x/001_abc.txt", "Xã Tà Hừa.", [TA_HUA_PLACE])])
    iri = document_iri("/data/x/001_abc.txt")
    assert store.documents() == [(iri, "/data/x/001_abc.txt")]
    for ref in ("/data/x/001_abc.txt", "001_abc.txt", "001_abc", iri.value):
        assert store.find_document(ref) == iri
    assert store.find_document("002") is None


def test_ontology_loads_once_and_reloads_when_changed(tmp_path, store):
    ttl = tmp_path / "o.ttl"
    ttl.write_text("@prefix ex: <http://example.org/> . ex:a ex:b [ ex:c 1 ] .\n", encoding="utf-8")
    store.load_ontology([ttl])
    first = dump(store)
    store.load_ontology([ttl])  # blank nodes and all: nothing to do
    assert dump(store) == first and len(first) == 2
    ttl.write_text("@prefix ex: <http://example.org/> . ex:a ex:b [ ex:c 2 ] .\n", encoding="utf-8")
    store.load_ontology([ttl])
    assert len(dump(store)) == 2 and dump(store) != first


def test_bulk_loaded_batch_equals_a_transactional_one(tmp_path):
    docs = [make(f"d{i}.txt", f"Văn bản số {i} nói về xã Tà Hừa.", [TA_HUA_PLACE, TA_HUA_LABEL]) for i in range(20)]
    tx, bulk = EmbeddedStore(tmp_path / "tx"), EmbeddedStore(tmp_path / "bulk")
    bulk.bulk_min = 1
    assert tx.write(docs).added == bulk.write(docs).added
    assert dump(tx) == dump(bulk)
    assert bulk.write(docs).unchanged == [d.source for d in docs]
