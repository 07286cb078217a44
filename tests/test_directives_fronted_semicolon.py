"""A fronted "Thực hiện <X> …" clause may end at a semicolon.

"Thực hiện Công văn số 30-CV/TU … về <subject>; Ban Thường vụ Huyện ủy Y ban hành Kế hoạch số 9"
reads as "Thực hiện <X>, <org> ban hành <Y>": Y implements X, whether a comma or a semicolon
closes the clause that names X.
"""

from __future__ import annotations

from extraction import directive_links, read


def test_a_plan_issued_after_a_semicolon_implements_the_fronted_letter(pipeline):
    doc = read(pipeline, "Thực hiện Công văn số 30-CV/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy về việc đánh giá "
                         "chất lượng đảng viên năm 2024; Ban Thường vụ Huyện ủy Yên Lạc Hạ đã ban hành Kế hoạch "
                         "số 9-KH/HU ngày 20/3/2024 về tổ chức hội nghị đánh giá, xếp loại đảng viên.")
    assert ("Kế hoạch số 9-KH/HU", "implements", "Công văn số 30-CV/TU") in directive_links(doc)


def test_a_plan_issued_after_a_comma_still_implements_it(pipeline):
    doc = read(pipeline, "Thực hiện Công văn số 30-CV/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy "
                         "Yên Lạc Hạ đã ban hành Kế hoạch số 9-KH/HU về tổ chức hội nghị.")
    assert ("Kế hoạch số 9-KH/HU", "implements", "Công văn số 30-CV/TU") in directive_links(doc)
