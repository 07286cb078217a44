"""A list after "gồm:" whose every item is a person's full name ("gồm: Lê Thị A; Nguyễn Văn B
và Vũ Trọng C") names those people, with no honorific or post; a list of villages or streets
names nobody.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import labels, read
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_a_list_of_full_names(pipeline):
    doc = read(pipeline, "Hai trường hợp bị khai trừ đều là bị cáo trong vụ án, gồm: Đỗ Thị Nhung; Phan Thanh "
                         "Tùng và Mai Xuân Lộc.")
    assert people(doc) == {"Đỗ Thị Nhung", "Phan Thanh Tùng", "Mai Xuân Lộc"}


def test_a_list_of_villages_names_nobody(pipeline):
    doc = read(pipeline, "Xã còn bốn thôn chưa có chi bộ riêng, gồm: Xuân Lộc, Đồng Tâm, Tân Phong và Hòa Bình.")
    assert people(doc) == set()


def test_a_list_of_streets_names_nobody(pipeline):
    doc = read(pipeline, "Các tuyến phố được chỉnh trang gồm: Trần Hưng Đạo, Lý Thường Kiệt và Nguyễn Trãi.")
    assert people(doc) == set()
