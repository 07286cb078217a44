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
