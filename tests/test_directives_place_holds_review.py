"""A place that holds a review of a directive stands for its party body carrying it out.

In an article about a district's party body, "huyện Y đã long trọng tổ chức hội nghị sơ kết 5 năm
thực hiện <X>" (or "trọng thể tổ chức", any short run of manner words before "tổ chức") tells that the district's party organization carries out <X>, as "huyện Y tiếp tục
thực hiện <X>" does. A place that does not hold it, or some other place holding it, tells nothing
of the article's body.
"""

from __future__ import annotations

from extraction import carried_out

DISTRICT = ("Huyện ủy Mường Ảng họp phiên thường kỳ. Huyện ủy Mường Ảng đánh giá công tác quý III. "
            "Huyện ủy Mường Ảng giao nhiệm vụ cho các chi bộ. ")


def test_the_place_holding_a_review_conference(pipeline):
    got = carried_out(pipeline, DISTRICT + "Sáng 4/10, huyện Mường Ảng đã long trọng tổ chức hội nghị sơ kết "
                                           "3 năm thực hiện Chỉ thị số 05-CT/TW tại hội trường huyện.")
    assert ("Đảng bộ huyện Mường Ảng", "Chỉ thị số 05-CT/TW") in got


def test_another_place_holding_it_is_not_the_articles_body(pipeline):
    got = carried_out(pipeline, DISTRICT + "Sáng 4/10, huyện Tuần Giáo đã long trọng tổ chức hội nghị sơ kết "
                                           "3 năm thực hiện Chỉ thị số 05-CT/TW tại hội trường huyện.")
    assert ("Đảng bộ huyện Mường Ảng", "Chỉ thị số 05-CT/TW") not in got


def test_other_manner_words_before_holding_it(pipeline):
    got = carried_out(pipeline, DISTRICT + "Chiều 9/11, huyện Mường Ảng vừa trọng thể tổ chức lễ tổng kết "
                                           "3 năm thực hiện Chỉ thị số 05-CT/TW tại hội trường huyện.")
    assert ("Đảng bộ huyện Mường Ảng", "Chỉ thị số 05-CT/TW") in got


def test_a_place_that_has_not_held_it(pipeline):
    got = carried_out(pipeline, DISTRICT + "Đến nay, huyện Mường Ảng chưa tổ chức hội nghị sơ kết "
                                           "3 năm thực hiện Chỉ thị số 05-CT/TW tại hội trường huyện.")
    assert ("Đảng bộ huyện Mường Ảng", "Chỉ thị số 05-CT/TW") not in got
