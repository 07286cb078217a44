"""People named in admissions to the Party, where no post stands beside them.

"kết nạp … cho 4 đồng chí: A, B, C và D" lists people after the honorific and a colon, and
"quần chúng A" names a person who is not yet a member (the word admission news uses).
"""

from __future__ import annotations

from extraction import read, labels
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_people_listed_after_the_honorific_and_a_colon(pipeline):
    doc = read(pipeline, "Chi bộ họp xét, chuyển chính thức cho 4 đồng chí:  Vũ Thị Lan, Đào Văn Khôi, "
                         "Lò Văn Sáng và Hà Thị Nga.")
    assert people(doc) == {"Vũ Thị Lan", "Đào Văn Khôi", "Lò Văn Sáng", "Hà Thị Nga"}


def test_a_colon_before_posts_names_nobody(pipeline):
    doc = read(pipeline, "Buổi làm việc gồm các đồng chí: Ủy viên Thường vụ Huyện ủy Quảng Xương.")
    assert people(doc) == set()


def test_a_person_admitted_is_named_after_quan_chung(pipeline):
    doc = read(pipeline, "Chi bộ Trường Tiểu học Hòa Lộc làm lễ kết nạp quần chúng Lê Thị Mai Hoa vào Đảng.")
    assert people(doc) == {"Lê Thị Mai Hoa"}


def test_the_masses_in_general_name_nobody(pipeline):
    doc = read(pipeline, "Cán bộ gần gũi quần chúng Nhân dân, lắng nghe ý kiến của quần chúng.")
    assert people(doc) == set()
