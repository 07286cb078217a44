"""A document that states, after what it is about, the purpose of carrying out another one implements it.

"ban hành Công văn số 12-CV/TU về … theo tinh thần <B> để triển khai thực hiện <C>": the letter
implements C, even when its subject names B on the way (B it only references); whoever issues
such a letter carries C out, as the issuer of a plan does.
"""

from __future__ import annotations

from extraction import carried_out, directive_links, read


def test_a_purpose_after_the_subject_makes_the_document_implement_the_target(pipeline):
    text = ("Ngày 3/4/2019, Ban Thường vụ Tỉnh ủy Lai Châu ban hành Công văn số 211-CV/TU về việc rà soát quy hoạch "
            "cán bộ theo tinh thần Nghị quyết Trung ương 7 (khóa XII) để triển khai thực hiện Hướng dẫn số 26-HD/BTCTW "
            "ngày 12/2/2019 của Ban Tổ chức Trung ương.")
    links = directive_links(read(pipeline, text))
    assert ("Công văn số 211-CV/TU", "implements", "Hướng dẫn số 26-HD/BTCTW") in links
    assert ("Công văn số 211-CV/TU", "references", "Nghị quyết Trung ương 7 (khóa XII)") in links


def test_a_purpose_after_a_second_clause_is_not_the_documents(pipeline):
    text = ("Ban Thường vụ Tỉnh ủy Lai Châu ban hành Công văn số 211-CV/TU về việc rà soát quy hoạch cán bộ; các huyện "
            "ủy tổ chức hội nghị để triển khai thực hiện Hướng dẫn số 26-HD/BTCTW của Ban Tổ chức Trung ương.")
    links = directive_links(read(pipeline, text))
    assert ("Công văn số 211-CV/TU", "implements", "Hướng dẫn số 26-HD/BTCTW") not in links


def test_the_issuer_of_a_letter_sent_to_carry_out_a_document_carries_it_out(pipeline):
    text = ("Ngày 9/10/2020, Ban Thường vụ Huyện ủy Tam Đường ban hành Công văn số 87-CV/HU về việc góp ý văn kiện "
            "để triển khai thực hiện Kế hoạch số 40-KH/TU ngày 1/9/2020 của Tỉnh ủy Lai Châu.")
    assert ("Ban Thường vụ Huyện ủy Tam Đường", "Kế hoạch số 40-KH/TU") in carried_out(pipeline, text)
