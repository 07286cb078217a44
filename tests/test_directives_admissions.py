"""Decisions admitting new members, named by the act and whom they admit to.

"Quyết định kết nạp Đảng cho 2 quần chúng ưu tú, trong đó …" is the decision "Quyết định kết nạp
Đảng"; how many it admits and who they are is what it is about. Admitting "đảng viên" or a named
comrade ("kết nạp đồng chí Lê Văn A vào Đảng") names the decision the same way. A decision only
handed over at a ceremony, with no body issuing it, stays no directive of its own.
"""

from __future__ import annotations

from extraction import directives, labels, read

from partykg.ontology.terms import PKG


def about(doc) -> dict[str, str]:
    lab = labels(doc)
    return {lab[f.s.value]: f.o.value for f in doc.facts if f.p == PKG.about}


def test_an_admission_is_named_without_whom_it_admits(pipeline):
    doc = read(pipeline, "Ngày 3/4, Ban Thường vụ Huyện ủy Sơn Hà đã ban hành Quyết định kết nạp Đảng cho "
                         "2 quần chúng ưu tú, trong số đó có đoàn viên Lê Văn Tám ở Chi bộ thôn Khe Mây.")
    assert directives(doc) == {"Quyết định kết nạp Đảng"}
    assert "2 quần chúng ưu tú" in about(doc)["Quyết định kết nạp Đảng"]


def test_admitting_members_in_lower_case_is_named_the_same_way(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Sơn Hà đã ban hành quyết định kết nạp đảng viên mới đối với "
                         "4 quần chúng của Chi bộ thôn Khe Mây.")
    assert directives(doc) == {"Quyết định kết nạp đảng viên mới"}


def test_admitting_a_named_comrade_keeps_the_name(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Sơn Hà đã ban hành Quyết định kết nạp đồng chí Lê Văn Tám vào Đảng.")
    assert directives(doc) == {"Quyết định kết nạp đồng chí Lê Văn Tám"}


def test_a_decision_only_handed_over_is_not_a_directive_of_its_own(pipeline):
    doc = read(pipeline, "Bí thư Chi bộ thôn Khe Mây đã trao Quyết định kết nạp Đảng cho 2 đồng chí Lê Văn Tám "
                         "và Hà Thị Mơ.")
    assert not any(d.startswith("Quyết định kết nạp") for d in directives(doc))
