"""A review ("kiểm điểm trách nhiệm", "kiểm điểm rút kinh nghiệm") is no discipline: the bodies
and members made to review their conduct are a figure of their own ("other", the kind of
review as qualifier), even in a sentence whose first figure counts the disciplined."""

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
