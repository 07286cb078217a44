"""A disciplinary decision whose penalty follows whom it punishes.

"vừa có quyết định thi hành kỷ luật đối với 4 đảng viên với hình thức khiển trách" names a decision
of its own, as "quyết định kỷ luật bằng hình thức khai trừ" does: its name is the act ("Quyết định
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
    doc = read(pipeline, "Tháng 5, Ban Thường vụ Huyện ủy Ba Tơ vừa có quyết định thi hành kỷ luật đối với 4 đảng viên ở xã Ba Vì "
                         "với hình thức khiển trách vì buông lỏng quản lý đất rừng.")
    assert directives(doc) == {"Quyết định thi hành kỷ luật"}
    assert about(doc)["Quyết định thi hành kỷ luật"].endswith("với hình thức khiển trách")


def test_without_a_penalty_no_decision_of_its_own(pipeline):
    doc = read(pipeline, "Trong quý, Ủy ban Kiểm tra Huyện ủy Ba Tơ vừa có quyết định thi hành kỷ luật đối với 4 đảng viên ở xã Ba Vì.")
    assert directives(doc) == set()
