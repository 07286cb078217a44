"""A body named after a place keeps one label whichever way a document spells the place: the label
names the place as the gazetteer spells it ("Đảng bộ tỉnh Đắk Lắk"), and a document that spells
it otherwise ("Tỉnh ủy Đăk Lăk") is cited under its own spelling by pkg:writtenAs.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

import csv
import io

from extraction import read
from partykg.ontology.terms import PKG, RDFS

LABELS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?o ?label WHERE { GRAPH <https://w3id.org/partykg/graph/kg> {
  ?o a <http://www.w3.org/ns/org#Organization> . { ?o rdfs:label ?label } UNION { ?o skos:prefLabel ?label } } }
"""


def ingest_and_ask(cli, tmp_path, texts: dict[str, str], query: str) -> list[dict]:
    docs, store = tmp_path / "docs", tmp_path / "store"
    docs.mkdir(exist_ok=True)
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    if not store.exists():
        cli("ingest", "--store", store, docs, check=True)
    out = cli("query", "--store", store, "--format", "csv", query, check=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def test_two_spellings_of_a_province_give_its_committee_one_label(cli, tmp_path):
    texts = {
        "a.txt": "Sáng 5/4/2023, Tỉnh ủy Đăk Lăk họp bàn việc luân chuyển cán bộ về các huyện.",
        "b.txt": "Chiều 9/4/2023, Tỉnh ủy Đắk Lắk trao huy hiệu Đảng cho các đảng viên lão thành.",
    }
    rq = tmp_path / "labels.rq"
    rq.write_text(LABELS, encoding="utf-8")
    labels = ingest_and_ask(cli, tmp_path, texts, str(rq))
    committee = [r["label"] for r in labels if r["label"].startswith("Đảng bộ tỉnh")]
    assert committee == ["Đảng bộ tỉnh Đắk Lắk"]
    rows = ingest_and_ask(cli, tmp_path, texts, "organizations")
    named = {(r["document"].rsplit("/", 1)[-1], r["organization"]) for r in rows if r["kind"] == "party_committee"}
    assert named == {("a.txt", "Tỉnh ủy Đăk Lăk"), ("b.txt", "Đảng bộ tỉnh Đắk Lắk")}
    assert len({r["organization_iri"] for r in rows if r["kind"] == "party_committee"}) == 1


def test_a_department_of_a_province_spelt_otherwise_is_labelled_with_the_gazetteers_spelling(pipeline):
    doc = read(pipeline, "Ngày 12/4/2023, Sở Nội vụ tỉnh Đăk Lăk hướng dẫn các huyện rà soát biên chế.")
    labels = {f.o.value for f in doc.facts if f.p == RDFS.label}
    assert "Sở Nội vụ tỉnh Đắk Lắk" in labels and "Sở Nội vụ tỉnh Đăk Lăk" not in labels
    assert {f.o.value for f in doc.facts if f.p == PKG.writtenAs} == {"Sở Nội vụ tỉnh Đăk Lăk"}


def test_a_document_with_the_gazetteers_spelling_states_no_written_name(pipeline):
    doc = read(pipeline, "Ngày 14/4/2023, Sở Nội vụ tỉnh Đắk Lắk hướng dẫn các huyện rà soát biên chế.")
    assert "Sở Nội vụ tỉnh Đắk Lắk" in {f.o.value for f in doc.facts if f.p == RDFS.label}
    assert not any(f.p == PKG.writtenAs for f in doc.facts)


def test_a_city_written_by_its_acronym_is_not_swapped_into_the_label(pipeline):
    doc = read(pipeline, "Ngày 6/8/2025, Thành ủy TPHCM họp bàn việc sắp xếp các phường.")
    labels = {f.o.value for f in doc.facts if f.p == RDFS.label}
    assert not any("TPHCM" in label for label in labels)
    assert any(label.endswith("Hồ Chí Minh") for label in labels if label.startswith("Đảng bộ"))


def test_a_place_written_with_other_capitals_or_another_apostrophe_is_not_swapped(pipeline):
    # negative: "Ea H’Leo", "Ia Rbol", "Ea Kpam" differ from the gazetteer's spelling in case or in
    # the apostrophe, not in marks alone: the label names the place as the document writes it
    for body, place in (("Huyện ủy Ea H’Leo", "Ea H’Leo"), ("Đảng ủy xã Ia Rbol", "Ia Rbol"),
                        ("Đảng ủy xã Ea Kpam", "Ea Kpam")):
        doc = read(pipeline, f"Chiều 20/5/2023, {body} sơ kết việc cấp thẻ đảng viên.")
        labels = {f.o.value for f in doc.facts if f.p == RDFS.label}
        assert any(label.startswith("Đảng bộ") and label.endswith(place) for label in labels), body
        assert not any(f.p == PKG.writtenAs for f in doc.facts), body


def test_a_congress_resolution_names_the_body_as_its_label_does(pipeline):
    doc = read(pipeline, "Ngày 7/6/2021, Tỉnh ủy Đăk Lăk giao các huyện cụ thể hóa Nghị quyết "
                         "Đại hội Đảng bộ tỉnh Đăk Lăk lần thứ XVII.")
    labels = {f.o.value for f in doc.facts if f.p == RDFS.label}
    assert "Nghị quyết Đại hội Đảng bộ tỉnh Đắk Lắk lần thứ XVII" in labels
    assert "Đảng bộ tỉnh Đắk Lắk" in labels
