"""An agency's cell written with its unit word alone ("Chi bộ Công an xã", "Chi bộ Thanh tra
tỉnh") keeps one canonical label with its place, the form written kept as an alternative
name; its place keys it, so the cell named once with its commune ("Chi bộ Công an xã Tân Phú")
and again without is one cell with one label.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs, read
from partykg.ontology.terms import PKG, RDFS


def test_a_cell_written_with_its_unit_word_alone_is_labelled_with_its_place(pipeline):
    got = orgs("Xã Phú Mỹ hiện gồm 14 chi bộ. Chi bộ Công an xã vừa kết nạp hai đảng viên.", pipeline)
    assert "Chi bộ Công an xã Phú Mỹ" in got and "Chi bộ Công an xã" not in got
    assert "Chi bộ Công an xã" in {text for text, _ in got["Chi bộ Công an xã Phú Mỹ"].surfaces}


def test_the_same_cell_named_with_and_without_its_commune_is_one(pipeline):
    got = orgs("Chi bộ Công an xã Phú Mỹ họp định kỳ. Chi bộ Công an xã có chín đảng viên.", pipeline)
    cells = [label for label, o in got.items() if o.kind == "party_cell"]
    assert cells == ["Chi bộ Công an xã Phú Mỹ"]


def test_a_document_naming_the_cell_with_its_unit_word_alone_cites_it_so(pipeline):
    doc = read(pipeline, "Xã Sơn Tân hiện gồm 14 chi bộ. Chi bộ Công an xã vừa kết nạp hai đảng viên.")
    assert {f.o.value for f in doc.facts if f.p == PKG.writtenAs} == {"Chi bộ Công an xã"}
    assert {f.o.value for f in doc.facts if f.p == RDFS.label and "Công an" in f.o.value} == {"Chi bộ Công an xã Sơn Tân"}


def test_a_document_writing_the_full_name_cites_the_label(pipeline):
    doc = read(pipeline, "Chi bộ Công an xã Sơn Tân họp định kỳ. Chi bộ Công an xã có chín đảng viên.")
    assert not any(f.p == PKG.writtenAs for f in doc.facts)


def test_the_agency_cell_of_a_secretary_s_head_title_is_cited_with_its_unit_word(pipeline):
    doc = read(pipeline, "Tỉnh ủy Hậu Giang khen thưởng. Bà Kha Thị Bích, Bí thư Chi bộ, Chánh Thanh tra tỉnh nhận bằng khen.")
    assert "Chi bộ Thanh tra tỉnh" in {f.o.value for f in doc.facts if f.p == PKG.writtenAs}
