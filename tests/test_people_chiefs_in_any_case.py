"""A chief's title in any case ("Phó chánh Thanh tra tỉnh", "phó chánh văn phòng Huyện ủy") is
the same title as written in the data ("Phó Chánh Thanh tra", "Phó Chánh Văn phòng").

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_deputy_chief_inspector_written_in_lower_case(pipeline):
    got = held_posts(read(pipeline, "Ông Hà Văn Khuê - Phó chánh Thanh tra tỉnh Lai Châu, đã ký văn bản."))
    assert ("Hà Văn Khuê", "Phó Chánh Thanh tra", "Thanh tra tỉnh Lai Châu") in got


def test_a_deputy_chief_of_office_written_in_lower_case(pipeline):
    got = held_posts(read(pipeline, "Bà Tẩn Thị Mai, phó chánh văn phòng Huyện ủy Sìn Hồ, cho biết thêm."))
    assert ("Tẩn Thị Mai", "Phó Chánh Văn phòng", "Văn phòng Huyện ủy Sìn Hồ") in got
