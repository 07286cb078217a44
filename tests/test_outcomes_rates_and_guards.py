"""Small guards of the counts: a body that "tổ chức đảng viên …" did something (no count of the
cells), a part told "trong số đó", rates per one unit ("2 con/1 hộ") that are no second count,
and a study share read past the commas of a list of who."""

from __future__ import annotations

from partykg.loaders.pipeline import load_text


def figures(text: str) -> dict:
    doc = load_text("Đảng bộ xã Phú Mỹ\n\n" + text + "\n", source="memory:rates-guards.txt")
    return {o.figure.value: o.figure.indicator for o in doc.context["outcomes"]}


def test_cells_that_organized_members_to_act_are_no_count_of_cells():
    got = figures("Hiện nay, 17 chi bộ tổ chức đảng viên ra quân dọn vệ sinh đường làng.")
    assert got.get(17) != "party_cells"
    got = figures("Hiện nay, Đảng bộ có 17 chi bộ, 410 đảng viên.")
    assert got[17] == "party_cells"


def test_a_part_told_with_trong_so_do_breaks_the_count_down():
    got = figures("Cả năm, Đảng bộ kết nạp 31 đảng viên mới, trong số đó có 12 đảng viên là đoàn viên thanh niên.")
    assert got[31] == "new_members_admitted"
    assert got[12] == "new_members_admitted"


def test_a_rate_per_one_unit_is_no_second_count():
    got = figures("Năm qua, huyện cử 4 cán bộ/1 xã về giúp cơ sở.")
    assert 4 in got and 1 not in got
    got = figures("Dự án giao 80 hộ nuôi dê, trung bình 3 con/2 hộ.")
    assert 2 not in got
    got = figures("Xã Phú Mỹ có 950 hộ/3.870 nhân khẩu.")
    assert 950 in got and 3870 in got
