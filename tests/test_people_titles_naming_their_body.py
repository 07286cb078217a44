"""A title that names its body by itself: "Tổng Bí thư X" heads the Central Committee of the
Party, with no body written after the title.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_the_general_secretary_heads_the_central_committee(pipeline):
    got = held_posts(read(pipeline, "Tổng Bí thư Đàm Quang Khải dự và phát biểu tại đại hội Đảng bộ xã Tân Lập."))
    assert ("Đàm Quang Khải", "Tổng Bí thư", "Ban Chấp hành Trung ương") in got


def test_a_secretary_without_a_body_holds_no_central_post(pipeline):
    got = held_posts(read(pipeline, "Bí thư Đàm Quang Khải dự và phát biểu tại đại hội."))
    assert not [x for x in got if x[2] == "Ban Chấp hành Trung ương"]
