"""People put forward for admission to the Party: "quần chúng ưu tú A", "đoàn viên ưu tú B"
name a person (not yet a member, so with no post), however the sentence goes on.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import labels, read
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_an_outstanding_youth_union_member_admitted(pipeline):
    doc = read(pipeline, "Chi bộ thôn Nà Hạ vừa kết nạp vào Đảng đoàn viên ưu tú Lò Văn Thiêm.")
    assert people(doc) == {"Lò Văn Thiêm"}


def test_an_outstanding_person_of_the_masses_admitted(pipeline):
    doc = read(pipeline, "Đảng ủy xã trao quyết định kết nạp cho quần chúng ưu tú Ksor Blik tại thôn Plei Ơi.")
    assert people(doc) == {"Ksor Blik"}


def test_outstanding_members_of_a_union_name_nobody(pipeline):
    doc = read(pipeline, "Các đoàn viên ưu tú Đoàn Thanh niên xã được giới thiệu để Đảng xem xét kết nạp.")
    assert people(doc) == set()
