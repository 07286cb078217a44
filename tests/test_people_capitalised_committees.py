"""A committee written with a capital ("Huyện Ủy Phú Giáo", "Huyện Ủy viên", "Chi Ủy viên"),
as the press often prints it, is the same body and the same title as in lower case.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read

PLACE = "Huyện Phú Giáo, tỉnh Bình Dương có nhiều xã. "


def test_a_capitalised_district_committee(pipeline):
    assert "Đảng bộ huyện Phú Giáo" in organizations(read(pipeline, PLACE + "Huyện Ủy Phú Giáo đã họp phiên thường kỳ."))


def test_a_capitalised_member_title_between_a_name_and_a_post(pipeline):
    got = held_posts(read(pipeline, PLACE + "Dự lễ có đồng chí Lê Văn Bình - Huyện Ủy viên - Bí thư Đảng ủy xã An Linh."))
    assert {("Lê Văn Bình", "Ủy viên Ban Chấp hành", "Đảng bộ huyện Phú Giáo"), ("Lê Văn Bình", "Bí thư", "Đảng bộ xã An Linh")} <= got


def test_a_capitalised_cell_member(pipeline):
    got = held_posts(read(pipeline, "Xã An Linh, huyện Phú Giáo có nhiều ấp. "
                                    "Bà Lê Thị Hoa, Chi Ủy viên Chi bộ ấp Hiệp Phước, phát biểu ý kiến."))
    assert ("Lê Thị Hoa", "Chi ủy viên", "Chi bộ ấp Hiệp Phước") in got
