"""Who carries out a directive when the clause's head is not the body itself.

A conference that reviews a directive "do <org> tổ chức" (or "được <org> tổ chức") is that
body's work on it; "các chi bộ, đảng bộ trực thuộc <org>" carrying it out are that body's
party organization at work (with no parent named, the article's party body's). A speaker
chairing it, or bodies below another body met in passing, are not read so.
"""

from __future__ import annotations

from extraction import carried_out

RESOLUTION = "Nghị quyết số 12-NQ/TU"


def doers(pipeline, text: str, directive: str) -> set[str]:
    return {org for org, d in carried_out(pipeline, text) if d == directive}


def test_the_body_that_holds_a_review_conference_carries_the_directive_out(pipeline):
    text = ("Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy Nam Định do Huyện ủy Hải Hậu "
            "tổ chức đã thành công tốt đẹp.")
    assert doers(pipeline, text, RESOLUTION) == {"Đảng bộ huyện Hải Hậu"}


def test_a_review_conference_held_by_a_body_in_the_passive_is_its_work(pipeline):
    text = ("Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy Nam Định được Đảng ủy xã "
            "Hải Minh tổ chức trang trọng.")
    assert doers(pipeline, text, RESOLUTION) == {"Đảng bộ xã Hải Minh"}


def test_a_conference_only_attended_by_a_body_is_not_its_work(pipeline):
    text = ("Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy Nam Định được Đảng ủy xã "
            "Hải Minh đánh giá cao.")
    assert "Đảng bộ xã Hải Minh" not in doers(pipeline, text, RESOLUTION)


def test_the_bodies_below_a_committee_carry_out_for_its_party_organization(pipeline):
    text = "Các chi bộ, đảng bộ trực thuộc Huyện ủy Hải Hậu đã quán triệt Chỉ thị số 35-CT/TW đến 100% đảng viên."
    assert doers(pipeline, text, "Chỉ thị số 35-CT/TW") == {"Đảng bộ huyện Hải Hậu"}


def test_bodies_in_general_are_still_no_one_in_particular(pipeline):
    text = "Các chi bộ trong cả nước đã quán triệt Chỉ thị số 35-CT/TW đến 100% đảng viên."
    assert doers(pipeline, text, "Chỉ thị số 35-CT/TW") == set()
