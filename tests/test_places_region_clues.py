"""Telling same-named communes apart by what the article's own words say of its region.

When no place the article names decides between namesakes, "Tỉnh ủy" (and never "Thành ủy")
rules out the centrally-run cities, and villages called xóm or bản rule out the South (where
villages are ấp, khóm or sóc), and the other way round. xã Mỹ Lương lies in Hà Nội (Chương
Mỹ), in Phú Thọ (Yên Lập) and in Tiền Giang (Cái Bè).
"""

from __future__ import annotations

from extraction import read
from partykg.ontology.terms import PKG, RDFS


def parent_of(doc, name: str) -> str | None:
    label = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    ups = {label.get(f.o.value) for f in doc.facts if f.p == PKG.partOf and label.get(f.s.value) == name}
    return ups.pop() if len(ups) == 1 else None


def test_a_province_committee_and_a_northern_village_word(pipeline):
    doc = read(pipeline, "Sáng nay, Phó Bí thư Tỉnh ủy về thăm chi bộ xóm Đồng Gạo, xã Mỹ Lương.")
    assert parent_of(doc, "Mỹ Lương") == "Yên Lập"


def test_a_southern_village_word(pipeline):
    doc = read(pipeline, "Sáng nay, Phó Bí thư Tỉnh ủy về thăm chi bộ ấp Mỹ Hòa, xã Mỹ Lương.")
    assert parent_of(doc, "Mỹ Lương") == "Cái Bè"


def test_a_province_committee_alone_leaves_two_provinces(pipeline):
    doc = read(pipeline, "Đoàn công tác của Phó Bí thư Tỉnh ủy đến Đảng ủy xã Mỹ Lương.")
    assert parent_of(doc, "Mỹ Lương") is None


def test_a_city_committee_says_nothing(pipeline):
    doc = read(pipeline, "Sáng nay, Phó Bí thư Thành ủy về thăm chi bộ thôn Đồng Gạo, xã Mỹ Lương.")
    assert parent_of(doc, "Mỹ Lương") is None


def test_a_named_place_still_decides(pipeline):
    doc = read(pipeline, "Sáng nay, Phó Bí thư Tỉnh ủy về thăm chi bộ xóm Đồng Gạo, xã Mỹ Lương, huyện Chương Mỹ.")
    assert parent_of(doc, "Mỹ Lương") == "Chương Mỹ"
