"""A news lead headed by the article's own place ("Vừa qua huyện X tổ chức …").

The place stands for its party body: "Vừa qua huyện X tổ chức tuyên dương các điển hình sau 1
năm thực hiện <D>" (or "Mới đây, huyện X …") says that the party body of X carries D out; an
honouring ceremony names the work it honours. (A review the place holds, "huyện X tổ chức sơ
kết …", is not read this way yet.)
"""

from __future__ import annotations

from extraction import carried_out

ABOUT = (" Huyện ủy Krông Năng chỉ đạo các chi bộ học tập thường xuyên. Huyện ủy Krông Năng cũng giao Ban Tuyên giáo "
         "Huyện ủy theo dõi. Năm nay, Huyện ủy Krông Năng biểu dương 20 tập thể.")


def test_an_honouring_ceremony_after_years_of_the_work(pipeline):
    text = ("Vừa qua huyện Krông Năng tổ chức tuyên dương 16 chi bộ và 25 người làm tốt sau hai năm làm theo "
            "Chỉ thị 05-CT/TW." + ABOUT)
    assert ("Đảng bộ huyện Krông Năng", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_the_lead_may_end_on_a_comma(pipeline):
    text = ("Mới đây, huyện Krông Năng tổ chức biểu dương 38 gương sáng qua bốn năm làm theo Chỉ thị 05-CT/TW "
            "ở cơ sở." + ABOUT)
    assert ("Đảng bộ huyện Krông Năng", "Chỉ thị số 05-CT/TW") in carried_out(pipeline, text)


def test_another_place_heading_the_lead_is_not_the_articles_body(pipeline):
    text = ("Vừa qua huyện Ea Kar tổ chức tuyên dương 12 đảng viên trẻ sau ba năm làm theo Chỉ thị 05-CT/TW." + ABOUT)
    assert ("Đảng bộ huyện Krông Năng", "Chỉ thị số 05-CT/TW") not in carried_out(pipeline, text)
