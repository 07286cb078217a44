"""A disciplinary decision whose penalty follows whom it punishes.

"ra quyết định thi hành kỷ luật đối với 2 đảng viên với hình thức cảnh cáo" names a decision of
its own, as "quyết định kỷ luật với hình thức cách chức" does: its name is the act ("Quyết định
thi hành kỷ luật"), whom and how it punishes is what it is about. Without a penalty in the
sentence, "quyết định thi hành kỷ luật đối với …" only reports that discipline was taken.
"""

from __future__ import annotations

from extraction import directives, labels, read
from partykg.ontology.terms import PKG


def about(doc) -> dict[str, str]:
    lab = labels(doc)
    return {lab[f.s.value]: f.o.value for f in doc.facts if f.p == PKG.about}


def test_the_penalty_after_whom_makes_a_decision(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Ba Tơ đã ra quyết định thi hành kỷ luật đối với 2 đảng viên chi bộ thôn "
                         "với hình thức cảnh cáo do vi phạm quy định.")
    assert directives(doc) == {"Quyết định thi hành kỷ luật"}
    assert about(doc)["Quyết định thi hành kỷ luật"].endswith("với hình thức cảnh cáo")


def test_without_a_penalty_no_decision_of_its_own(pipeline):
    doc = read(pipeline, "Ủy ban Kiểm tra Huyện ủy Ba Tơ đã ra quyết định thi hành kỷ luật đối với 2 đảng viên chi bộ thôn.")
    assert directives(doc) == set()
