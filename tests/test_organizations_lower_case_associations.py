"""An association's name after "Hội" printed in lower case ("Hội phụ nữ xã X", "Hội nông dân
huyện Y") names the same body as the capitalised form, under the capitalised label.
"""

from __future__ import annotations

from extraction import held_posts, organizations, read

PLACE = "Huyện Vĩnh Lợi, tỉnh Bạc Liêu có nhiều xã. "


def test_a_womens_union_in_lower_case(pipeline):
    assert "Hội Phụ nữ xã Hưng Thành" in organizations(read(pipeline, PLACE + "Hội phụ nữ xã Hưng Thành đã họp."))


def test_a_farmers_union_in_lower_case(pipeline):
    assert "Hội Nông dân huyện Vĩnh Lợi" in organizations(read(pipeline, PLACE + "Hội nông dân huyện Vĩnh Lợi đã họp."))


def test_the_head_of_an_association_in_lower_case(pipeline):
    got = held_posts(read(pipeline, PLACE + "Bà Lý Thị Hoa, Chủ tịch Hội phụ nữ xã Hưng Thành phát biểu."))
    assert ("Lý Thị Hoa", "Chủ tịch", "Hội Phụ nữ xã Hưng Thành") in got


def test_a_lower_case_association_word_is_no_body(pipeline):
    assert not organizations(read(pipeline, PLACE + "Các hội phụ nữ đã họp."))
