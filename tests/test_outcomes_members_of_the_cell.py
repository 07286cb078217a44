"""Members counted with a bare "chi bộ" after them ("… cùng 27 đảng viên chi bộ về dự") are the
members of the cell the text is on, even when a larger body is named earlier in the sentence; a
cell named in full after the count, or a count of the cells themselves, is read as before."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text
from partykg.ontology.terms import RDFS

ARTICLE = """Đại hội Chi bộ thôn Khuổi Sáp

Chi bộ thôn Khuổi Sáp vừa họp đại hội khóa mới.
Dự đại hội có lãnh đạo Đảng ủy xã Tân Lập và 27 đảng viên chi bộ.
Đảng bộ xã Tân Lập có 310 đảng viên, 14 chi bộ.
"""


def _subjects():
    doc = load_text(ARTICLE, source="memory:khuoi-sap.txt")
    lab = {f.s.value: f.o.value for f in doc.facts if f.p == RDFS.label}
    return {o.figure.value: lab.get(o.figure.subject.value) for o in doc.context["outcomes"]}


def test_members_of_a_bare_cell_are_the_cell_the_text_is_on():
    assert _subjects()[27] == "Chi bộ thôn Khuổi Sáp"


def test_the_commune_body_keeps_its_own_counts():
    subjects = _subjects()
    assert subjects[310] == subjects[14] == "Đảng bộ xã Tân Lập"
