"""A place written in another spelling than the gazetteer's ("huyện Đăk Tô" for Đắk Tô, "Mù
Cang Chải" for Mù Căng Chải, "Đắk P'lao" for Đắk Plao) keeps the gazetteer's IRI and label; the
places query names it, and the unit it belongs to, as each document writes them: the extractor
states the written name as the place's skos:altLabel beside the document's mention of it, in
the same evidence graph. A difference of tone placement alone ("Hoà" for
"Hòa") is no other spelling.
"""

from __future__ import annotations

import csv
import io

from extraction import read
from partykg.ontology.terms import PKG, RDFS, SKOS
from test_places_district_lists import place_parents


def place_rows(cli, tmp_path, texts: dict[str, str]) -> list[dict]:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    cli("ingest", "--store", tmp_path / "s", docs, check=True)
    out = cli("query", "--store", tmp_path / "s", "--format", "csv", "places", check=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def alt_labels(doc) -> set[str]:
    """The other spellings the document states of its places."""
    places = {f.s.value for f in doc.facts if f.o == PKG.Place}
    return {f.o.value for f in doc.facts if f.p == SKOS.altLabel and f.s.value in places}


def test_a_district_in_another_spelling_is_the_gazetteers_district(pipeline):
    doc = read(pipeline, "Ngày 12/4/2022, Ban Thường vụ Huyện ủy Đăk Tô làm việc với Đảng ủy xã Kon Đào.")
    assert place_parents(doc)["Kon Đào"] == "Đắk Tô"
    assert alt_labels(doc) == {"Đăk Tô"}


def test_the_query_prints_the_spelling_each_document_writes_under_one_iri(cli, tmp_path):
    rows = place_rows(cli, tmp_path, {
        "a.txt": "Ngày 3/9/2021, huyện Mù Cang Chải khai giảng lớp bồi dưỡng đảng viên mới tại xã Lao Chải.",
        "b.txt": "Ngày 4/9/2021, Huyện ủy Mù Căng Chải họp bàn việc sắp xếp các chi bộ thôn.",
    })
    district = {(r["document"].rsplit("/", 1)[-1], r["place"]): r["place_iri"]
                for r in rows if r["level"] == "huyện"}
    assert set(district) == {("a.txt", "Mù Cang Chải"), ("b.txt", "Mù Căng Chải")}
    assert len(set(district.values())) == 1
    commune = [r for r in rows if r["place"] == "Lao Chải"]
    assert [r["parent"] for r in commune] == ["Mù Cang Chải"]  # the parent as document a writes it
    province = [r for r in rows if r["place"] == "Yên Bái"]
    assert len(province) == 2 and all(r["parent"] == "" for r in province)


def test_a_document_that_does_not_write_the_parent_gets_its_label(cli, tmp_path):
    rows = place_rows(cli, tmp_path, {
        "a.txt": "Ngày 3/9/2021, Đảng ủy xã Púng Luông (Mù Cang Chải) tổng kết công tác dân vận.",
        "b.txt": "Ngày 4/9/2021, Đảng ủy xã Púng Luông họp bàn việc sắp xếp các chi bộ thôn.",
    })
    parent = {r["document"].rsplit("/", 1)[-1]: r["parent"] for r in rows if r["place"] == "Púng Luông"}
    assert parent == {"a.txt": "Mù Cang Chải", "b.txt": "Mù Căng Chải"}
    assert {r["parent"] for r in rows if r["level"] == "tỉnh"} == {""}


def test_a_commune_with_an_apostrophe_and_its_district_in_parentheses(pipeline):
    doc = read(pipeline, "Ngày 8/5/2023, chi bộ thôn 2, xã Đắk P'lao (Đắk Glong) kết nạp thêm đảng viên.")
    assert place_parents(doc)["Đắk Plao"] == "Đăk Glong"
    assert alt_labels(doc) == {"Đắk P'lao", "Đắk Glong"}


def test_a_document_writing_the_labels_spelling_too_keeps_the_label(pipeline):
    doc = read(pipeline, "Ngày 12/4/2022, huyện Đăk Tô và huyện Đắk Tô là một; Đảng ủy xã Kon Đào họp.")
    assert alt_labels(doc) == set()


def test_old_tone_placement_is_no_other_spelling(pipeline):
    doc = read(pipeline, "Ngày 2/6/2021, Đảng ủy xã Hoà Bình, huyện Đồng Hỷ tổng kết năm.")
    assert "Hòa Bình" in {f.o.value for f in doc.facts if f.p == RDFS.label}
    assert alt_labels(doc) == set()
