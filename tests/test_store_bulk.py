"""New documents go into the store through Oxigraph's bulk loader when the batch is large, and
a batch is still all or nothing: nothing reaches the store until every quad of the batch has
been read, and then the loader's files are ingested in one step. A real on-disk store."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode, RdfFormat, serialize

from partykg.graph.store import ATOMIC_LOAD_MAX, DocumentQuads, EmbeddedStore, _chunks
from partykg.loaders.document import Doc, Sentence
from partykg.loaders.pipeline import to_quads
from partykg.ontology.terms import PKG, RDF, RDFS, document_iri, lit

VERSIONS = {"places": "1"}


def place(key: str) -> NamedNode:
    return NamedNode(f"https://w3id.org/partykg/id/place/test-{key}")


def make(source: str, n_places: int, shared: bool = True) -> DocumentQuads:
    """A document naming ``n_places`` places in one sentence (the first one shared by every
    document when ``shared``)."""
    text = f"Văn bản {source} kể tên {n_places} xã."
    doc = Doc(source=source, text=text, iri=document_iri(source))
    sentence = Sentence(0, 0, len(text), text)
    doc.sentences = [sentence]
    doc.add_fact(doc.iri, PKG.source, lit(source), sentence, "places")
    doc.add_fact(doc.iri, PKG.contentHash, lit(source), sentence, "places")
    first = 0 if shared else 1
    for i in range(first, first + n_places):
        p = place("shared" if i == 0 else f"{source}-{i}")
        doc.add_fact(p, RDF.type, PKG.Place, sentence, "places")
        doc.add_fact(p, RDFS.label, lit(f"Xã số {i}", lang="vi"), sentence, "places")
    return DocumentQuads(doc.iri, source, source, to_quads(doc, VERSIONS))


def dump(store: EmbeddedStore) -> list[bytes]:
    return sorted(store.dump_nquads().splitlines())


class BreaksAt(list):
    """The quads of a batch, but reading them fails at quad ``at`` (a bug, a full disk …)."""

    def __init__(self, quads, at: int) -> None:
        super().__init__(quads)
        self.at = at

    def __iter__(self):
        for i, q in enumerate(super().__iter__()):
            if i == self.at:
                raise OSError("the batch cannot be read any further")
            yield q


def test_a_large_batch_of_new_documents_is_bulk_loaded_and_equals_a_transaction(tmp_path):
    first = [make("old.txt", 50)]
    batch = [make(f"d{i}.txt", 300) for i in range(60)]  # ~40,000 quads: the bulk loader
    assert sum(len(d.quads) for d in batch) >= EmbeddedStore.bulk_min
    bulk, tx = EmbeddedStore(tmp_path / "bulk"), EmbeddedStore(tmp_path / "tx")
    tx.bulk_min = None
    for store in (bulk, tx):
        store.write(first)  # a store that already holds a document sharing a fact
        assert store.write(batch).added == [d.source for d in batch]
    assert dump(bulk) == dump(tx)
    assert bulk.write(batch).unchanged == [d.source for d in batch]


@pytest.mark.parametrize("bulk_min", [20_000, None], ids=["bulk loader", "transaction"])
def test_a_batch_that_fails_midway_leaves_the_store_as_it_was(tmp_path, bulk_min):
    store = EmbeddedStore(tmp_path / "s")
    store.bulk_min = bulk_min
    store.write([make("old.txt", 50)])
    before = dump(store)
    quads = [q for i in range(60) for q in make(f"d{i}.txt", 300).quads]
    with pytest.raises(Exception):
        store._extend(BreaksAt(quads, at=len(quads) - 10))
    assert dump(store) == before


def test_a_document_that_cannot_be_written_takes_its_batch_with_it(tmp_path):
    """write(): a batch with one unwritable document writes none of the batch's documents and
    leaves the earlier ones untouched."""
    store = EmbeddedStore(tmp_path / "s")
    store.write([make("old.txt", 50)])
    before = dump(store)
    batch = [make(f"d{i}.txt", 300) for i in range(60)]
    bad = batch[30]
    bad.quads[len(bad.quads) // 2] = "not a quad"  # type: ignore[call-overload]
    with pytest.raises(Exception):
        store.write(batch)
    assert dump(store) == before


def test_batches_are_cut_between_documents_under_the_atomic_limit():
    docs = [make(f"d{i}.txt", n) for i, n in enumerate([30, 40, 20, 90, 10])]
    limit = docs[0].size + docs[1].size + 1
    runs = list(_chunks(docs, limit))
    assert runs == [docs[0:2], docs[2:3], docs[3:4], docs[4:5]]  # a larger document alone
    assert ATOMIC_LOAD_MAX < 1_000_000  # one piece for Oxigraph's bulk loader


def nquads(d: DocumentQuads) -> DocumentQuads:
    """The document as an extraction worker hands it over: N-Quads bytes."""
    return DocumentQuads(d.iri, d.source, d.content_hash, nquads=serialize(d.quads, format=RdfFormat.N_QUADS))


def test_documents_given_as_n_quads_are_written_like_quads(tmp_path):
    batch = [make(f"d{i}.txt", 300) for i in range(60)]
    as_bytes = [nquads(d) for d in batch]
    assert [d.size for d in as_bytes] == [len(d.quads) for d in batch]
    a, b = EmbeddedStore(tmp_path / "a"), EmbeddedStore(tmp_path / "b")
    a.write(batch)
    b.write(as_bytes)
    assert dump(a) == dump(b)
    assert b.write([nquads(d) for d in batch]).unchanged == [d.source for d in batch]


@pytest.mark.parametrize("bulk_min", [20_000, None], ids=["bulk loader", "transaction"])
def test_n_quads_that_break_midway_leave_the_store_as_it_was(tmp_path, bulk_min):
    store = EmbeddedStore(tmp_path / "s")
    store.bulk_min = bulk_min
    store.write([make("old.txt", 50)])
    before = dump(store)
    batch = [nquads(make(f"d{i}.txt", 300)) for i in range(60)]
    batch[-1].nquads += b"<https://w3id.org/partykg/id/broken> this is no quad .\n"
    with pytest.raises(Exception):
        store.write(batch)
    assert dump(store) == before


def test_an_ingest_batch_with_a_large_document_on_top_is_still_one_atomic_load():
    from partykg.cli.ingest import BATCH_QUADS

    # ingest writes once a batch reaches BATCH_QUADS: the document that tipped it over rides along
    assert BATCH_QUADS + 100_000 <= ATOMIC_LOAD_MAX


def test_a_batch_over_the_atomic_limit_is_not_loaded_in_one_piece():
    docs = [make(f"d{i}.txt", 50) for i in range(3)]
    assert [len(run) for run in _chunks(docs, docs[0].size + docs[1].size)] == [2, 1]
