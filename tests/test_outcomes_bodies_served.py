"""The body that agencies "tham mưu, giúp việc" (advise and serve) is their object, not the
subject of the figures of the congress sentence that names it among the guests."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text

from extraction import figure_subjects

CONGRESS = ("Đại hội Đảng bộ xã Phước Lộc lần thứ I\n\n"
            "Ngày 20/7, Đảng bộ xã Phước Lộc tổ chức đại hội lần thứ I.\n\n"
            "Dự đại hội có đại diện các cơ quan tham mưu, giúp việc Tỉnh ủy Quảng Trị "
            "và 110 đại biểu đại diện cho 760 đảng viên trong toàn Đảng bộ xã.\n")


def test_the_body_served_by_the_guests_is_no_subject():
    subj = figure_subjects(load_text(CONGRESS, source="memory:phuoc-loc.txt"))
    assert subj[110] == "Đảng bộ xã Phước Lộc"
    assert subj[760] == "Đảng bộ xã Phước Lộc"
