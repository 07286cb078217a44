"""Who carries out a directive named in a fronted clause, when the main clause's doer is a body
heading it after a longer lead-in, or the bodies of a place in general.

"Cái mới … là thực hiện <X>, <org> đã …" gives <X> to <org>; "Thực hiện <X>, các tổ chức cơ sở đảng
trong huyện Y đều …" and "…, việc … trong toàn huyện luôn được cấp ủy … chú trọng" give it to the
party body of that place. A plan cannot carry out a document issued after it, and a document a
plan carries out is part of the plan's name, so the list the plan heads runs on past it.
"""

from __future__ import annotations

from extraction import carried_out, directive_links, read


def test_a_body_heading_the_main_clause_after_a_long_lead_in_carries_the_directive_out(pipeline):
    text = ("Cái mới trong việc kết nạp quần chúng năm 2024 là thực hiện Quy định 45 ngày "
            "8-2-2022, Ban Thường vụ Huyện ủy Yên Thế đã duyệt hồ sơ của 9 người.")
    assert ("Ban Thường vụ Huyện ủy Yên Thế", "Quy định số 45") in carried_out(pipeline, text)


def test_a_lead_in_ending_in_a_body_without_a_verb_of_its_own_gives_it_nothing(pipeline):
    text = ("Một điểm được nêu nhiều trong phiên họp là thực hiện Kế hoạch số 57-KH/TU của Tỉnh ủy, "
            "Ban Dân vận Tỉnh ủy Thái Nguyên là đơn vị chủ trì.")
    assert not any(org == "Ban Dân vận Tỉnh ủy Thái Nguyên" for org, _ in carried_out(pipeline, text))


def test_the_bodies_of_a_named_district_stand_for_its_party_body(pipeline):
    text = ("Đảng bộ huyện Tủa Chùa hiện có 45 tổ chức cơ sở đảng. "
            "Thực hiện Kế hoạch số 22-KH/TU ngày 9/4/2022 của Tỉnh ủy, các tổ chức cơ sở đảng "
            "trong huyện Tủa Chùa đều rà soát lại 35 chi bộ.")
    assert ("Đảng bộ huyện Tủa Chùa", "Kế hoạch số 22-KH/TU") in carried_out(pipeline, text)


def test_the_bodies_in_the_province_stand_for_the_provinces_party_body(pipeline):
    text = ("Tỉnh ủy Lạng Sơn họp định kỳ quý III. "
            "Quán triệt Chỉ thị số 35-CT/TW, các cấp ủy, tổ chức đảng trong tỉnh cũng hoàn thành "
            "đại hội sớm.")
    assert ("Đảng bộ tỉnh Lạng Sơn", "Chỉ thị số 35-CT/TW") in carried_out(pipeline, text)


def test_work_in_a_district_done_by_its_party_bodies_in_general_is_the_districts(pipeline):
    text = ("Ban Thường vụ Huyện ủy Võ Nhai vừa sơ kết việc giữ gìn an ninh nông thôn. "
            "Mấy năm gần đây, thực hiện Chỉ thị số 48-CT/TW, việc phòng chống tội phạm trong toàn "
            "huyện luôn được cấp ủy, chính quyền chú trọng.")
    assert ("Đảng bộ huyện Võ Nhai", "Chỉ thị số 48-CT/TW") in carried_out(pipeline, text)


def test_boards_and_branches_of_a_district_are_not_its_party_body(pipeline):
    text = ("Đảng bộ huyện Tủa Chùa hiện có 45 tổ chức cơ sở đảng. "
            "Thực hiện Kế hoạch số 22-KH/TU của Tỉnh ủy, các ban, ngành trong huyện Tủa Chùa đều rà soát danh sách.")
    assert ("Đảng bộ huyện Tủa Chùa", "Kế hoạch số 22-KH/TU") not in carried_out(pipeline, text)


_PLAN = ("Mấy năm nay, quán triệt Kế hoạch số 64-KH/TU ngày 12/3/2016 của Ban Thường vụ Tỉnh ủy Cao Bằng thực hiện "
         "Chỉ thị số 42-CT/TW và Kết luận số 17-KL/TU ngày 4/11/2019 của Ban Thường vụ Tỉnh ủy "
         "về bảo vệ rừng, việc giữ rừng trong tỉnh luôn được cấp ủy quan tâm.")


def test_a_plan_does_not_implement_a_document_issued_after_it(pipeline):
    links = directive_links(read(pipeline, _PLAN))
    assert ("Kế hoạch số 64-KH/TU", "implements", "Chỉ thị số 42-CT/TW") in links
    assert ("Kế hoạch số 64-KH/TU", "implements", "Kết luận số 17-KL/TU") not in links


def test_the_list_a_plan_heads_runs_on_past_the_document_the_plan_carries_out(pipeline):
    pairs = carried_out(pipeline, _PLAN)
    assert ("Đảng bộ tỉnh Cao Bằng", "Kế hoạch số 64-KH/TU") in pairs
    assert ("Đảng bộ tỉnh Cao Bằng", "Kết luận số 17-KL/TU") in pairs
    assert ("Ban Thường vụ Tỉnh ủy Cao Bằng", "Chỉ thị số 42-CT/TW") in pairs


def test_one_verb_carries_a_plan_named_by_its_content_and_the_directive_after_it(pipeline):
    text = ("Đảng ủy xã Mường Mô mở hội nghị học tập. Đảng ủy xã Mường Mô cũng phân công nhiệm vụ cho các chi bộ. "
            "Tại đây, đồng chí Vàng A Sử - Báo cáo viên Đảng ủy, triển khai kế hoạch học tập về "
            "bảo vệ môi trường ở xã và Chỉ thị số 28-CT/TW ngày 5/9/2023 về công tác thanh niên.")
    assert ("Đảng bộ xã Mường Mô", "Chỉ thị số 28-CT/TW") in carried_out(pipeline, text)
