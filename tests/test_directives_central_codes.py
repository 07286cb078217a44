"""Central codes as articles write them.

A central code written with the letter Ư ("05-CT/TƯ", "21-KL/T.Ư") is the same code as
"05-CT/TW": one directive, carried out by the body that reviews it. The Central Committee written
with its abbreviation ("của Ban Chấp hành T.Ư Đảng") is its issuer, and what follows is its subject.
"""

from __future__ import annotations

from extraction import carried_out, directives, labels, read
from partykg.ontology.terms import PKG


def test_a_central_code_written_with_u_horn_is_the_tw_code(pipeline):
    text = "Huyện ủy Hải Hậu tổ chức sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TƯ của Bộ Chính trị khóa XII."
    assert directives(read(pipeline, text)) == {"Chỉ thị số 05-CT/TW"}
    assert ("Đảng bộ huyện Hải Hậu", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_a_central_code_written_with_a_dotted_u_horn_is_the_tw_code(pipeline):
    text = "Đảng ủy xã Hải Minh tiếp tục thực hiện Kết luận số 21-KL/T.Ư của Ban Chấp hành Trung ương."
    assert directives(read(pipeline, text)) == {"Kết luận số 21-KL/TW"}


def test_the_central_committee_abbreviated_after_its_title_is_the_issuer(pipeline):
    doc = read(pipeline, "Đảng ủy xã Mù Cả quán triệt Quy định số 45-QĐ/TW ngày 3/2/2019 của Ban Chấp hành T.Ư Đảng khóa XII về "
                         "công tác dân vận ở vùng biên.")
    lab = labels(doc)
    assert {lab.get(f.o.value) for f in doc.facts if f.p == PKG.issuer} == {"Ban Chấp hành Trung ương"}
    assert {f.o.value for f in doc.facts if f.p == PKG.about} == {"về công tác dân vận ở vùng biên"}


def test_a_committee_of_another_body_is_not_the_central_committee(pipeline):
    doc = read(pipeline, "Đảng ủy xã Mù Cả quán triệt Quy định số 45-QĐ/TW ngày 3/2/2019 của Ban Chấp hành Đảng bộ tỉnh "
                         "Lai Châu.")
    lab = labels(doc)
    assert "Ban Chấp hành Trung ương" not in {lab.get(f.o.value) for f in doc.facts if f.p == PKG.issuer}
