""""Đảng bộ, chính quyền và nhân dân huyện X": the party organization written bare at the head of
a list closed by a place is the party organization of that place.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import orgs


def test_the_party_at_the_head_of_a_list_closed_by_a_district(pipeline):
    got = orgs("Ông mong Đảng bộ, chính quyền, quân và dân huyện Tuy An tiếp tục chăm lo đường quê.",
               pipeline)
    assert "Đảng bộ huyện Tuy An" in got


def test_with_the_unions_in_the_list_and_a_commune(pipeline):
    got = orgs("Mấy năm gần đây, Đảng bộ, chính quyền, các đoàn thể và Nhân dân xã An Mỹ cùng làm cầu dân sinh.",
               pipeline)
    assert "Đảng bộ xã An Mỹ" in got


def test_a_party_and_government_of_no_named_place(pipeline):
    got = orgs("Chuyện ấy khiến người dân bớt tin Đảng bộ, chính quyền nơi đây.", pipeline)
    assert not [o for o in got if o.startswith("Đảng bộ ")]
