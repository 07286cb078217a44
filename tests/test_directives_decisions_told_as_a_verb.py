"""A decision told as the body's verb after a fronted "Thực hiện <X>" is the decision of that act the article names.

"Huyện ủy Y trao quyết định luân chuyển cán bộ …" and then "Thực hiện <X>, Huyện ủy Y đã quyết
định luân chuyển 9 cán bộ": that decision carries X out. A verb of another act, or two decisions of
the act in the article, tell no link.
"""

from __future__ import annotations

from extraction import directive_links, read

NAMED = "Sáng 3/5, Huyện ủy Quỳ Hợp trao quyết định luân chuyển cán bộ về các bản vùng cao. "
DECIDED = "Thực hiện Kết luận 15-KL/TU của Ban Thường vụ Tỉnh ủy, Huyện ủy Quỳ Hợp đã quyết định luân chuyển 9 cán bộ."


def test_the_decision_told_as_a_verb_implements_the_fronted_directive(pipeline):
    doc = read(pipeline, NAMED + DECIDED)
    assert ("Quyết định luân chuyển cán bộ", "implements", "Kết luận số 15-KL/TU") in directive_links(doc)


def test_a_verb_of_another_act_links_no_decision(pipeline):
    doc = read(pipeline, NAMED + DECIDED.replace("luân chuyển 9", "bổ nhiệm 9"))
    assert directive_links(doc) == set()


def test_two_decisions_of_the_act_leave_the_one_told_of_unknown(pipeline):
    doc = read(pipeline, NAMED + "Chiều cùng ngày, Huyện ủy trao quyết định luân chuyển đồng chí Lò Văn Pấng. " + DECIDED)
    assert directive_links(doc) == set()


def test_another_body_s_decision_of_the_act_is_not_the_one_told_of(pipeline):
    other = "Sáng 3/5, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Quyết định luân chuyển cán bộ về các bản vùng cao. "
    doc = read(pipeline, other + DECIDED)
    assert directive_links(doc) == set()


def test_a_decision_with_no_issuer_in_another_paragraph_is_not_the_one_told_of(pipeline):
    doc = read(pipeline, "Năm 2015, có quyết định luân chuyển cán bộ lãnh đạo các xã.\n\n" + DECIDED)
    assert not any(rel == "implements" and a.startswith("Quyết định") for a, rel, _ in directive_links(doc))


def test_a_count_of_comrades_told_of_is_not_the_decision_on_one_comrade(pipeline):
    doc = read(pipeline, DECIDED.replace("9 cán bộ", "9 đồng chí") + " Quyết định luân chuyển đồng chí Lò Văn Pấng làm "
                         "Bí thư Đảng ủy xã và Quyết định luân chuyển đồng chí Vi Văn Sơn làm Phó Bí thư đã được công bố.")
    assert not any(rel == "implements" and a.startswith("Quyết định") for a, rel, _ in directive_links(doc))


def test_the_body_s_own_decision_named_before_is_the_one_told_of(pipeline):
    doc = read(pipeline, NAMED.replace("Huyện ủy Quỳ Hợp trao", "Huyện ủy Quỳ Hợp ban hành") + DECIDED)
    assert ("Quyết định luân chuyển cán bộ", "implements", "Kết luận số 15-KL/TU") in directive_links(doc)
