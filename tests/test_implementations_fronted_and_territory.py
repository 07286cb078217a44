"""Who carries out a directive named in a fronted clause, when the main clause's doer is a body
heading it after a longer lead-in, or the bodies of a place in general.

"Điểm mới … là thực hiện <X>, <org> đã …" gives <X> to <org>; "Thực hiện <X>, các cấp ủy … của
huyện Y đã …" and "…, công tác … trên địa bàn tỉnh đã được các cấp ủy … quan tâm" give it to the
party body of that place. A plan cannot carry out a document issued after it, and a document a
plan carries out is part of the plan's name, so the list the plan heads runs on past it.
"""

from __future__ import annotations

from extraction import carried_out, directive_links, read


def test_a_body_heading_the_main_clause_after_a_long_lead_in_carries_the_directive_out(pipeline):
    text = ("Điểm đáng chú ý trong công tác phát triển đảng viên năm nay là thực hiện Quy định 99 ngày "
            "3-5-2019 của Bộ Chính trị, Ban Thường vụ Huyện ủy Lục Ngạn đã xem xét kết nạp 5 người.")
    assert ("Ban Thường vụ Huyện ủy Lục Ngạn", "Quy định số 99") in carried_out(pipeline, text)


def test_a_lead_in_ending_in_a_body_without_a_verb_of_its_own_gives_it_nothing(pipeline):
    text = ("Một nội dung được bàn kỹ tại buổi làm việc là thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy, "
            "Ban Tuyên giáo Tỉnh ủy Bắc Giang là cơ quan thường trực.")
    assert not any(org == "Ban Tuyên giáo Tỉnh ủy Bắc Giang" for org, _ in carried_out(pipeline, text))


def test_the_bodies_of_a_named_district_stand_for_its_party_body(pipeline):
    text = ("Đảng bộ huyện Mường Nhé có 60 tổ chức cơ sở đảng. "
            "Thực hiện Kế hoạch số 14-KH/TU ngày 2/3/2021 của Tỉnh ủy, cấp ủy và Ủy ban Kiểm tra các cấp "
            "của huyện Mường Nhé đã kiểm tra 40 tổ chức đảng.")
    assert ("Đảng bộ huyện Mường Nhé", "Kế hoạch số 14-KH/TU") in carried_out(pipeline, text)


def test_the_bodies_in_the_province_stand_for_the_provinces_party_body(pipeline):
    text = ("Tỉnh ủy Bắc Kạn họp phiên thường kỳ tháng 9. "
            "Quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị, các cấp ủy, tổ chức đảng trong tỉnh đã tổ chức "
            "đại hội đúng tiến độ.")
    assert ("Đảng bộ tỉnh Bắc Kạn", "Chỉ thị số 35-CT/TW") in carried_out(pipeline, text)


def test_work_in_a_district_done_by_its_party_bodies_in_general_is_the_districts(pipeline):
    text = ("Ban Thường vụ Huyện ủy Định Hóa vừa tổng kết công tác dân vận. "
            "Trong những năm qua, thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư, công tác dân vận trên địa bàn "
            "huyện đã được các cấp ủy, chính quyền quan tâm lãnh đạo.")
    assert ("Đảng bộ huyện Định Hóa", "Chỉ thị số 49-CT/TW") in carried_out(pipeline, text)


def test_boards_and_branches_of_a_district_are_not_its_party_body(pipeline):
    text = ("Đảng bộ huyện Mường Nhé có 60 tổ chức cơ sở đảng. "
            "Thực hiện Kế hoạch số 14-KH/TU của Tỉnh ủy, các ban, ngành của huyện Mường Nhé đã rà soát hồ sơ.")
    assert ("Đảng bộ huyện Mường Nhé", "Kế hoạch số 14-KH/TU") not in carried_out(pipeline, text)


def test_a_plan_does_not_implement_a_document_issued_after_it(pipeline):
    text = ("Thời gian qua, quán triệt Kế hoạch số 31-KH/TU ngày 5/6/2015 của Ban Thường vụ Tỉnh ủy Bắc Kạn thực hiện "
            "Chỉ thị số 36-CT/TW của Bộ Chính trị và Kết luận số 88-KL/TU ngày 20/9/2018 của Ban Thường vụ Tỉnh ủy "
            "về phòng, chống ma túy, công tác phòng, chống ma túy trên địa bàn tỉnh đã được các cấp ủy quan tâm.")
    doc = read(pipeline, text)
    links = directive_links(doc)
    assert ("Kế hoạch số 31-KH/TU", "implements", "Chỉ thị số 36-CT/TW") in links
    assert ("Kế hoạch số 31-KH/TU", "implements", "Kết luận số 88-KL/TU") not in links


def test_the_list_a_plan_heads_runs_on_past_the_document_the_plan_carries_out(pipeline):
    text = ("Thời gian qua, quán triệt Kế hoạch số 31-KH/TU ngày 5/6/2015 của Ban Thường vụ Tỉnh ủy Bắc Kạn thực hiện "
            "Chỉ thị số 36-CT/TW của Bộ Chính trị và Kết luận số 88-KL/TU ngày 20/9/2018 của Ban Thường vụ Tỉnh ủy "
            "về phòng, chống ma túy, công tác phòng, chống ma túy trên địa bàn tỉnh đã được các cấp ủy quan tâm.")
    pairs = carried_out(pipeline, text)
    assert ("Đảng bộ tỉnh Bắc Kạn", "Kế hoạch số 31-KH/TU") in pairs
    assert ("Đảng bộ tỉnh Bắc Kạn", "Kết luận số 88-KL/TU") in pairs
    assert ("Ban Thường vụ Tỉnh ủy Bắc Kạn", "Chỉ thị số 36-CT/TW") in pairs


def test_one_verb_carries_a_plan_named_by_its_content_and_the_directive_after_it(pipeline):
    text = ("Đảng ủy xã Nậm Cắn tổ chức hội nghị quán triệt. Đảng ủy xã Nậm Cắn giao chỉ tiêu cho các chi bộ. "
            "Tại hội nghị, đồng chí Lò Thị Mai - Tuyên truyền viên Đảng ủy, triển khai kế hoạch tuyên truyền về "
            "chuyển đổi số trên địa bàn xã và Chỉ thị số 21-CT/TW ngày 20/1/2023 của Ban Bí thư về công tác phụ nữ.")
    assert ("Đảng bộ xã Nậm Cắn", "Chỉ thị số 21-CT/TW") in carried_out(pipeline, text)
