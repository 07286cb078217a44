"""Academic titles written out ("Tiến sĩ", "Thạc sĩ", "Phó Giáo sư") before a name mark it as a
person's, as their abbreviations ("TS", "PGS.TS") do; they are never part of the name.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import labels, read
from partykg.ontology.terms import PKG


def people(doc) -> set[str]:
    names = labels(doc)
    return {names[f.s.value] for f in doc.facts if f.o == PKG.Person}


def test_a_doctor_named_before_a_former_post(pipeline):
    doc = read(pipeline, "Hội nghị nghe Tiến sĩ Đặng Thị Lựu- nguyên giảng viên khoa Xây dựng Đảng truyền đạt "
                         "chuyên đề mới.")
    assert people(doc) == {"Đặng Thị Lựu"}


def test_two_titles_before_one_name(pipeline):
    doc = read(pipeline, "Phó Giáo sư, Tiến sĩ Bùi Quang Tạo trình bày tham luận tại hội thảo.")
    assert people(doc) == {"Bùi Quang Tạo"}
