"""A count told with "là" right after the name of a place or party body ("chỉ tiêu … của Đảng
bộ huyện Hòa Vang là 150 đảng viên") is that unit's figure; only a person's name before "là"
("ông A và ông B là hai người …") points at the persons just named."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str) -> dict:
    doc = load_text("Đảng bộ huyện Hòa Vang\n\n" + text + "\n", source="memory:unit-name-la.txt")
    return {o.figure.value: o.figure for o in doc.context["outcomes"]}


def test_a_target_told_after_the_body_name():
    got = figures("Năm 2024, chỉ tiêu kết nạp đảng viên mới của Đảng bộ huyện Hòa Vang là 150 đảng viên.")
    assert got[150].indicator == "new_members_admitted"
    assert got[150].is_target


def test_a_count_told_after_the_place_name():
    got = figures("Số đảng viên của xã Tân Phú là 320 đảng viên, sinh hoạt ở 14 chi bộ.")
    assert 320 in got


def test_persons_just_named_are_still_no_count():
    got = figures("Ông Lê Văn Bảo và ông Trần Quang là hai người đầu tiên được trao giấy khen.")
    assert 2 not in got


def test_a_post_before_la_names_persons_not_a_count():
    got = figures("Đến dự có bà Phạm Thị Hoa, Bí thư Chi bộ thôn Đông Sơn là 3 đảng viên được khen thưởng.")
    assert 3 not in got
    got = figures("Tuyên dương ông Võ Minh, Trưởng thôn Tây Hòa là 2 đảng viên tiêu biểu của năm.")
    assert 2 not in got
