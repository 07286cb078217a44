"""Persons just named and then counted ("ông A và ông B là hai người …") are those persons,
not a count the text reports; a count of people followed by what they are ("có hai người là
cán bộ xã") still is one."""

from __future__ import annotations

from partykg.loaders.outcomes import find_figures


def values(text: str) -> list:
    return [f.value for f in find_figures(text)]


def test_named_persons_counted_after_la_are_no_figure():
    assert values("Theo đơn tố cáo, ông Lò Văn Sáu và ông Vì Văn Thắng là hai người đi công tác nước ngoài nhiều nhất.") == []
    assert values("Bà Lường Thị Hoa và bà Tòng Thị Xuân cũng là 2 người được khen thưởng.") == []


def test_a_count_of_people_stays_a_figure():
    assert values("Huyện ủy đã kỷ luật 12 đảng viên, trong đó có hai người là cán bộ xã.") == [12, 2]
    assert values("Năm nay, xã Mường Kim có 25 người được kết nạp vào Đảng.") == [25]
