"""A document issued to make another concrete.

"Để cụ thể hóa <X>, <body> ban hành <Y>": Y makes X concrete (concretizes), where "Thực hiện <X>, …"
says Y carries it out (implements).
"""

from __future__ import annotations

from extraction import labels, read

from partykg.ontology.terms import PKG


def links(doc) -> set[tuple[str, str, str]]:
    lab = labels(doc)
    rels = {PKG.implements: "implements", PKG.concretizes: "concretizes", PKG.continues: "continues"}
    return {(lab[f.s.value], rels[f.p], lab[f.o.value]) for f in doc.facts if f.p in rels}


def test_a_resolution_issued_to_make_another_concrete_concretizes_it(pipeline):
    doc = read(pipeline, "Nhằm cụ thể hóa Nghị quyết 12-NQ/TU, Huyện ủy Mường Tè ra Nghị quyết số 08-NQ/HU "
                         "về phát triển đảng viên vùng cao.")
    assert ("Nghị quyết số 08-NQ/HU", "concretizes", "Nghị quyết số 12-NQ/TU") in links(doc)


def test_a_plan_issued_to_carry_out_a_resolution_implements_it(pipeline):
    doc = read(pipeline, "Thực hiện Nghị quyết 12-NQ/TU, Huyện ủy Mường Tè xây dựng Kế hoạch số 08-KH/HU "
                         "về phát triển đảng viên.")
    assert links(doc) == {("Kế hoạch số 08-KH/HU", "implements", "Nghị quyết số 12-NQ/TU")}
