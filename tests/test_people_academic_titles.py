"""Academic titles written out ("Tiến sĩ", "Thạc sĩ", "Phó Giáo sư") before a name mark it as a
person's, as their abbreviations ("TS", "PGS.TS") do; they are never part of the name. After a
degree the name must open with a family name and be no subject of study ("Thạc sĩ Ngữ Văn").

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


def test_the_subjects_of_degrees_are_nobody(pipeline):
    doc = read(pipeline, "Chị Đinh Thị Hoa đã có bằng Thạc sĩ Triết Học Mác và Tiến sĩ Quản Lý Nhà nước.")
    assert people(doc) == {"Đinh Thị Hoa"}


def test_counted_degrees_in_a_subject_are_nobody(pipeline):
    doc = read(pipeline, "Đội ngũ giáo viên có 4 Thạc sĩ Sinh Học và 1 Tiến sĩ Toán Học.")
    assert people(doc) == set()
