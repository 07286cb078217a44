"""Reports abbreviate the party member: "ĐV" and "Đ/v" count members as "đảng viên" does, so
"kết nạp 12 ĐV mới" is an admission, a percentage right after it measures the admissions
against their target, and "nâng tổng số ĐV … lên N đồng chí" is the membership the body
now has."""

from __future__ import annotations

import pytest

from extraction import labels
from partykg.loaders.pipeline import load_text

ARTICLE = """Đảng bộ huyện Hòa Lạc kết nạp đảng viên

Năm 2023, Đảng bộ huyện Hòa Lạc kết nạp được 31 ĐV mới, đạt 62,5% chỉ tiêu; Đảng bộ xã An Phú kết nạp 12 ĐV mới, đạt 48%.
Nâng tổng số ĐV của huyện lên 4.210 đồng chí.
Chi bộ thôn Đông có 26/36 Đ/v dự đại hội chi bộ.
"""


@pytest.fixture(scope="module")
def read():
    doc = load_text(ARTICLE, source="memory:hoa-lac.txt")
    lab = labels(doc)
    return {o.figure.value: (o.figure, lab.get(o.figure.subject.value)) for o in doc.context["outcomes"]}


def test_members_admitted_under_the_abbreviation(read):
    assert read[31][0].indicator == "new_members_admitted"
    assert read[31][0].unit == "đảng viên"
    assert read[12][0].indicator == "new_members_admitted"
    assert read[12][1] == "Đảng bộ xã An Phú"


def test_a_share_after_the_admissions_measures_them_against_the_target(read):
    assert read[62.5][0].indicator == "target_achievement_rate"
    assert read[48][0].indicator == "target_achievement_rate"


def test_raising_the_total_of_members_is_the_membership(read):
    assert read[4210][0].indicator == "party_members"


def test_the_slashed_abbreviation_counts_members(read):
    assert read[36][0].indicator == "party_members"
    assert read[26][0].unit == "đảng viên"
