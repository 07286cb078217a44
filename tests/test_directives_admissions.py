"""Decisions admitting new members, named by the act and whom they admit to.

"Quyết định kết nạp vào Đảng cho 5 đoàn viên xuất sắc, trong đó …" is the decision "Quyết định kết
nạp vào Đảng"; how many it admits and who they are is what it is about. Admitting "đảng viên" or a named
comrade ("kết nạp đồng chí Lê Văn A vào Đảng") names the decision by its act and that comrade, or by all
the comrades it lists ("đồng chí A và đồng chí B", "đồng chí A, B và C"); a comrade written by a
title, not a name, leaves the text's title whole. A decision only handed over at a ceremony, with no
body issuing it, stays no directive of its own.
"""

from __future__ import annotations

from extraction import directives, labels, read

from partykg.ontology.terms import PKG


def about(doc) -> dict[str, str]:
    lab = labels(doc)
    return {lab[f.s.value]: f.o.value for f in doc.facts if f.p == PKG.about}


def test_an_admission_is_named_without_whom_it_admits(pipeline):
    doc = read(pipeline, "Hôm 9/10, Ban Thường vụ Huyện ủy Sơn Hà ban hành Quyết định kết nạp vào Đảng cho "
                         "5 đoàn viên xuất sắc, trong số đó có anh Lê Văn Tám ở Chi bộ thôn Khe Mây.")
    assert directives(doc) == {"Quyết định kết nạp vào Đảng"}
    assert "5 đoàn viên xuất sắc" in about(doc)["Quyết định kết nạp vào Đảng"]


def test_admitting_members_in_lower_case_is_named_the_same_way(pipeline):
    doc = read(pipeline, "Tháng 7, Huyện ủy Sơn Hà ban hành quyết định kết nạp đảng viên mới với "
                         "4 thanh niên thuộc Chi bộ thôn Khe Mây.")
    assert directives(doc) == {"Quyết định kết nạp đảng viên mới"}


def test_admitting_a_named_comrade_keeps_the_name(pipeline):
    doc = read(pipeline, "Huyện ủy Sơn Hà ban hành Quyết định kết nạp đồng chí Lê Văn Tám vào Đảng hôm 2/6.")
    assert directives(doc) == {"Quyết định kết nạp đồng chí Lê Văn Tám"}


def test_a_decision_only_handed_over_is_not_a_directive_of_its_own(pipeline):
    doc = read(pipeline, "Tại buổi lễ, Bí thư Chi bộ thôn Khe Mây trao tận tay Quyết định kết nạp Đảng cho anh "
                         "Lê Văn Tám và chị Hà Thị Mơ.")
    assert not any(d.startswith("Quyết định kết nạp") for d in directives(doc))


def test_admitting_two_named_comrades_keeps_both(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Mường Lay ban hành Quyết định kết nạp đồng chí Lò Văn Sáng "
                         "và đồng chí Hà Thị Mơ vào Đảng.")
    assert directives(doc) == {"Quyết định kết nạp đồng chí Lò Văn Sáng và đồng chí Hà Thị Mơ"}


def test_admitting_a_list_of_comrades_keeps_them_all(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Mường Lay ban hành Quyết định kết nạp đồng chí Lò Văn Sáng, "
                         "Hà Thị Mơ và Vì Văn Khoa vào Đảng.")
    assert directives(doc) == {"Quyết định kết nạp đồng chí Lò Văn Sáng, Hà Thị Mơ và Vì Văn Khoa"}


def test_a_comrade_written_by_a_title_leaves_the_title_whole(pipeline):
    doc = read(pipeline, "Ban Thường vụ Huyện ủy Mường Lay ban hành Quyết định kết nạp đồng chí Bí thư Đoàn "
                         "xã Pá Mỳ vào Đảng.")
    assert directives(doc) == {"Quyết định kết nạp đồng chí Bí thư Đoàn xã Pá Mỳ vào Đảng"}
