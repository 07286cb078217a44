"""A document that states, after what it is about, the purpose of carrying out another one implements it.

"ban hành Công văn số 12-CV/TU về … theo tinh thần <B> để thực hiện <C>": the letter
implements C, even when its subject names B on the way (B it only references); whoever issues
such a letter carries C out, as the issuer of a plan does.
"""

from __future__ import annotations

from extraction import carried_out, directive_links, read


def test_a_purpose_after_the_subject_makes_the_document_implement_the_target(pipeline):
    text = ("Hôm 15/5/2023, Ban Thường vụ Tỉnh ủy Hà Giang ban hành Công văn số 418-CV/TU về việc sắp xếp lại "
            "cán bộ cơ sở theo tinh thần Nghị quyết Trung ương 8 (khóa XII) để thực hiện Hướng dẫn số 31-HD/BTCTW "
            "ngày 2/3/2023.")
    links = directive_links(read(pipeline, text))
    assert ("Công văn số 418-CV/TU", "implements", "Hướng dẫn số 31-HD/BTCTW") in links
    assert ("Công văn số 418-CV/TU", "references", "Nghị quyết Trung ương 8 (khóa XII)") in links


def test_a_purpose_after_a_second_clause_is_not_the_documents(pipeline):
    text = ("Ban Thường vụ Tỉnh ủy Hà Giang ban hành Công văn số 418-CV/TU về việc sắp xếp lại cán bộ cơ sở; "
            "các thị ủy mở hội nghị để thực hiện Hướng dẫn số 31-HD/BTCTW.")
    links = directive_links(read(pipeline, text))
    assert ("Công văn số 418-CV/TU", "implements", "Hướng dẫn số 31-HD/BTCTW") not in links


def test_the_issuer_of_a_letter_sent_to_carry_out_a_document_carries_it_out(pipeline):
    text = ("Ban Thường vụ Huyện ủy Vị Xuyên ban hành Công văn số 95-CV/HU về việc lấy ý kiến dự thảo quy chế "
            "để thực hiện Kế hoạch số 52-KH/TU ngày 6/7/2021 của Tỉnh ủy Hà Giang.")
    assert ("Ban Thường vụ Huyện ủy Vị Xuyên", "Kế hoạch số 52-KH/TU") in carried_out(pipeline, text)
