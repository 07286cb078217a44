"""Inspections that list the works they look at, then the bodies they look at.

"<org> giám sát việc …; việc quán triệt, thực hiện <X>; việc … đối với <A>; <B> và <C>": the bodies
listed after "đối với" (or "tại") carry <X> out, each after a semicolon, a comma or "và", and the
inspector does not. "Chi bộ và đồng chí Bí thư chi bộ <Y>" names the cell <Y>. The list ends where
a word other than a listed body's lead comes between two bodies.
"""

from __future__ import annotations

from extraction import carried_out

DISTRICT = "Huyện ủy Mường Khương họp phiên thường kỳ. "


def test_every_body_listed_after_the_works_carries_the_directive_out(pipeline):
    got = carried_out(pipeline, DISTRICT + "Ngày 5/9, Ủy ban Kiểm tra Huyện ủy Mường Khương đã giám sát chuyên đề "
                                           "việc thực hiện quy chế làm việc; việc quán triệt, thực hiện Chỉ thị số "
                                           "28-CT/TW của Ban Bí thư; việc giữ gìn đoàn kết nội bộ đối với Đảng ủy xã "
                                           "Bản Lầu; Đảng ủy xã Pha Long và Chi bộ Trường Tiểu học Lùng Vai.")
    assert {("Đảng bộ xã Bản Lầu", "Chỉ thị số 28-CT/TW"), ("Đảng bộ xã Pha Long", "Chỉ thị số 28-CT/TW"),
            ("Chi bộ Trường Tiểu học Lùng Vai", "Chỉ thị số 28-CT/TW")} <= got
    assert not any(o.startswith("Ủy ban Kiểm tra") for o, d in got)


def test_a_cell_listed_with_its_secretary(pipeline):
    got = carried_out(pipeline, DISTRICT + "Ban Thường vụ Huyện ủy Mường Khương kiểm tra việc thực hiện Chỉ thị "
                                           "28-CT/TW đối với Chi bộ và đồng chí Bí thư chi bộ Trường Tiểu học Bản Lầu; "
                                           "Chi bộ và đồng chí Bí thư chi bộ Trạm Y tế xã Pha Long.")
    assert {("Chi bộ Trường Tiểu học Bản Lầu", "Chỉ thị số 28-CT/TW"),
            ("Chi bộ Trạm Y tế xã Pha Long", "Chỉ thị số 28-CT/TW")} <= got
    assert not any(o.startswith("Ban Thường vụ") for o, d in got)


def test_the_list_ends_where_another_clause_begins(pipeline):
    got = carried_out(pipeline, DISTRICT + "Ban Thường vụ Huyện ủy Mường Khương kiểm tra việc thực hiện Chỉ thị "
                                           "28-CT/TW đối với Chi bộ Trường Tiểu học Bản Lầu, yêu cầu Đảng ủy xã Lùng Vai "
                                           "báo cáo trong tháng.")
    assert ("Chi bộ Trường Tiểu học Bản Lầu", "Chỉ thị số 28-CT/TW") in got
    assert not any(o == "Đảng bộ xã Lùng Vai" for o, d in got)


def test_a_new_clause_after_a_semicolon_is_no_work_inspected(pipeline):
    got = carried_out(pipeline, DISTRICT + "Ủy ban Kiểm tra Huyện ủy Mường Khương giám sát việc thực hiện Chỉ thị "
                                           "28-CT/TW; Ban Thường vụ Huyện ủy cũng làm việc đối với Đảng ủy xã Pha Long.")
    assert not any(o == "Đảng bộ xã Pha Long" for o, d in got)
