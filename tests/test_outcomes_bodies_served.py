"""The body that agencies "tham mưu, giúp việc" (advise and serve) is their object, not the
subject of the figures of the congress sentence that names it among the guests."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

CONGRESS = ("Đại hội Đảng bộ xã Phước Lộc lần thứ I\n\n"
            "Sáng 20/7, Đảng bộ xã Phước Lộc khai mạc đại hội nhiệm kỳ đầu.\n\n"
            "Đến dự có lãnh đạo mấy ban tham mưu, giúp việc Tỉnh ủy Quảng Trị "
            "cùng 110 đại biểu đại diện cho 760 đảng viên thuộc Đảng bộ xã.\n")


def test_the_body_served_by_the_guests_is_no_subject():
    subj = figure_subjects(load_text(CONGRESS, source="memory:phuoc-loc.txt"))
    assert subj[110] == "Đảng bộ xã Phước Lộc"
    assert subj[760] == "Đảng bộ xã Phước Lộc"
