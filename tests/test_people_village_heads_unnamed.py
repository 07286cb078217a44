"""Village heads written two more ways: the unit capitalised ("Trưởng Khu phố 4", "Trưởng Thôn
X"), and the village left unnamed after the sentence named it ("ông A - Bí thư Chi bộ thôn X;
ông B - Trưởng thôn"): the head of the village of that kind the sentence named last, past the
commune named after it. Heads counted ("các trưởng thôn") are nobody's post, even right before a
name.

Each test states one reading rule with sentences written for it.
"""

from __future__ import annotations

from extraction import held_posts, read


def test_a_capitalised_unit_after_the_title(pipeline):
    got = held_posts(read(pipeline, "Dự buổi ra mắt có ông Vũ Đình Khang - Trưởng Khu phố 4, phường Quang Trung."))
    assert ("Vũ Đình Khang", "Trưởng khu phố", "Khu phố 4") in got


def test_a_village_head_left_unnamed_after_its_cell(pipeline):
    got = held_posts(read(pipeline, "Dự lễ có ông Lường Văn Ón - Bí thư Chi bộ bản Pá Khôm; ông Quàng Văn Én - "
                                    "Trưởng bản; cùng đông đủ bà con trong bản."))
    assert ("Lường Văn Ón", "Bí thư", "Chi bộ bản Pá Khôm") in got
    assert ("Quàng Văn Én", "Trưởng bản", "Bản Pá Khôm") in got


def test_heads_counted_are_nobody_post(pipeline):
    got = held_posts(read(pipeline, "Họp tại bản Pá Khôm có các trưởng bản, ông Quàng Văn Én, Chủ tịch UBND xã "
                                    "Mường Giàng chủ trì."))
    assert got == {("Quàng Văn Én", "Chủ tịch", "UBND xã Mường Giàng")}


def test_an_unnamed_head_skips_the_commune_named_after_the_village(pipeline):
    got = held_posts(read(pipeline, "Dự lễ có ông Lường Văn Ón - Bí thư Chi bộ bản Pá Khôm, xã Mường Giàng; ông Quàng "
                                    "Văn Én - Trưởng bản; cùng bà con."))
    assert {x for x in got if x[0] == "Quàng Văn Én"} == {("Quàng Văn Én", "Trưởng bản", "Bản Pá Khôm")}


def test_heads_counted_right_before_a_name_are_nobody_post(pipeline):
    got = held_posts(read(pipeline, "Họp tại bản Pá Khôm có các trưởng bản, ông Quàng Văn Én cùng dự."))
    assert got == set()
