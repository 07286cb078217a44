"""A fronted "Thực hiện <X> …" clause may end at a semicolon.

"Thực hiện Công văn số 30-CV/TU … về <subject>; Ban Thường vụ Huyện ủy Y ban hành Kế hoạch số 9"
reads as "Thực hiện <X>, <org> ban hành <Y>": Y implements X, whether a comma or a semicolon
closes the clause that names X. A semicolon inside what X is about ("Thực hiện <X> về A; B …,
<org> đã …") still leaves the body after the comma, with its verb, the one that carries X out.
"""

from __future__ import annotations

from extraction import carries_out, directive_links, read


def test_a_plan_issued_after_a_semicolon_implements_the_fronted_letter(pipeline):
    doc = read(pipeline, "Thực hiện Công văn số 30-CV/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy về việc đánh giá "
                         "chất lượng đảng viên năm 2024; Ban Thường vụ Huyện ủy Yên Lạc Hạ đã ban hành Kế hoạch "
                         "số 9-KH/HU ngày 20/3/2024 về tổ chức hội nghị đánh giá, xếp loại đảng viên.")
    assert ("Kế hoạch số 9-KH/HU", "implements", "Công văn số 30-CV/TU") in directive_links(doc)


def test_a_plan_issued_after_a_comma_still_implements_it(pipeline):
    doc = read(pipeline, "Thực hiện Công văn số 30-CV/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy "
                         "Yên Lạc Hạ đã ban hành Kế hoạch số 9-KH/HU về tổ chức hội nghị.")
    assert ("Kế hoạch số 9-KH/HU", "implements", "Công văn số 30-CV/TU") in directive_links(doc)


def test_a_subject_that_runs_on_past_a_semicolon_leaves_the_body_after_the_comma_the_doer(pipeline):
    doc = read(pipeline, "Thực hiện Nghị quyết số 09-NQ/TW của Bộ Chính trị về phát triển văn hóa vùng cao; bảo tồn "
                         "các lễ hội “Gầu Tào”, “Xên Bản” ở cơ sở, Ban Thường vụ Tỉnh ủy Lai Châu đã ban hành hướng dẫn.")
    assert ("Ban Thường vụ Tỉnh ủy Lai Châu", "Nghị quyết số 09-NQ/TW") in carries_out(doc)


def test_after_a_semicolon_a_body_with_no_verb_of_its_own_is_no_doer(pipeline):
    doc = read(pipeline, "Thực hiện Nghị quyết số 09-NQ/TW của Bộ Chính trị về phát triển văn hóa vùng cao; nhiều năm qua, "
                         "ở các bản, Ban Thường vụ Tỉnh ủy Lai Châu chỉ đạo sát sao.")
    assert carries_out(doc) == set()
