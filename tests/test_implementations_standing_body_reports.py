"""A standing body reporting on a review reports for its party committee, whose work the review is.

"Thường trực Đảng ủy xã Y báo cáo sơ kết 3 năm làm theo <X>": the commune's party organization
carried X out; its standing body only presents the report. A standing body that itself leads the
work ("Thường trực Đảng ủy xã Y đã chỉ đạo thực hiện <X>") is still the one credited.
"""

from __future__ import annotations

from extraction import carried_out

OPENING = "Sáng 9/6, Đảng ủy xã Mù Cả tổ chức hội nghị. "


def test_a_standing_body_reporting_on_the_review_credits_its_party_committee(pipeline):
    got = carried_out(pipeline, OPENING + "Hội nghị nghe Thường trực Đảng ủy xã Mù Cả báo cáo sơ kết 3 năm thực hiện "
                                          "Chỉ thị 05-CT/TW.")
    assert got == {("Đảng bộ xã Mù Cả", "Chỉ thị số 05-CT/TW")}


def test_a_standing_body_reporting_after_a_fronted_review_credits_its_party_committee(pipeline):
    got = carried_out(pipeline, OPENING + "Toàn cảnh buổi sơ kết 3 năm làm theo Chỉ thị 05-CT/TW, Thường trực "
                                          "Đảng ủy xã Mù Cả báo cáo kết quả đạt được.")
    assert got == {("Đảng bộ xã Mù Cả", "Chỉ thị số 05-CT/TW")}


def test_a_standing_body_leading_the_work_is_credited_itself(pipeline):
    got = carried_out(pipeline, OPENING + "Thường trực Đảng ủy xã Mù Cả đã chỉ đạo thực hiện Chỉ thị 05-CT/TW.")
    assert ("Thường trực Đảng ủy xã Mù Cả", "Chỉ thị số 05-CT/TW") in got
