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


def subjects(text: str) -> dict:
    doc = load_text(text + "\n", source="memory:unit-name-la-subject.txt")
    labels = {m.iri.value: (m.attrs.get("name") or m.text) for m in doc.of("organization") if m.iri is not None}
    labels.update({m.iri.value: (m.attrs.get("name") or m.text) for m in doc.of("place") if m.iri is not None})
    return {o.figure.value: labels.get(o.figure.subject.value, o.figure.subject.value) for o in doc.context["outcomes"]}


def test_a_count_told_after_the_place_name():
    got = subjects("Đảng bộ huyện Hòa Vang\n\nSố đảng viên của xã Hòa Tiến là 320 đảng viên, sinh hoạt ở 14 chi bộ.")
    assert "Hòa Tiến" in got[320]
    # the unit named before "là" is the subject, not the body the sentence before spoke of
    got = subjects("Đảng bộ thành phố Đà Nẵng\n\nThành ủy Đà Nẵng vừa giao chỉ tiêu năm 2026 cho các đảng bộ trực thuộc. "
                   "Theo đó, chỉ tiêu kết nạp đảng viên mới của Đảng bộ huyện Hòa Vang là 95 đảng viên.")
    assert "Hòa Vang" in got[95]


def test_persons_just_named_are_still_no_count():
    got = figures("Ông Lê Văn Bảo và ông Trần Quang là hai người đầu tiên được trao giấy khen.")
    assert 2 not in got


def test_a_post_before_la_names_persons_not_a_count():
    got = figures("Đến dự có bà Phạm Thị Hoa, Bí thư Chi bộ thôn Đông Sơn là 3 đảng viên được khen thưởng.")
    assert 3 not in got
    got = figures("Tuyên dương ông Võ Minh, Trưởng thôn Tây Hòa là 2 đảng viên tiêu biểu của năm.")
    assert 2 not in got
