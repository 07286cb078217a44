"""A bare "Đảng ủy" followed at once by a list of people ("… Bí thư Đảng ủy các đồng chí trong
Thường trực …", written without a comma) is the article's own committee; "Đảng ủy các xã" (the
communes' committees) stays a plural, no one body.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read


def test_a_secretary_before_a_list_of_comrades_without_a_comma(pipeline):
    got = held_posts(read(pipeline, "Đảng bộ xã Bình Khê họp mặt. Về dự có đồng chí Mạc Văn Tú Bí thư Đảng uỷ các "
                                    "đồng chí trong Thường trực HĐND xã cùng nhiều đảng viên."))
    assert ("Mạc Văn Tú", "Bí thư", "Đảng bộ xã Bình Khê") in got


def test_the_committees_of_the_communes_are_no_one_body(pipeline):
    got = organizations(read(pipeline, "Huyện ủy Tây Khê giao Đảng ủy các xã rà soát đảng viên."))
    assert not [o for o in got if o.startswith("Đảng bộ xã")]
