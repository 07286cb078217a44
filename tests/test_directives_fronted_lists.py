"""A fronted clause that lists what is carried out, and the documents issued for it.

"Năm 2019, thực hiện <A>; <B> và <C>, <org> ban hành <Y> và <Z>": each of Y and Z carries out
each of A, B and C, whatever date or year opens the sentence, and the body heading the main
clause carries out the whole list. A heading sentence that only lists documents
("Thực hiện <A>; <B>.") does the same for the plan issued in the sentence right after it.
"""

from __future__ import annotations

from extraction import carried_out, directive_links, read


def test_a_plan_issued_after_a_fronted_list_carries_out_every_document_of_the_list(pipeline):
    text = ("Năm 2019, thực hiện Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy Nam Định về phát triển du lịch; "
            "Kế hoạch số 30-KH/BTGTU về tuyên truyền du lịch, Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ "
            "Huyện ủy Hải Hậu ban hành Kế hoạch số 41-KH/HU về quảng bá du lịch biển.")
    links = directive_links(read(pipeline, text))
    assert ("Kế hoạch số 41-KH/HU", "implements", "Nghị quyết số 12-NQ/TU") in links
    assert ("Kế hoạch số 41-KH/HU", "implements", "Kế hoạch số 30-KH/BTGTU") in links


def test_a_fronted_list_joined_by_commas_and_and_is_read_whole(pipeline):
    text = ("Thực hiện Chỉ thị số 12-CT/TU, Chỉ thị số 14-CT/TU và Kết luận số 20-KL/TU của Tỉnh ủy Nam Định, "
            "Đảng ủy xã Hải Minh đã ban hành Kế hoạch số 05-KH/ĐU.")
    links = directive_links(read(pipeline, text))
    assert {t for _, _, t in links} >= {"Chỉ thị số 12-CT/TU", "Chỉ thị số 14-CT/TU", "Kết luận số 20-KL/TU"}


def test_a_document_named_after_the_comma_without_being_issued_is_not_listed(pipeline):
    text = ("Thực hiện Chỉ thị số 12-CT/TU của Tỉnh ủy Nam Định, Đảng ủy xã Hải Minh đã tuyên truyền "
            "Kết luận số 20-KL/TU và ban hành Kế hoạch số 05-KH/ĐU.")
    links = directive_links(read(pipeline, text))
    assert ("Kế hoạch số 05-KH/ĐU", "implements", "Kết luận số 20-KL/TU") not in links


def test_a_heading_sentence_listing_documents_is_carried_out_by_the_plan_issued_next(pipeline):
    text = ("Thực hiện Kế hoạch số 30-KH/TU ngày 02/3/2022 của Ban Thường vụ Tỉnh ủy Nam Định về kiểm điểm, "
            "đánh giá cán bộ năm 2022; Công văn số 75-CV/TU của Ban Thường vụ Tỉnh ủy về việc kiểm điểm tập thể.\n\n"
            "Ngày 15/3/2022, Đảng ủy xã Hải Minh đã ban hành Kế hoạch số 11-KH/ĐU về kiểm điểm cán bộ năm 2022.")
    links = directive_links(read(pipeline, text))
    assert ("Kế hoạch số 11-KH/ĐU", "implements", "Kế hoạch số 30-KH/TU") in links
    assert ("Kế hoạch số 11-KH/ĐU", "implements", "Công văn số 75-CV/TU") in links


def test_a_heading_sentence_that_says_what_was_done_keeps_its_own_reading(pipeline):
    text = ("Thực hiện Kế hoạch số 30-KH/TU của Ban Thường vụ Tỉnh ủy Nam Định, Đảng ủy xã Hải Minh đã tổ chức "
            "hội nghị kiểm điểm.\n\nSau đó, Đảng ủy xã ban hành Kế hoạch số 11-KH/ĐU về sinh hoạt chi bộ.")
    links = directive_links(read(pipeline, text))
    assert ("Kế hoạch số 11-KH/ĐU", "implements", "Kế hoạch số 30-KH/TU") not in links


def test_the_body_after_a_fronted_list_carries_out_every_document_of_it(pipeline):
    text = ("Năm 2019, thực hiện Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy Nam Định về phát triển du lịch; "
            "Kế hoạch số 30-KH/BTGTU về tuyên truyền du lịch, Ban Tuyên giáo Huyện ủy Hải Hậu đã mở lớp bồi dưỡng "
            "cho cán bộ cơ sở.")
    done = carried_out(pipeline, text)
    assert ("Ban Tuyên giáo Huyện ủy Hải Hậu", "Nghị quyết số 12-NQ/TU") in done
    assert ("Ban Tuyên giáo Huyện ủy Hải Hậu", "Kế hoạch số 30-KH/BTGTU") in done


def test_every_document_the_verb_issues_after_a_fronted_clause_carries_it_out(pipeline):
    text = ("Triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Nam Định ban hành "
            "Kế hoạch số 120-KH/TU và Hướng dẫn số 20-HD/TU.")
    links = directive_links(read(pipeline, text))
    assert links == {("Kế hoạch số 120-KH/TU", "implements", "Chỉ thị số 35-CT/TW"),
                     ("Hướng dẫn số 20-HD/TU", "implements", "Chỉ thị số 35-CT/TW")}
