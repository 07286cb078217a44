"""A review ("kiểm điểm trách nhiệm", "kiểm điểm rút kinh nghiệm") is no discipline: the bodies
and members made to review their conduct are a figure of their own ("other", the kind of
review as qualifier), even in a sentence whose first figure counts the disciplined. So are members
only to be considered for discipline, or put forward for it ("phải kiểm điểm, xem xét kỷ luật",
"đề nghị kỷ luật"): a discipline not (yet) given, with the words saying so as qualifier."""

from __future__ import annotations

import pytest

from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ huyện Hòa Lạc xử lý vi phạm

Qua kiểm tra năm 2024, Huyện ủy Hòa Lạc xử lý kỷ luật 3 đảng viên, đồng thời yêu cầu kiểm điểm rút kinh nghiệm 5 đảng viên và 1 chi bộ, kiểm điểm trách nhiệm 11 đảng viên và 2 chi bộ.
Riêng Chi bộ thôn Đông kỷ luật 4 đảng viên, trong đó cảnh cáo 1 đảng viên.
"""


@pytest.fixture(scope="module")
def figs():
    doc = load_text(ARTICLE, source="memory:hoa-lac-reviews.txt")
    return [o.figure for o in doc.context["outcomes"]]


def by_value(figs, value):
    return [f for f in figs if f.value == value]


def test_the_disciplined_come_first(figs):
    assert by_value(figs, 3)[0].indicator == "members_disciplined"


def test_members_made_to_review_are_not_disciplined(figs):
    assert by_value(figs, 11)[0].indicator == "other"
    assert by_value(figs, 11)[0].qualifier == "kiểm điểm trách nhiệm"
    assert by_value(figs, 5)[0].indicator == "other"
    assert by_value(figs, 5)[0].qualifier == "kiểm điểm rút kinh nghiệm"


def test_bodies_made_to_review_are_not_disciplined(figs):
    assert by_value(figs, 2)[0].indicator == "other"


def test_a_discipline_and_its_form_still_read_as_before(figs):
    assert by_value(figs, 4)[0].indicator == "members_disciplined"
    assert [f.qualifier for f in by_value(figs, 1) if f.unit == "đảng viên"] == ["cảnh cáo"]


def read(text: str) -> dict:
    doc = load_text("Đảng bộ huyện Hòa Lạc\n\n" + text + "\n", source="memory:hoa-lac-pending.txt")
    return {o.figure.value: (o.figure.indicator, o.figure.qualifier) for o in doc.context["outcomes"]}


def test_members_to_be_considered_for_discipline_are_not_disciplined():
    got = read("Sau thanh tra, 14 người phải kiểm điểm, xem xét kỷ luật.")
    assert got[14] == ("other", "phải kiểm điểm, xem xét kỷ luật")
    got = read("Sau thanh tra, 15 người còn chờ xem xét, xử lý kỷ luật.")
    assert got[15] == ("other", "chờ xem xét, xử lý kỷ luật")
    got = read("Năm 2023, có 6 trường hợp bị đề nghị kỷ luật.")
    assert got[6] == ("other", "bị đề nghị kỷ luật")


def test_a_discipline_put_forward_or_looked_into_before_the_count_is_not_given():
    got = read("Ủy ban Kiểm tra Huyện ủy Hòa Lạc đề nghị kỷ luật 3 đảng viên.")
    assert got[3] == ("other", "đề nghị kỷ luật")
    got = read("Ban Thường vụ Huyện ủy Hòa Lạc đang xem xét kỷ luật đối với 5 đảng viên.")
    assert got[5] == ("other", "xem xét kỷ luật")


def test_the_parts_of_members_to_be_considered_for_discipline_are_not_disciplined_either():
    got = read("Qua rà soát, 14 người phải kiểm điểm, xem xét kỷ luật, trong đó ba đồng chí "
               "Bí thư Chi bộ và một Chủ tịch Hội Nông dân xã.")
    assert got[3] == ("other", "Bí thư Chi bộ phải kiểm điểm, xem xét kỷ luật")
    assert got[1] == ("other", "Chủ tịch Hội Nông dân xã phải kiểm điểm, xem xét kỷ luật")


def test_a_discipline_considered_and_given_is_a_discipline():
    assert read("Năm 2023, Đảng ủy xã Hòa Bình đã xem xét xử lý kỷ luật 2 người vi phạm.")[2] == \
        ("members_disciplined", None)
    assert read("Ban Thường vụ Huyện ủy Hòa Lạc xem xét, thi hành kỷ luật 8 đảng viên.")[8][0] == "members_disciplined"
    assert read("Theo đề nghị, Ban Thường vụ Huyện ủy Hòa Lạc thi hành kỷ luật 9 đảng viên.")[9][0] == \
        "members_disciplined"
    assert read("Năm 2023, có 7 đảng viên bị xử lý kỷ luật.")[7][0] == "members_disciplined"
