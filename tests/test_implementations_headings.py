"""Headings that name no doer: a numbered section, a title headed by the place.

"1. Kết quả thực hiện <X>" in an article about a party body is that body's account of carrying
<X> out: the section number is no doer's name. "Xã Y sau 5 năm thực hiện <X>" heads a title with
the place of the article's party body and how long it has been at it: that body carries <X> out.
"""

from __future__ import annotations

from extraction import carried_out

ABOUT = "Đảng ủy xã Sin Suối Hồ có 210 đảng viên. Đảng ủy xã Sin Suối Hồ chỉ đạo sát sao. Đảng ủy xã Sin Suối Hồ họp.\n"


def test_a_numbered_section_heading(pipeline):
    text = ABOUT + "1. Kết quả thực hiện Nghị quyết số 11-NQ/TU của Tỉnh ủy Lai Châu\nXã đã trồng mới 60 ha chè.\n"
    assert ("Đảng bộ xã Sin Suối Hồ", "Nghị quyết số 11-NQ/TU") in carried_out(pipeline, text)


def test_a_title_headed_by_the_place_and_a_span_of_years(pipeline):
    text = "Xã Sin Suối Hồ sau 5 năm thực hiện Nghị quyết số 11-NQ/TU\n" + ABOUT
    assert ("Đảng bộ xã Sin Suối Hồ", "Nghị quyết số 11-NQ/TU") in carried_out(pipeline, text)


def test_a_heading_in_an_article_about_no_body_names_no_doer(pipeline):
    text = "1. Kết quả thực hiện Nghị quyết số 11-NQ/TU của Tỉnh ủy Lai Châu\nNhiều hộ đã trồng mới chè.\n"
    assert carried_out(pipeline, text) == set()
