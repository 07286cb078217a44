"""The yearly theme of a directive, between the verb and the directive's name.

"quán triệt chuyên đề Chỉ thị …", "học tập chuyên đề năm 2023 của Chỉ thị …": the body that teaches or studies the directive's theme for the year carries the
directive out. A talk merely about a directive ("báo cáo chuyên đề về …") carries nothing out.
"""

from __future__ import annotations

from extraction import carried_out


def test_rolling_out_a_directives_theme_carries_it_out(pipeline):
    text = "Sáng 3/3, Đảng ủy xã Pa Ủ quán triệt chuyên đề Chỉ thị 05-CT/TW cho cán bộ toàn xã."
    assert carried_out(pipeline, text) == {("Đảng bộ xã Pa Ủ", "Chỉ thị số 05-CT/TW")}


def test_studying_the_theme_of_a_year_carries_the_directive_out(pipeline):
    text = "Cả tuần qua, Đảng ủy xã Pa Ủ cho đảng viên học tập chuyên đề năm 2023 của Chỉ thị 05-CT/TW."
    assert carried_out(pipeline, text) == {("Đảng bộ xã Pa Ủ", "Chỉ thị số 05-CT/TW")}


def test_a_talk_about_a_directive_carries_nothing_out(pipeline):
    text = "Đảng ủy xã Pa Ủ mời giảng viên nói chuyện chuyên đề về Chỉ thị 05-CT/TW."
    assert carried_out(pipeline, text) == set()
